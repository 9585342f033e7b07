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

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const FRONT_MATTER_OPEN = /^---[ \t]*$/u;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;
const COMMENT_OPEN = /^ {0,3}<!--/u;
const RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/iu;
const HTML_OPEN = /^ {0,3}<[/!?\p{L}]/u;
/** Lines that start a new block whatever precedes them: an ATX heading, a non-empty bullet item. */
const INTERRUPTING_LINE = /^(?:#{1,6}(?:[ \t]|$)|[-*+][ \t]+\S)/u;
const BLOCK_START = /^ {0,3}(?:[-*+>#]|\d{1,9}[.)])/u;
/** A line's leading list and quote markers: "- - - a" opens a list in a list in a list. */
const LEADING_MARKERS = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/u;
/** Deeper nesting than any policy needs costs the parser quadratic time. */
const MAX_NESTING = 16;
const DELIMITER = /[*_[\]`<>!]/gu;

export function markdownChunks(text: string, lines: LineIndex): MarkdownChunk[] {
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  let line = 0;
  // Front matter stays whole in the first chunk: a blank line inside it is YAML, not a block boundary.
  if (FRONT_MATTER_OPEN.test(lines.lineText(0).replace(/^\uFEFF/u, ""))) {
    for (line = 1; line < lines.lineCount && !FRONT_MATTER_CLOSE.test(lines.lineText(line)); line++);
    line++;
  }
  let fence: string | undefined;
  let closer: RegExp | undefined;
  let inHtmlBlock = false;
  let previousBlank = true;
  for (; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const at = lines.lineStart(line);
    const open = fence === undefined && closer === undefined;
    if (open && at - chunkStart >= CHUNK_TARGET && (previousBlank || (!inHtmlBlock && INTERRUPTING_LINE.test(content)))) {
      chunks.push(judged(text, lines, chunkStart, at));
      chunkStart = at;
    }
    const blank = !content.trim();
    if (fence !== undefined) {
      const close = FENCE.exec(content);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && !content.slice(close[0].length).trim()) fence = undefined;
    } else if (closer) {
      if (closer.test(content)) closer = undefined;
    } else {
      const opened = FENCE.exec(content);
      const raw = RAW_OPEN.exec(content);
      const rawClose = raw && new RegExp(`</${raw[1]}>`, "iu");
      if (opened) fence = opened[1];
      else if (COMMENT_OPEN.test(content) && !content.includes("-->")) closer = /-->/u;
      else if (rawClose && !rawClose.test(content)) closer = rawClose;
      else if (previousBlank && HTML_OPEN.test(content)) inHtmlBlock = true;
    }
    if (blank) inHtmlBlock = false;
    previousBlank = blank;
  }
  if (chunkStart < text.length || !chunks.length) chunks.push(judged(text, lines, chunkStart, text.length));
  return chunks;
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
  return { start, end, plain: dense || delimiters > MAX_DELIMITERS || nesting > MAX_NESTING };
}
