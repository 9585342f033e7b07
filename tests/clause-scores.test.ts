import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Rule } from "../server/src/engine";
import { type ClauseLabel, gradesOf, locateQuote, scoreLabelledClauses, scoreSentenceSet } from "../scripts/clause-scores";

/**
 * Stands in for the real rule: flags every line that says "not liable", except one that defers to the law, a fair
 * clause that the real rule's `unless` cues suppress.
 */
const fakeLiabilityRule: Rule = {
  meta: {
    id: "liability-disclaimer",
    category: "wording",
    severity: "warning",
    description: "test double",
    explanation: "test double",
    languages: ["en", "ru"],
    fixable: false,
  },
  check({ document, report }) {
    for (const match of document.text.matchAll(/^.*\bnot liable\b.*$/gm)) {
      if (!/law provides/.test(match[0])) report({ start: match.index, end: match.index + match[0].length, message: "not liable" });
    }
  },
};

const folder = mkdtempSync(path.join(os.tmpdir(), "policylint-clauses-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(file: string, text: string): string {
  const target = path.join(folder, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

describe("gradesOf", () => {
  it("keeps the highest grade per rule and ignores tags without a rule", () => {
    expect([...gradesOf("ltd1 ltd2 j3 use2")]).toEqual([["liability-disclaimer", 2], ["consent-by-use", 2]]);
    expect(gradesOf("").size).toBe(0);
  });
});

describe("locateQuote", () => {
  it("ignores differences in whitespace", () => {
    const text = "Intro.\n\nWe keep\n  data   forever.";
    expect(locateQuote(text, " We keep data forever. ")).toEqual([{ start: 8, end: text.length }]);
  });

  it("falls back to ignoring Markdown markers", () => {
    const text = "We **may** change\n> this _policy_ at any time.";
    expect(locateQuote(text, "We may change this policy at any time.")).toEqual([{ start: 0, end: text.length }]);
  });

  it("finds every occurrence, and none of a quote that is not there", () => {
    expect(locateQuote("Yes. Yes.", "Yes.")).toEqual([{ start: 0, end: 4 }, { start: 5, end: 9 }]);
    expect(locateQuote("Yes.", "No.")).toEqual([]);
  });
});

describe("scoreSentenceSet", () => {
  const setDir = path.join(folder, "set");
  const sentences = [
    "We are not liable for anything.",
    "We are not liable except as the law provides.",
    "We are not liable for outages.",
    "You use the service at your own risk.",
    "We are not liable for third parties.",
    "By using the site you agree.",
  ];
  write("set/sentences/a.txt", `${sentences.join("\n")}\n`);
  write("set/tags/a.txt", ["ltd3", "ltd1", "", "ltd2 ch2", "ltd1", "use2 j1"].join("\n") + "\n");
  const score = scoreSentenceSet(setDir, "en", [fakeLiabilityRule]);

  it("counts flagged sentences by grade; a flagged grade-1 sentence is a fair one flagged", () => {
    expect(score).toMatchObject({ files: 1, sentences: 6 });
    expect(score.byRule.get("liability-disclaimer")).toEqual({ tp: 1, fp: 2, fn: 1, positives: 2, fairFlagged: 1 });
    expect(score.byRule.get("unilateral-change")).toEqual({ tp: 0, fp: 0, fn: 1, positives: 1, fairFlagged: 0 });
    expect(score.byRule.get("consent-by-use")).toEqual({ tp: 0, fp: 0, fn: 1, positives: 1, fairFlagged: 0 });
  });

  it("lists each wrong sentence with its line and grade", () => {
    const liability = score.misses.filter((miss) => miss.rule === "liability-disclaimer");
    expect(liability.map(({ kind, line, grade }) => ({ kind, line, grade }))).toEqual([
      { kind: "FP", line: 3, grade: 0 },
      { kind: "FN", line: 4, grade: 2 },
      { kind: "FP", line: 5, grade: 1 },
    ]);
  });
});

describe("scoreLabelledClauses", () => {
  const documentPath = write(
    "policy.md",
    "# Terms\n\nWe are **not liable** for anything.\n\nWe are not liable except as the law provides.\n\nWe are not liable for outages.\n\nWe keep your data forever.\n",
  );
  const clauses = [
    { rule: "liability-disclaimer", quote: "We are not liable for anything." },
    { rule: "liability-disclaimer", quote: "We are not liable except as the law provides.", unsure: true },
    { rule: "vague-retention", quote: "We keep your data forever." },
    { rule: "liability-disclaimer", quote: "A sentence that is not there." },
  ];
  const label: ClauseLabel = { file: "policy.md", language: "en", elements: {}, clauses };
  const score = scoreLabelledClauses([{ label, documentPath }], [fakeLiabilityRule]);

  it("finds a clause by overlap and leaves out quotes it cannot locate", () => {
    expect(score.sure.get("liability-disclaimer")).toEqual({ labels: 1, found: 1 });
    expect(score.unsure.get("liability-disclaimer")).toEqual({ labels: 1, found: 0 });
    expect(score.sure.get("vague-retention")).toEqual({ labels: 1, found: 0 });
    expect(score.unlocated).toEqual(["policy.md liability-disclaimer: A sentence that is not there."]);
    expect(score.misses).toEqual([
      "missed policy.md liability-disclaimer (unsure): We are not liable except as the law provides.",
      "missed policy.md vague-retention: We keep your data forever.",
    ]);
  });

  it("counts the findings that no label explains", () => {
    expect([...score.unlabelled]).toEqual([["liability-disclaimer", 1]]);
  });
});
