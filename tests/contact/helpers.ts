import { expect } from "vitest";
import { lint, type Finding } from "../../server/src/engine";
import { coveredText } from "../text-edits";

export interface Found {
  text: string;
  finding: Finding;
}

/** Contact findings (every contact-* rule, or one) with the text each covers. */
export function contactFindings(text: string, options: { rule?: string; fileName?: string; language?: "en" | "ru"; profiles?: string[] } = {}): Found[] {
  const { rule, fileName = "policy.md", language, profiles } = options;
  const result = lint({ text, fileName, options: { ...(language && { language }), ...(profiles && { profiles }) } });
  expect(result.ruleFailures).toEqual([]);
  return result.findings
    .filter((finding) => (rule ? finding.rule === rule : finding.rule.startsWith("contact-") && finding.rule !== "contact-missing"))
    .map((finding) => ({ text: coveredText(text, finding.range), finding }));
}
