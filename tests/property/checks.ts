/** What the property tests assert about one lint, kept apart from the generators so each test file reads as its property. */
import { expect } from "vitest";
import { lint, RULES, type Finding, type LintResult, type Range, type TextEdit } from "../../server/src/engine";
import { LineIndex } from "../../server/src/engine/text";
import { codeActions } from "../../server/src/lsp/code-actions";
import { FIX_ALL_SOURCE_KIND } from "../../server/src/lsp/protocol";
import { applyTextEdits } from "../text-edits";
import type { GeneratedDocument } from "./generators";

/** A fixed "now", so effective-date judges the generated dates the same on every run. */
export const NOW = new Date("2026-06-01T12:00:00Z");

/** Rules a single generated draft can set off: translation-mismatch needs a second version (tests/translation-mismatch.test.ts). */
export const ALL_RULE_IDS = RULES.map((rule) => rule.meta.id).filter((id) => id !== "translation-mismatch");

export function lintDocument(text: string, fileName: string): LintResult {
  return lint({ text, fileName, now: NOW });
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Why a range is not a range of the text (outside it, past a line's end, between a surrogate pair's halves), if it is not. */
export function rangeProblem(text: string, lines: LineIndex, range: Range): string | undefined {
  for (const position of [range.start, range.end]) {
    if (position.line < 0 || position.line >= lines.lineCount) return `line ${position.line} is not in the text`;
    const length = lines.lineEnd(position.line) - lines.lineStart(position.line);
    if (position.character < 0 || position.character > length) return `character ${position.character} is past the end of line ${position.line} (${length})`;
    const offset = lines.lineStart(position.line) + position.character;
    if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) return `offset ${offset} splits a surrogate pair`;
  }
  if (lines.offsetAt(range.start) > lines.offsetAt(range.end)) return "the range ends before it starts";
  return undefined;
}

/** Every range a finding carries: its own, its related places', its fixes' edits. */
export function rangesOf(finding: Finding): { what: string; range: Range }[] {
  return [
    { what: "finding", range: finding.range },
    ...(finding.related ?? []).map(({ range }) => ({ what: "related", range })),
    ...(finding.fixes ?? []).flatMap((fix) => fix.edits.map(({ range }) => ({ what: `edit of "${fix.title}"`, range }))),
  ];
}

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function offsetEdits(lines: LineIndex, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where an offset of the text before the edits lands after them; one inside an edit goes to that edit's start or end. */
export function mapOffset(offset: number, edits: readonly OffsetEdit[], side: "start" | "end"): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset && side === "start")) shift += edit.newText.length - (edit.end - edit.start);
    else if (edit.start < offset) return edit.start + shift + (side === "end" ? edit.newText.length : 0);
    else break;
  }
  return offset + shift;
}

/**
 * The edits of one fix must be apart (LSP applies them all against the original), and the text between
 * them, white space, line breaks and byte-order mark included, must come through unchanged.
 */
export function expectOnlyEditedTextChanged(before: string, after: string, edits: readonly OffsetEdit[]): void {
  for (let i = 1; i < edits.length; i++) expect(edits[i].start, "edits of one fix overlap").toBeGreaterThanOrEqual(edits[i - 1].end);
  let from = 0;
  let shift = 0;
  for (const edit of edits) {
    expect(after.slice(from + shift, edit.start + shift)).toBe(before.slice(from, edit.start));
    shift += edit.newText.length - (edit.end - edit.start);
    from = edit.end;
  }
  expect(after.slice(from + shift)).toBe(before.slice(from));
}

/** Text an edit puts into a document breaks lines the way the document does. */
export function expectLineBreaksOf(document: GeneratedDocument, newText: string): void {
  const breaks = newText.match(/\r\n|\r|\n/gu) ?? [];
  expect(breaks.filter((lineBreak) => lineBreak !== document.eol), `line breaks other than ${JSON.stringify(document.eol)} in ${JSON.stringify(newText)}`).toEqual([]);
}

/**
 * The edits an editor applies on save with source.fixAll: asked of the language server's own code-action
 * code, so the test gathers the preferred fixes exactly as the editor gets them.
 */
export function fixAllEdits(result: LintResult): TextEdit[] {
  const uri = "file:///privacy-policy";
  const actions = codeActions(result, { uri, version: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, only: [FIX_ALL_SOURCE_KIND], useDocumentChanges: false });
  return actions.flatMap((action) => action.edit?.changes?.[uri] ?? []);
}

export function applyFixAll(text: string, result: LintResult): string {
  return applyTextEdits(text, fixAllEdits(result));
}

export function describeFinding(finding: Finding): string {
  return `${finding.rule} at ${JSON.stringify(finding.range)}: ${finding.message}`;
}
