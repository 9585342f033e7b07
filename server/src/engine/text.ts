import type { Position, Range } from "./types";

/** Maps string offsets (UTF-16 code units) to LSP positions and back. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // Most texts break lines with \n alone, which indexOf finds far faster than a look at every character.
    if (!text.includes("\r")) {
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) this.lineStarts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The line's content, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** The line break an edit should use: the document's first one (CRLF, LF or a lone CR), LF when it has none. */
export function lineBreakOf(text: string): string {
  return /\r\n?|\n/.exec(text)?.[0] ?? "\n";
}

const WORD_CHAR = "[\\p{L}\\p{N}\\p{M}_]";

/**
 * A regular expression whose match must start and end on word boundaries.
 * JavaScript's \b only knows ASCII, so Cyrillic words need lookarounds on Unicode classes.
 */
export function wordPattern(source: string, flags = "giu"): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, flags.includes("u") ? flags : flags + "u");
}

const YO = /[ёЁ]/u;

/** Russian text is written with and without ё; match both. */
export function foldYo(text: string): string {
  return YO.test(text) ? text.replace(/ё/g, "е").replace(/Ё/g, "Е") : text;
}

/** Written in capitals: at least `minLetters` letters, all of them upper case (cased scripts only). */
export function isAllCaps(text: string, minLetters: number): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= minLetters && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A replacement for words that open with a capital opens with one too: at a sentence's start it keeps the sentence whole. */
export function matchCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) && replacement ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}
