import type { Position } from "../engine/types";

/** Compiler messages and SARIF count lines and columns from 1; the engine, like LSP, from 0. Columns stay UTF-16 units. */
export function oneBased({ line, character }: Position): { line: number; column: number } {
  return { line: line + 1, column: character + 1 };
}
