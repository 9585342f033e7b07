import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_RULE_IDS, describeFinding, lintDocument, rangeProblem, rangesOf } from "./checks";
import { policyDocument } from "./generators";
import { LineIndex } from "../../server/src/engine/text";

const RUNS = 1000;

describe("findings on generated drafts", () => {
  it("come from rules that never throw, and every rule fires somewhere in the run", { timeout: 120_000 }, () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(policyDocument, (document) => {
        const result = lintDocument(document.text, document.fileName);
        expect(result.error).toBeUndefined();
        expect(result.ruleFailures).toEqual([]);
        for (const finding of result.findings) fired.add(finding.rule);
      }),
      { numRuns: RUNS },
    );
    // Every registered rule can fire on generated text: the generators write each one's cue words.
    expect([...fired].sort()).toEqual([...ALL_RULE_IDS].sort());
  });

  it("have ranges (their own, related places', fix edits') inside the text and on UTF-16 character boundaries", { timeout: 120_000 }, () => {
    let ranges = 0;
    fc.assert(
      fc.property(policyDocument, (document) => {
        const lines = new LineIndex(document.text);
        for (const finding of lintDocument(document.text, document.fileName).findings) {
          for (const { what, range } of rangesOf(finding)) {
            ranges++;
            expect(rangeProblem(document.text, lines, range), `${what} of ${describeFinding(finding)}`).toBeUndefined();
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(ranges).toBeGreaterThan(RUNS);
  });

  it("are never reported twice (same rule, range and message)", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(policyDocument, (document) => {
        const keys = lintDocument(document.text, document.fileName).findings.map((finding) => JSON.stringify([finding.rule, finding.range, finding.message]));
        expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
