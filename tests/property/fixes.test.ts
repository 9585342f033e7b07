import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULES, type Finding, type Fix } from "../../server/src/engine";
import { LineIndex } from "../../server/src/engine/text";
import { applyTextEdits } from "../text-edits";
import { describeFinding, expectLineBreaksOf, expectOnlyEditedTextChanged, lintDocument, mapOffset, offsetEdits } from "./checks";
import { policyDocument } from "./generators";

const RUNS = 1000;
/** Fixes tried per document: a draft offers thirty or so, and each costs a lint. */
const FIXES_PER_DOCUMENT = 3;

describe("a single fix on a generated draft", () => {
  it("removes its finding, changes only its range, and keeps the line breaks, byte-order mark and trailing spaces", { timeout: 170_000 }, () => {
    const fixedRules = new Set<string>();
    fc.assert(
      fc.property(policyDocument, fc.array(fc.nat(), { minLength: FIXES_PER_DOCUMENT, maxLength: FIXES_PER_DOCUMENT }), (document, picks) => {
        const { text, fileName } = document;
        const lines = new LineIndex(text);
        // Findings can share a fix ("insert all missing sections"): each distinct fix once, with the first finding that offers it.
        const offered = new Map<string, { finding: Finding; fix: Fix }>();
        for (const finding of lintDocument(text, fileName).findings) {
          for (const fix of finding.fixes ?? []) {
            const key = JSON.stringify(fix.edits);
            if (!offered.has(key)) offered.set(key, { finding, fix });
          }
        }
        const candidates = [...offered.values()];
        if (!candidates.length) return;
        // Random picks, plus the first fix of a rule not tried yet: some rules' fixes are rare among thirty.
        const untried = candidates.findIndex(({ finding }) => !fixedRules.has(finding.rule));
        const chosen = new Set(picks.map((pick) => pick % candidates.length));
        if (untried >= 0) chosen.add(untried);
        for (const pick of chosen) {
          const { finding, fix } = candidates[pick];
          const edits = offsetEdits(lines, fix.edits);
          const after = applyTextEdits(text, fix.edits);
          expectOnlyEditedTextChanged(text, after, edits);
          for (const edit of edits) expectLineBreaksOf(document, edit.newText);
          if (document.bom) expect(after.startsWith("\uFEFF"), "the byte-order mark is still first").toBe(true);

          const start = mapOffset(lines.offsetAt(finding.range.start), edits, "start");
          const end = mapOffset(lines.offsetAt(finding.range.end), edits, "end");
          const afterLines = new LineIndex(after);
          // A wording rule reports a sentence's first claim: when the sentence says the same words again, that one is reported next.
          const phrase = typeof finding.data?.phrase === "string" ? finding.data.phrase.toLowerCase() : undefined;
          if (phrase && after.slice(start, end).replace(/\s+/gu, " ").toLowerCase().includes(phrase)) continue;
          // The same finding starts where this one now would; another occurrence's clause may reach over the edit from before it.
          const still = lintDocument(after, fileName).findings.filter((other) => {
            if (other.rule !== finding.rule || other.message !== finding.message) return false;
            const otherStart = afterLines.offsetAt(other.range.start);
            return start <= otherStart && otherStart <= end;
          });
          expect(still.map(describeFinding), `after "${fix.title}" for ${describeFinding(finding)}`).toEqual([]);
          fixedRules.add(finding.rule);
        }
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: the fix of every fixable rule was tried.
    expect([...fixedRules].sort()).toEqual(RULES.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id).sort());
  });
});
