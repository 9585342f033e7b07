/**
 * Splits Markdown into runs of top-level blocks that parse alone exactly as they parse in place, so
 * each is handed to the parser on its own: micromark's cost grows faster than the text on some inputs
 * (emphasis and bracket runs, deep quotes), and a run too dense with markup to parse in linear time
 * is read as plain text instead. Lines and offsets stay those of the whole document.
 */
import type { LineIndex } from "./text";

export interface MarkdownChunk {
  start: number;
  end: number;
  /** Too dense with markup for the parser: read as plain text. */
  plain: boolean;
}

/** Chunks are cut at the first safe line after this many characters. */
const CHUNK_TARGET = 4 * 1024;
/** Past this many emphasis, bracket, code and HTML delimiters one run could cost the parser quadratic time. */
const MAX_DELIMITERS = 4096;
/** Shorter runs parse fast however dense, and keep their Markdown. */
const DENSE_MIN_LENGTH = 1024;
/**
 * A run with no place to cut it for this long is one vast paragraph or table (a text of one word per line,
 * thousands of table rows): micromark spends seconds and much memory on its lines, plain reading does not.
 */
const MAX_PARSED_RUN = 64 * 1024;

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const FRONT_MATTER_OPEN = /^---[ \t]*$/u;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;
const COMMENT_OPEN = /^ {0,3}<!--/u;
const RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/iu;
const HTML_OPEN = /^ {0,3}<[/!?\p{L}]/u;
/** Lines that start a new block whatever precedes them: an ATX heading, a non-empty bullet item. */
const INTERRUPTING_LINE = /^(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]+\S)/u;
const INDENTED = /^[ \t]/u;
const BLOCK_START = /^ {0,3}(?:[-*+>#]|\d{1,9}[.)])/u;
/** A line's leading list and quote markers: "- - - a" opens a list in a list in a list. */
const LEADING_MARKERS = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/u;
/** Deeper nesting than any policy needs costs the parser quadratic time. */
const MAX_NESTING = 16;
const DELIMITER = /[*_[\]`<>!]/gu;

/**
 * Characters that may open inline markup, an entity or HTML, or that the parser reads otherwise than as
 * text (tabs, carriage returns, controls, a byte-order mark)...
 */
const MARKUP_CHARACTER = /[\\`*_[\]<>&\t\r\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f]/u;
/** ...and a line that may open a block: indented, a marker, a fence, a heading, a setext underline. */
const BLOCK_OPENING = /^(?: +[^ \n]|[-+*#>=~`_<]|\d{1,9}[.)](?:[ \t]|$))/u;

/** One line of words only. Not multiline, which would search the whole line for a line break for `^` to follow. */
function isProseLine(line: string): boolean {
  return !MARKUP_CHARACTER.test(line) && !BLOCK_OPENING.test(line);
}

/** A line the Markdown parser reads in a way known without it: prose, a list item of prose, an ATX heading of prose. */
export type SimpleLine =
  | { kind: "prose" }
  | { kind: "item"; contentStart: number }
  | { kind: "heading"; level: number; contentStart: number };

/** A marker at the margin and one to four spaces: five would open code inside the item. */
const SIMPLE_ITEM = /^(?:[-*+]|\d{1,9}[.)]) {1,4}(?=[^ ])/u;
/** Without a closing run of #, which only a # in the title could start. */
const SIMPLE_HEADING = /^(#{1,6}) +(?=[^ ])/u;

export function simpleLine(content: string): SimpleLine | undefined {
  if (isProseLine(content)) return { kind: "prose" };
  const item = SIMPLE_ITEM.exec(content);
  if (item && isProseLine(content.slice(item[0].length))) return { kind: "item", contentStart: item[0].length };
  const heading = SIMPLE_HEADING.exec(content);
  if (heading && !content.includes("#", heading[0].length) && isProseLine(content.slice(heading[0].length))) {
    return { kind: "heading", level: heading[1].length, contentStart: heading[0].length };
  }
  return undefined;
}

/** Per line: a paragraph of simple lines (simpleLine) starts there and runs to the next blank line. */
function simpleParagraphStarts(lines: LineIndex): Uint8Array {
  const starts = new Uint8Array(lines.lineCount + 1);
  let simpleToBlank = true;
  for (let line = lines.lineCount - 1; line >= 0; line--) {
    const content = lines.lineText(line);
    if (!/[^ ]/u.test(content)) simpleToBlank = true;
    else simpleToBlank &&= simpleLine(content) !== undefined;
    starts[line] = simpleToBlank ? 1 : 0;
  }
  return starts;
}

export function markdownChunks(text: string, lines: LineIndex): MarkdownChunk[] {
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  const scanner = new RawBlockScanner();
  const bodyLine = afterFrontMatter(lines);
  // Paragraphs of simple lines go in runs of their own, which are read without the parser when they can be.
  const simpleFrom = simpleParagraphStarts(lines);
  let chunkIsSimple: boolean | undefined;
  let paragraphIsSimple = false;
  // Front matter is a run of its own: only the Markdown parser reads it, whatever the text after it is read as.
  if (bodyLine > 0 && bodyLine < lines.lineCount) {
    chunkStart = lines.lineStart(bodyLine);
    chunks.push({ start: 0, end: chunkStart, plain: false });
  }
  for (let line = bodyLine; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const at = lines.lineStart(line);
    // After a blank line, an indented line may continue a list item: alone it would be read as code.
    const cuttable = !scanner.inside && (scanner.previousBlank ? !INDENTED.test(content) : !scanner.inHtmlBlock && INTERRUPTING_LINE.test(content));
    const blank = !/[^ ]/u.test(content);
    if (!blank && scanner.previousBlank) paragraphIsSimple = simpleFrom[line] === 1;
    const simple = paragraphIsSimple;
    if (cuttable && at > chunkStart && (at - chunkStart >= CHUNK_TARGET || (chunkIsSimple !== undefined && simple !== chunkIsSimple))) {
      chunks.push(judged(text, lines, chunkStart, at));
      chunkStart = at;
      chunkIsSimple = undefined;
    }
    if (!blank) chunkIsSimple = chunkIsSimple === undefined ? simple : chunkIsSimple && simple;
    scanner.read(content);
  }
  if (chunkStart < text.length || !chunks.length) chunks.push(judged(text, lines, chunkStart, text.length));
  return chunks;
}

/**
 * Where a code fence, comment or raw HTML block opens that is never closed, so everything after it is
 * not text (a closing fence with a no-break space after it does not close): `undefined` when none is.
 */
export function unclosedBlockStart(lines: LineIndex): number | undefined {
  const scanner = new RawBlockScanner();
  let openedAt: number | undefined;
  for (let line = afterFrontMatter(lines); line < lines.lineCount; line++) {
    const wasInside = scanner.inside;
    scanner.read(lines.lineText(line));
    if (!wasInside && scanner.inside) openedAt = lines.lineStart(line);
  }
  return scanner.inside ? openedAt : undefined;
}

/** The first line after front matter: it stays whole, since a blank line inside it is YAML, not a block boundary. */
function afterFrontMatter(lines: LineIndex): number {
  if (!FRONT_MATTER_OPEN.test(lines.lineText(0).replace(/^\uFEFF/u, ""))) return 0;
  let line = 1;
  while (line < lines.lineCount && !FRONT_MATTER_CLOSE.test(lines.lineText(line))) line++;
  // Never closed, it is no front matter but a thematic break, and the text after it is cut into runs as any other.
  return line < lines.lineCount ? line + 1 : 0;
}

/** Follows, line by line, the blocks whose lines are not Markdown until they close: code fences, comments, raw HTML. */
class RawBlockScanner {
  private fence: string | undefined;
  private closer: RegExp | undefined;
  inHtmlBlock = false;
  previousBlank = true;

  get inside(): boolean {
    return this.fence !== undefined || this.closer !== undefined;
  }

  read(content: string): void {
    const blank = !content.trim();
    if (this.fence !== undefined) {
      const close = FENCE.exec(content);
      if (close && close[1][0] === this.fence[0] && close[1].length >= this.fence.length && !/[^ \t]/u.test(content.slice(close[0].length))) this.fence = undefined;
    } else if (this.closer) {
      if (this.closer.test(content)) this.closer = undefined;
    } else {
      const opened = FENCE.exec(content);
      const raw = RAW_OPEN.exec(content);
      const rawClose = raw && new RegExp(`</${raw[1]}>`, "iu");
      if (opened) this.fence = opened[1];
      else if (COMMENT_OPEN.test(content) && !content.includes("-->")) this.closer = /-->/u;
      else if (rawClose && !rawClose.test(content)) this.closer = rawClose;
      else if (this.previousBlank && HTML_OPEN.test(content)) this.inHtmlBlock = true;
    }
    if (blank) this.inHtmlBlock = false;
    this.previousBlank = blank;
  }
}

/** A line that a plain-text title could be: it ends in a letter, a bracket or a question mark. */
const TITLE_LIKE_END = /[\p{L})?]\s*$/u;

/**
 * Plain text in runs cut at a blank line: blocks end there anyway. Not after a line that could be a
 * title, which is known only by the text after it; not inside front matter.
 */
export function plainTextChunks(text: string, lines: LineIndex): MarkdownChunk[] {
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  let line = 0;
  if (FRONT_MATTER_OPEN.test(lines.lineText(0))) {
    for (line = 1; line < lines.lineCount && !FRONT_MATTER_OPEN.test(lines.lineText(line)); line++);
    line++;
  }
  let lastText = "";
  let previousBlank = false;
  for (; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const blank = !content.trim();
    const at = lines.lineStart(line);
    if (!blank && previousBlank && at - chunkStart >= CHUNK_TARGET && !TITLE_LIKE_END.test(lastText)) {
      chunks.push({ start: chunkStart, end: at, plain: true });
      chunkStart = at;
    }
    if (!blank) lastText = content;
    previousBlank = blank;
  }
  chunks.push({ start: chunkStart, end: text.length, plain: true });
  return chunks;
}

/** Dense markup: a delimiter every few characters, or a block start on most short lines ("- a", "> > >"). */
function judged(text: string, lines: LineIndex, start: number, end: number): MarkdownChunk {
  const source = text.slice(start, end);
  const delimiters = source.match(DELIMITER)?.length ?? 0;
  let blockStarts = 0;
  let nesting = 0;
  const lastLine = lines.positionAt(end).line;
  for (let line = lines.positionAt(start).line; line <= lastLine && line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    if (!BLOCK_START.test(content)) continue;
    blockStarts++;
    const markers = LEADING_MARKERS.exec(content)?.[0].match(/[-*+>]|\d+[.)]/gu)?.length ?? 0;
    nesting = Math.max(nesting, markers);
  }
  const dense = source.length >= DENSE_MIN_LENGTH && (delimiters + 4 * blockStarts) * 4 > source.length;
  return { start, end, plain: dense || delimiters > MAX_DELIMITERS || nesting > MAX_NESTING || end - start > MAX_PARSED_RUN };
}
