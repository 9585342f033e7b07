import type { Position, Range } from "../engine";

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Ranges that overlap or meet: a cursor at either end of a finding is "on" it. */
export function touches(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Ranges that share text, or insertions at the same point (their order would be ambiguous). */
export function overlaps(a: Range, b: Range): boolean {
  return (
    comparePositions(a.start, b.start) === 0 ||
    (comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0)
  );
}
