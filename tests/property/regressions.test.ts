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

  it("missing-section: a section inserted above a line of no-break spaces does not run into the heading below as its title", () => {
    const text = "# Privacy Policy\n\nWrite to privacy@acmewidgets.com.\n\n---\n\u00a0\nHow we protect your data\n---\n\nWe encrypt what we store.\n";
    const missing = findingsOf("missing-section", text).find((finding) => finding.data?.element === "controller")!;
    const fixed = applyTextEdits(text, missing.fixes![0].edits);
    expect(lintDocument(fixed, "privacy-policy.md").document!.headings.map((heading) => heading.title)).toEqual(["Privacy Policy", "Who we are", "How we protect your data"]);
  });

  it("missing-section: a code fence left open (its closing line ends in a no-break space) gets the section before it, not inside it", () => {
    const fence = "```text\nan example\n```\u00a0\n\nMore text.\n";
    const text = `# Privacy Policy\n\n## Your rights\n\nYou may ask us for a copy of your data, or ask us to correct or delete it.\n\n${fence}`;
    const missing = findingsOf("missing-section", text).find((finding) => finding.data?.element === "changes")!;
    const fixed = applyTextEdits(text, missing.fixes![0].edits);
    expect(fixed.endsWith(fence)).toBe(true);
    expect(findingsOf("missing-section", fixed).map((finding) => finding.data?.element)).not.toContain("changes");
  });

  it("vague-term: removing a hedge in bold removes its asterisks too and capitalises what now opens the sentence", () => {
    const text = "# Privacy Policy\n\n**From time to time** we update this policy.\n";
    const [vague] = findingsOf("vague-term", text);
    expect(applyTextEdits(text, vague.fixes![0].edits)).toBe("# Privacy Policy\n\nWe update this policy.\n");
  });

  it("fixes insert after a byte-order mark, never before it", () => {
    const text = "\uFEFF# Privacy Policy\n\nWe collect your email address.\n";
    const [missing] = findingsOf("effective-date", text);
    expect(applyTextEdits(text, missing.fixes![0].edits).startsWith("\uFEFF")).toBe(true);
  });

  it("missing-section: next to a numbered heading that only a line of no-break spaces keeps from being a list, the section gets a numbered Markdown heading", () => {
    const text = "# Privacy Policy\n\nWrite to privacy@acmewidgets.com.\n\n\u00a0\n3. Changes\n\nWhen we change this policy, we publish the new version here.\n";
    const missing = findingsOf("missing-section", text).find((finding) => finding.data?.element === "retention")!;
    const fixed = applyTextEdits(text, missing.fixes![0].edits);
    expect(fixed).toContain("\n\n## 3. How long we keep your data\n\n");
    expect(findingsOf("missing-section", fixed).map((finding) => finding.data?.element)).not.toContain("retention");
  });

  it("a byte-order mark where a run starts, after front matter, shifts no range: micromark drops it there too", () => {
    const text = "---\r\ntitle: Privacy\r\n---\r\n\uFEFF\t# Privacy Policy\r\n\r\n" + "Aren't liable for our users. ".repeat(20) + "\r\n";
    const lines = text.split("\r\n");
    for (const rule of ["missing-section", "liability-disclaimer"]) {
      const findings = findingsOf(rule, text);
      expect(findings.length).toBeGreaterThan(0);
      for (const { range } of findings) expect(range.start.character).toBeLessThanOrEqual(lines[range.start.line].length);
    }
    const [disclaimer] = findingsOf("liability-disclaimer", text);
    expect(lines[disclaimer.range.start.line].slice(disclaimer.range.start.character, disclaimer.range.end.character)).toMatch(/^Aren't liable/);
  });
});
