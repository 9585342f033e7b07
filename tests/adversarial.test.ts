import { describe, expect, it } from "vitest";
import { lint, MAX_FINDINGS_PER_RULE, parseDocument, type Heading, type LintResult } from "../server/src/engine";
import { LineIndex } from "../server/src/engine/text";
import { codeActions } from "../server/src/lsp/code-actions";
import { documentSymbols } from "../server/src/lsp/symbols";

/**
 * Inputs built to make a regular expression backtrack or a loop go quadratic. Each of these took
 * from seconds to hours before the pattern or loop was fixed; linear code lints them in milliseconds,
 * so the generous limit fails only on a regression, not on a slow machine.
 */
const LIMIT_MS = 5000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function lintQuickly(text: string, fileName: string): LintResult {
  const { value, ms } = timed(() => lint({ text, fileName }));
  expect(value.error).toBeUndefined();
  expect(value.ruleFailures).toEqual([]);
  expect(ms).toBeLessThan(LIMIT_MS);
  return value;
}

describe("adversarial input lints in linear time", () => {
  it.each([
    ["a directive line padded with spaces", "<!-- policylint-disable " + " ".repeat(3000) + "!", "p.md"],
    ["a hash heading ending in a run of ' #'", "## a" + " #".repeat(50_000) + "x", "p.txt"],
    ["a Markdown heading ending in a run of ' *'", "# a" + " *".repeat(40_000) + "x", "p.md"],
    ["a front matter date padded with spaces", "---\ndate: x" + " ".repeat(100_000) + "y\n---\ntext\n", "p.md"],
    ["'152' before a run of spaces", "152" + " ".repeat(100_000) + "x", "p.txt"],
    ["'Federal Law 152' before a run of spaces", "Federal Law 152" + " ".repeat(100_000) + "x", "p.txt"],
    ["a line of unclosed image markers", "[image:".repeat(50_000), "p.txt"],
    ["angle-bracket blanks after an HTML comment", "<!-- note -->\n\n" + "<your name> ".repeat(20_000), "p.md"],
    ["a long wrapped plain-text paragraph", "a\n".repeat(100_000), "p.txt"],
    ["a paragraph of abbreviations", "ул. Х ".repeat(50_000), "p.txt"],
    ["a quotation that never closes, full of disclaimers", '"' + "we are not liable ".repeat(30_000), "p.txt"],
    ["a sentence of 'by using ... agree' without end", "by using agree ".repeat(50_000), "p.txt"],
    ["Russian disclaimers inside an open guillemet", "«" + "не несёт ответственности ".repeat(30_000), "p.txt"],
    ["a list of fifty thousand items after a lead-in", "Data is kept until:\n" + "- a\n".repeat(50_000), "p.txt"],
    ["a list of ten thousand items after a very long lead-in", "word ".repeat(50_000) + "data:\n\n" + "- a\n".repeat(10_000), "p.txt"],
    ["a run of a@ without end", "a@".repeat(100_000), "p.txt"],
    ["plus signs before short digit runs", "+1 ".repeat(100_000), "p.txt"],
    ["spelled-out [at] without a domain", "a[at]".repeat(50_000), "p.txt"],
    ["unclosed HTML links", "<a href='".repeat(30_000), "p.md"],
    ["a phone label before a long run of digits", "Phone: " + "1 ".repeat(50_000), "p.txt"],
    ["thousands of disable/enable regions", "policylint-disable placeholder\npolicylint-enable\n".repeat(10_000) + "TODO ".repeat(20_000), "p.txt"],
    ["a Markdown paragraph of one word per line", "data\n".repeat(200_000), "p.md"],
    ["table rows without a blank line between them", "| a | b |\n".repeat(100_000), "p.md"],
    ["an unclosed front matter fence before a long text", "---\n" + "We keep data.\n\n".repeat(50_000), "p.md"],
    ["a vast paragraph ending in spaces before ':-'", "> Security" + " ".repeat(100_000) + ":-\n" + "data\n".repeat(20_000), "p.md"],
  ])("%s", (_, text, fileName) => {
    lintQuickly(text, fileName);
  });

  it("still reads front matter above a paragraph too vast for the Markdown parser", () => {
    const result = lintQuickly("---\nprofiles: [gdpr]\n---\n" + "data\n".repeat(20_000), "p.md");
    expect(result.profiles).toEqual(["gdpr"]);
  });

  it("reads a directive that the linear parser must still accept", () => {
    const text = ["<!-- policylint-disable-next-line placeholder, conversion-artifact   -->", "TODO [image: a.png]", "<!--policylint-disable-file-->"].join("\n");
    expect(lint({ text, fileName: "p.md" }).findings).toEqual([]);
    // Not a directive (">" is no rule id), so nothing is silenced.
    const notDirective = "<!-- policylint-disable-next-line a > b -->\nTODO";
    expect(lint({ text: notDirective, fileName: "p.md" }).findings.map((f) => f.rule)).toContain("placeholder");
  });

  it("survives nesting and 'words' deep enough to overflow a recursive walk", () => {
    const quotes = parseDocument(">".repeat(20_000) + " We keep data.", "p.md");
    expect(quotes.prose.trim()).toBe("We keep data.");
    // parse-latin would overflow the stack on this whole; read in windows, its sentences still cover the block in order.
    const dump = parseDocument("a.".repeat(80_000) + "@", "p.txt");
    const { sentences } = dump.blocks[0];
    expect(sentences[0].start).toBe(0);
    expect(sentences[sentences.length - 1].end).toBe(dump.text.length);
    expect(sentences.every((sentence, i) => i === 0 || sentence.start >= sentences[i - 1].end)).toBe(true);
  });

  it("stops a rule at its limit of findings, and builds fix-all and the outline in linear time for a hundred thousand headings", () => {
    const artifacts = lintQuickly("[image] ".repeat(100_000), "p.txt");
    expect(artifacts.truncated).toEqual(["conversion-artifact"]);
    expect(artifacts.findings.filter((finding) => finding.rule === "conversion-artifact")).toHaveLength(MAX_FINDINGS_PER_RULE);
    const request = { uri: "file:///p.txt", version: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, useDocumentChanges: false };
    const { value: actions, ms: actionsMs } = timed(() => codeActions(artifacts, request));
    expect(actionsMs).toBeLessThan(LIMIT_MS);
    const fixAll = actions.find((action) => action.kind === "source.fixAll.policylint");
    expect(fixAll?.edit?.changes?.[request.uri]).toHaveLength(MAX_FINDINGS_PER_RULE);

    // The outline of a document of 200,000 headings, alternating levels 1 and 2; parsing one would take long.
    const text = "H\n".repeat(200_000);
    const lines = new LineIndex(text);
    const headings: Heading[] = Array.from({ length: lines.lineCount - 1 }, (_, line) => ({
      start: lines.lineStart(line),
      end: lines.lineEnd(line),
      title: "H",
      level: 1 + (line % 2),
      style: "markdown",
    }));
    const document = { ...parseDocument("", "p.md"), text, lines, headings };
    const outline = { ...lint({ text: "", fileName: "p.md" }), document, elements: [] };
    const { value: symbols, ms: symbolsMs } = timed(() => documentSymbols(outline));
    expect(symbolsMs).toBeLessThan(LIMIT_MS);
    expect(symbols).toHaveLength(100_000);
    expect(symbols[0].children).toHaveLength(1);
  });
});
