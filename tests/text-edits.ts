import { expect } from "vitest";
import { lint, type Finding, type LintRequest, type Range, type TextEdit } from "../server/src/engine";
import { LineIndex } from "../server/src/engine/text";

/** The text a range covers. */
export function coveredText(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Applies LSP text edits the way an editor does: all against the original text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const offsets = edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }));
  return offsets.sort((a, b) => b.start - a.start).reduce((out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end), text);
}

export function applyFirstFix(text: string, finding: Finding): string {
  return applyTextEdits(text, finding.fixes?.[0].edits ?? []);
}

export interface Found {
  /** The text the finding's range covers. */
  text: string;
  finding: Finding;
}

/** Lints (no rule may throw) and keeps the findings `keep` wants, each with the text it covers. */
export function coveredFindings(request: LintRequest, keep: (finding: Finding) => boolean): Found[] {
  const result = lint(request);
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter(keep).map((finding) => ({ text: coveredText(request.text, finding.range), finding }));
}
