// The adversarial texts of `npm run bench`: markup and text shapes on which a parser or a pattern could
// take more than linear time, each repeated to ADVERSARIAL_SIZE.
export const ADVERSARIAL_SIZE = 1024 * 1024;

const UNITS: Record<string, string> = {
  "nested brackets": "[a](",
  "open brackets": "[",
  "emphasis runs": "*a_",
  "underscores": "_a ",
  "backticks": "`a",
  "html comment opens": "<!-- ",
  "angle brackets": "<a ",
  "deep block quote": "> ",
  "list items": "- a\n",
  "nested list markers": "- ",
  "headings": "# a\n",
  "table rows": "| a | b |\n",
  "long line, no line break": "We keep your data for thirty days. ",
  "one word per line": "data\n",
  "initials": "A.",
  "phone-like runs": "+7 (495) 123-45-67 ",
  "тел. runs": "тел. ",
  "url runs": "https://a.com/ ",
  "email runs": "x@y.com ",
};

export function adversarialTexts(size = ADVERSARIAL_SIZE): Record<string, string> {
  return Object.fromEntries(Object.entries(UNITS).map(([name, unit]) => [name, unit.repeat(Math.ceil(size / unit.length)).slice(0, size)]));
}
