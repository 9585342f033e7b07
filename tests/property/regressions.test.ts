/** Counterexamples the property tests found, each kept as the smallest input that showed the bug. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../server/src/engine";
import { applyTextEdits } from "../text-edits";
import { lintDocument } from "./checks";

function findingsOf(rule: string, text: string, fileName = "privacy-policy.md"): Finding[] {
  const result = lintDocument(text, fileName);
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter((finding) => finding.rule === rule);
}

describe("regressions found by the property tests", () => {
  it("effective-date: the dated line it adds above an indented first line is prose, not an indented code block", () => {
    const text = "\tOur policy\n\nWe collect your email address.\n";
    const [missing] = findingsOf("effective-date", text);
    const fixed = applyTextEdits(text, missing.fixes![0].edits);
    expect(fixed.startsWith("Last updated: ")).toBe(true);
    expect(findingsOf("effective-date", fixed)).toEqual([]);
  });
});
