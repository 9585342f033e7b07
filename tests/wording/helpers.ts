import { applyFirstFix, coveredFindings, type Found } from "../text-edits";

/** The findings of one rule, each with the text it covers. The language is detected unless given. */
export function found(rule: string, text: string, fileName = "privacy-policy.md", language?: "en" | "ru"): Found[] {
  return coveredFindings({ text, fileName, options: language ? { language } : undefined }, (finding) => finding.rule === rule);
}

/** What each sentence of `sentences`, linted alone, makes the rule cover. */
export function coveredIn(rule: string, sentences: readonly string[], language?: "en" | "ru"): string[][] {
  return sentences.map((sentence) => found(rule, sentence, "privacy-policy.md", language).map((entry) => entry.text));
}

/** The text after applying a finding's quick-fix. */
export function fixed(text: string, entry: Found): string {
  return applyFirstFix(text, entry.finding);
}
