import { expect } from "vitest";
import { lint, type Finding } from "../../server/src/engine";
import { applyFirstFix, coveredText } from "../text-edits";

export interface Found {
  /** The text the finding's range covers. */
  text: string;
  finding: Finding;
}

/** The findings of one rule, each with the text it covers. The language is detected unless given. */
export function found(rule: string, text: string, fileName = "privacy-policy.md", language?: "en" | "ru"): Found[] {
  const result = lint({ text, fileName, options: language ? { language } : undefined });
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter((finding) => finding.rule === rule).map((finding) => ({ text: coveredText(text, finding.range), finding }));
}

/** What each sentence of `sentences`, linted alone, makes the rule cover. */
export function coveredIn(rule: string, sentences: readonly string[], language?: "en" | "ru"): string[][] {
  return sentences.map((sentence) => found(rule, sentence, "privacy-policy.md", language).map((entry) => entry.text));
}

/** The text after applying a finding's quick-fix. */
export function fixed(text: string, entry: Found): string {
  return applyFirstFix(text, entry.finding);
}
