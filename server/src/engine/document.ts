import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import { ParseLatin } from "parse-latin";
import { parse as parseYaml } from "yaml";
import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import type { Language } from "./types";
import { isAllCaps, LineIndex } from "./text";
import { findDirectiveLines } from "./directives";
import { RecentCache } from "./caches";
import { markdownChunks, plainTextChunks, simpleLine, type SimpleLine } from "./markdown-chunks";

/** Offsets are UTF-16 code units into `PolicyDocument.text`; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** `line`: a short standalone line in plain text that reads as a title ("Privacy Notice", "How we protect your data"). */
export type HeadingStyle = "markdown" | "numbered" | "caps" | "bold" | "line";

export interface Heading extends Span {
  /** The heading's words, without markup or numbering. */
  title: string;
  level: number;
  style: HeadingStyle;
}

/** A heading and the text up to the next heading. The part before the first heading has none. */
export interface Section extends Span {
  heading?: Heading;
}

export interface Block extends Span {
  kind: "heading" | "paragraph";
  sentences: Sentence[];
  /** Inside a Markdown block quote: someone else's words, not the policy's own. */
  quoted?: boolean;
}

export interface Sentence extends Span {
  /**
   * Its prose: the same string object while its run reads the same, so caches keyed by it find it
   * without hashing it again (V8 keeps a string's hash).
   */
  prose: string;
}

/** A Markdown link, autolink or link reference definition, with where its target is written. */
export interface Link extends Span {
  /** The target as the parser read it (decoded). */
  url: string;
  /** The target as written in the source; absent for a reference-style link, whose target is elsewhere. */
  destination?: Span;
  /** The visible text; absent for a definition. */
  label?: Span;
}

export interface FrontMatter extends Span {
  data: Record<string, unknown>;
  /** Set when the YAML could not be read. */
  error?: string;
}

export type DocumentFormat = "markdown" | "plaintext";

export interface PolicyDocument {
  text: string;
  fileName: string;
  format: DocumentFormat;
  lines: LineIndex;
  /**
   * The text with everything that is not prose (markup, code, comments, URLs, front matter) blanked
   * to spaces; same length and line breaks as `text`, so a match in it is a match in the source.
   */
  prose: string;
  frontMatter?: FrontMatter;
  headings: Heading[];
  sections: Section[];
  blocks: Block[];
  /** Markdown links and definitions, in document order; empty for plain text. */
  links: Link[];
  /** Language found in the text; `undefined` when there is too little text to tell. */
  detectedLanguage?: Language;
  /**
   * The runs of whole lines the text was read in, in order and covering it. Each run reads the same
   * alone as in place, so what is found in a run's text can be kept between lints by that text.
   */
  runs: Run[];
}

export interface Run extends Span {
  /** Stands for the run's text and how it was read: the same object while both are, so results can be kept by it. */
  reading: object;
}

/** A heading's own fields, before its span is known. */
type HeadingInfo = Omit<Heading, keyof Span>;

/** A block found by the parser, before blocks with no prose are dropped. */
interface BlockSpan {
  span: Span;
  kind: Block["kind"];
  heading?: HeadingInfo;
  quoted?: boolean;
}

export function formatOf(fileName: string): DocumentFormat {
  return /\.(md|markdown|mdx|mkd)$/i.test(fileName) ? "markdown" : "plaintext";
}

export function parseDocument(text: string, fileName: string, format: DocumentFormat = formatOf(fileName)): PolicyDocument {
  const lines = new LineIndex(text);
  const readings: { at: number; reading: ChunkReading }[] = [];
  const definitions = format === "markdown" ? referenceDefinitions(text) : "";
  const chunks = format === "markdown" ? markdownChunks(text, lines) : plainTextChunks(text, lines);
  for (const chunk of chunks) {
    const reader: Reader = format === "plaintext" ? "plaintext" : chunk.plain ? "markdown-as-plain" : "markdown";
    const opening = chunk.start === 0;
    // micromark drops a byte-order mark that starts what it parses, the document's or one pasted where a run starts.
    const variant = { reader, opening, bom: text.startsWith("\uFEFF", chunk.start), definitions: reader === "markdown" ? definitions : "" };
    readings.push({ at: chunk.start, reading: cachedReading(text.slice(chunk.start, chunk.end), variant) });
  }

  const headings: Heading[] = [];
  const blocks: Block[] = [];
  const links: Link[] = [];
  const letters = { cyrillic: 0, latin: 0 };
  for (const { at, reading } of readings) {
    // Spelled out: rest patterns and spreads of optional fields take V8's slow path, and a page can hold
    // thousands of blocks and links, placed again at every lint.
    for (const block of reading.blocks) {
      const placed: Block = { start: block.start + at, end: block.end + at, kind: block.kind, sentences: block.sentences.map(({ start, end, prose }) => ({ start: start + at, end: end + at, prose })) };
      if (block.quoted) placed.quoted = true;
      const heading = block.heading;
      if (heading) headings.push({ start: placed.start, end: placed.end, title: heading.title, level: heading.level, style: heading.style });
      blocks.push(placed);
    }
    for (const link of reading.links) {
      const placed: Link = { start: link.start + at, end: link.end + at, url: link.url };
      if (link.destination) placed.destination = shifted(link.destination, at);
      if (link.label) placed.label = shifted(link.label, at);
      links.push(placed);
    }
    letters.cyrillic += reading.letters.cyrillic;
    letters.latin += reading.letters.latin;
  }
  const proseText = readings.map(({ reading }) => reading.prose).join("");
  return {
    text,
    fileName,
    format,
    lines,
    prose: proseText,
    frontMatter: readings[0]?.reading.frontMatter,
    headings,
    sections: buildSections(headings, proseText),
    blocks,
    links,
    detectedLanguage: languageOfLetters(letters),
    runs: chunks.map(({ start, end }, index) => ({ start, end, reading: readings[index].reading })),
  };
}

/** What a run of the text reads as, in offsets of the run: a pure function of its source, so it can be cached. */
interface ChunkReading {
  /** The run's prose: its length and line breaks, markup blanked. */
  prose: string;
  blocks: (Block & { heading?: HeadingInfo })[];
  links: Link[];
  /** Only the first run can hold front matter. */
  frontMatter?: FrontMatter;
  /** Cyrillic and Latin letters in the prose, for the document's language. */
  letters: LetterCounts;
}

interface LetterCounts {
  cyrillic: number;
  latin: number;
}

/** Markdown, a Markdown run too dense for the parser, or a plain-text file. */
type Reader = "markdown" | "markdown-as-plain" | "plaintext";

interface ChunkVariant {
  reader: Reader;
  /** The run opens the file: only there can front matter stand. */
  opening: boolean;
  /** The run starts with a byte-order mark, which micromark drops. */
  bom: boolean;
  /** The document's link definitions, parsed after the run so references resolve. */
  definitions: string;
}

/**
 * Runs read lately, keyed by their source: after a one-character edit only the run it touched is
 * parsed again. Bounded by the text it holds; the oldest go first.
 */
const MAX_CACHED_TEXT = 16 * 1024 * 1024;
const readingCache = new RecentCache<Map<string, ChunkReading>>(MAX_CACHED_TEXT, (key) => key.length);

/** By the source, then by how it is read: one key joining them both would be copied and hashed whole at every lint. */
function cachedReading(source: string, variant: ChunkVariant): ChunkReading {
  const how = `${variant.reader}${variant.opening ? "o" : ""}${variant.bom ? "b" : ""}\u0000${variant.definitions}`;
  let readings = readingCache.get(source);
  if (!readings) readingCache.set(source, (readings = new Map()));
  let reading = readings.get(how);
  if (!reading) readings.set(how, (reading = readChunk(source, variant)));
  return reading;
}

function readChunk(source: string, variant: ChunkVariant): ChunkReading {
  if (variant.reader === "plaintext") return readPlainText(source, variant.opening);
  return variant.reader === "markdown-as-plain" ? readMarkdownAsPlain(source) : readMarkdown(source, variant);
}

function shifted<T extends Span>(span: T, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The prose being built, one UTF-16 unit per unit of the text so offsets stay aligned; starts blank except for line breaks. */
function blankChars(text: string): Uint16Array {
  const chars = new Uint16Array(text.length).fill(SPACE);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === LINE_FEED || unit === CARRIAGE_RETURN) chars[i] = unit;
  }
  return chars;
}

/** Units as code points do not need to be: lone surrogates stay as they are, where a TextDecoder would replace them. */
function unitsToString(units: Uint16Array): string {
  let text = "";
  // A typed array serves apply as an argument list, ten times faster than spreading it.
  for (let at = 0; at < units.length; at += UNITS_PER_CALL) text += String.fromCharCode.apply(null, units.subarray(at, at + UNITS_PER_CALL) as unknown as number[]);
  return text;
}

/** Within the argument count every engine takes. */
const UNITS_PER_CALL = 8192;

function copyUnits(chars: Uint16Array, text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) chars[i] = text.charCodeAt(i);
}

/** Letters of a script, counted without building a list of them. */
function countMatches(text: string, letter: RegExp): number {
  return text.length - text.replace(letter, "").length;
}

/** Directive lines blanked, then the blocks with prose split into sentences. */
function finishReading(text: string, lines: LineIndex, chars: Uint16Array, blockSpans: BlockSpan[], links: Link[], frontMatter?: FrontMatter): ChunkReading {
  for (const line of findDirectiveLines(text, lines)) blank(chars, lines.lineStart(line), lines.lineEnd(line));
  const prose = unitsToString(chars);
  const blocks: ChunkReading["blocks"] = [];
  for (const { span, kind, heading, quoted } of blockSpans) {
    if (!prose.slice(span.start, span.end).trim()) continue;
    const sentences = splitSentences(prose, span).map(({ start, end }) => ({ start, end, prose: prose.slice(start, end) }));
    blocks.push({ ...span, kind, sentences, ...(quoted && { quoted }), ...(heading && { heading }) });
  }
  const letters = { cyrillic: countMatches(prose, /\p{Script=Cyrillic}/gu), latin: countMatches(prose, /\p{Script=Latin}/gu) };
  return { prose, blocks, links, letters, ...(frontMatter && { frontMatter }) };
}

function readMarkdown(source: string, { opening, bom, definitions }: ChunkVariant): ChunkReading {
  return (!bom && readSimpleMarkdown(source)) || readMarkdownTree(source, { opening, bom, definitions });
}

/**
 * A run read as the Markdown parser reads it, without the parser, when each of its paragraphs (lines up to
 * a blank one) is all prose, all one-line list items, or one ATX heading, of prose alone (`simpleLine`):
 * prose is a paragraph from its first character to its last line's end, all of it text; an item, a paragraph
 * of what follows its marker; a heading, its line with the title after the #s. Otherwise `undefined`.
 */
export function readSimpleMarkdown(source: string): ChunkReading | undefined {
  const lines = new LineIndex(source);
  const chars = blankChars(source);
  const blockSpans: BlockSpan[] = [];
  let group: { first: number; kinds: SimpleLine[] } | undefined;
  for (let line = 0; line <= lines.lineCount; line++) {
    const content = line < lines.lineCount ? lines.lineText(line) : "";
    if (/[^ ]/u.test(content)) {
      const simple = simpleLine(content);
      if (!simple) return undefined;
      if (group) group.kinds.push(simple);
      else group = { first: line, kinds: [simple] };
      continue;
    }
    if (!group) continue;
    if (!readSimpleParagraph(source, lines, chars, group.first, group.kinds, blockSpans)) return undefined;
    group = undefined;
  }
  return finishReading(source, lines, chars, blockSpans, []);
}

/** The blocks of one paragraph of simple lines, with their text copied; false when the lines do not make one the parser reads so. */
function readSimpleParagraph(source: string, lines: LineIndex, chars: Uint16Array, first: number, kinds: SimpleLine[], blockSpans: BlockSpan[]): boolean {
  // All of the span is text: a paragraph, or a title standing alone.
  const textBlock = (span: Span): void => {
    copyUnits(chars, source, span.start, span.end);
    const heading = lineHeading(source.slice(span.start, span.end));
    blockSpans.push({ span, kind: heading ? "heading" : "paragraph", heading });
  };
  if (kinds.every(({ kind }) => kind === "prose")) {
    textBlock({ start: lines.lineStart(first), end: lines.lineEnd(first + kinds.length - 1) });
    return true;
  }
  const opening = kinds[0];
  if (opening.kind === "heading" && kinds.length === 1) {
    const span = { start: lines.lineStart(first), end: lines.lineEnd(first) };
    copyUnits(chars, source, span.start + opening.contentStart, span.end);
    blockSpans.push({ span, kind: "heading", heading: { title: cleanTitle(source.slice(span.start + opening.contentStart, span.end)), level: opening.level, style: "markdown" } });
    return true;
  }
  // List items, a line each, of one list or several.
  if (!kinds.every((kind) => kind.kind === "item")) return false;
  kinds.forEach((kind, index) => textBlock({ start: lines.lineStart(first + index) + kind.contentStart, end: lines.lineEnd(first + index) }));
  return true;
}

/** A run as the Markdown parser reads it. */
export function readMarkdownTree(source: string, { opening, bom, definitions }: Omit<ChunkVariant, "reader">): ChunkReading {
  const lines = new LineIndex(source);
  const chars = blankChars(source);
  const blockSpans: BlockSpan[] = [];
  const links: Link[] = [];
  let frontMatter: FrontMatter | undefined;
  // The document's link definitions go after the run, so `[text][ref]` resolves wherever `[ref]:` is.
  // A later run that starts with `---` is a thematic break, not front matter.
  const parser = opening ? markdownParser : bodyParser;
  const tree = parser.parse(definitions && source.includes("]") ? source + definitions : source) as MdastRoot;
  // micromark drops a leading byte-order mark and counts its offsets from after it.
  visitMarkdown(tree, source, chars, blockSpans, links, { shift: bom ? 1 : 0, end: source.length }, (node, span) => {
    frontMatter = readFrontMatter(node.value, span.start, span.end);
  });
  return finishReading(source, lines, chars, blockSpans, links, frontMatter);
}

function readPlainText(text: string, opening: boolean): ChunkReading {
  const lines = new LineIndex(text);
  const chars = blankChars(text);
  const blockSpans: BlockSpan[] = [];
  const frontMatter = opening ? plainFrontMatter(text) : undefined;
  copyUnits(chars, text, frontMatter?.end ?? 0, text.length);
  collectPlainBlocks(text, lines, blockSpans, frontMatter?.end ?? 0);
  return finishReading(text, lines, chars, blockSpans, [], frontMatter);
}

function blank(chars: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== LINE_FEED && chars[i] !== CARRIAGE_RETURN) chars[i] = SPACE;
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
const bodyParser = unified().use(remarkParse);

/** Up to this much text of link definitions is repeated after each chunk; past it, references across chunks stay unresolved. */
const MAX_DEFINITIONS_LENGTH = 8 * 1024;
const DEFINITION_LINE = /^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:[ \t]*\S.*$/gmu;

function referenceDefinitions(text: string): string {
  if (!text.includes("]:")) return "";
  const found = text.match(DEFINITION_LINE);
  const joined = found ? `\n\n${found.join("\n")}\n` : "";
  return joined.length <= MAX_DEFINITIONS_LENGTH ? joined : "";
}

/** Quote markers, then a list marker or heading hashes, at a line's start. */
const LINE_MARKUP = /^[ \t]*((?:>[ \t]?)*)(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)?/u;

/** A run too dense for the parser: its lines as plain text, without their leading quote and list markers. */
function readMarkdownAsPlain(source: string): ChunkReading {
  const lines = new LineIndex(source);
  const chars = new Uint16Array(source.length);
  copyUnits(chars, source, 0, source.length);
  const blockSpans: BlockSpan[] = [];
  collectPlainBlocks(source, lines, blockSpans, 0);
  const quotedLines = new Set<number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const markup = LINE_MARKUP.exec(lines.lineText(line))!;
    blank(chars, lines.lineStart(line), lines.lineStart(line) + markup[0].length);
    if (markup[1]) quotedLines.add(line);
  }
  for (const entry of blockSpans) if (quotedLines.has(lines.positionAt(entry.span.start).line)) entry.quoted = true;
  return finishReading(source, lines, chars, blockSpans, []);
}

function spanOf(node: MdastNodes, shift: number): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start: start + shift, end: end + shift };
}

function visitMarkdown(
  root: MdastRoot,
  text: string,
  chars: Uint16Array,
  blockSpans: BlockSpan[],
  links: Link[],
  { shift, end }: { shift: number; end: number },
  onFrontMatter: (node: { value: string }, span: Span) => void,
): void {
  const copyText = (node: MdastNodes): void =>
    visitTree(node, (inner) => {
      const span = spanOf(inner, shift);
      if (span && inner.type === "link") links.push(linkAt(text, span, inner.url));
      if (span && inner.type === "text") copyUnits(chars, text, span.start, span.end);
    });
  // The walk is in document order, so a block starts inside a block quote exactly when it starts before the end of the last one seen.
  let quoteEnd = -1;
  visitTree(root, (node) => {
    const span = spanOf(node, shift);
    // The link definitions appended to the chunk: seen where they are written.
    if (span && span.start >= end && node.type !== "root") return false;
    if (node.type === "blockquote" && span) quoteEnd = Math.max(quoteEnd, span.end);
    if (node.type === "yaml") {
      if (span) onFrontMatter(node, span);
      return false;
    }
    if (node.type === "definition" && span) {
      links.push(definitionAt(text, span, node.url));
      return false;
    }
    if (node.type === "heading" && span) {
      copyText(node);
      const title = cleanTitle(unitsToString(chars.subarray(span.start, span.end)));
      blockSpans.push({ span, kind: "heading", heading: { title, level: node.depth, style: "markdown" } });
      return false;
    }
    if (node.type === "paragraph" || node.type === "tableCell") {
      copyText(node);
      if (!span) return false;
      const plain = unitsToString(chars.subarray(span.start, span.end));
      const onlyStrong = node.type === "paragraph" && node.children.length === 1 && node.children[0].type === "strong";
      const heading = onlyStrong && isShortTitle(plain) ? { title: cleanTitle(plain), level: 3, style: "bold" as const } : lineHeading(plain);
      blockSpans.push({ span, kind: heading ? "heading" : "paragraph", heading, quoted: span.start < quoteEnd });
      return false;
    }
    return true;
  });
}

/** `<https://x>` and `<a@b.c>`, `[text](url "title")`, or `[text][ref]` (no destination of its own). */
function linkAt(text: string, span: Span, url: string): Link {
  const source = text.slice(span.start, span.end);
  if (source.startsWith("<") && source.endsWith(">")) {
    const inner = { start: span.start + 1, end: span.end - 1 };
    return { ...span, url, destination: inner, label: inner };
  }
  const close = source.lastIndexOf("](");
  if (close < 0 || !source.endsWith(")")) return { ...span, url, label: { start: span.start + 1, end: span.start + Math.max(1, source.indexOf("]")) } };
  const label = { start: span.start + 1, end: span.start + close };
  return { ...span, url, label, destination: destinationAt(source, close + 2, span.start) };
}

/** `[ref]: url "title"`. */
function definitionAt(text: string, span: Span, url: string): Link {
  const source = text.slice(span.start, span.end);
  return { ...span, url, destination: destinationAt(source, source.indexOf("]:") + 2, span.start) };
}

/** The destination token after `from` (spaces, then `<...>` or a run without spaces), as a span of the text. */
function destinationAt(source: string, from: number, offset: number): Span | undefined {
  const match = /^[ \t]*(?:\r?\n[ \t]*)?(<[^<>\n]*>|[^\s<>]+)/u.exec(source.slice(from));
  if (!match) return undefined;
  let start = offset + from + match[0].length - match[1].length;
  let end = start + match[1].length;
  if (match[1].startsWith("<")) [start, end] = [start + 1, end - 1];
  // A run that reaches the end of `[text](url)` has taken its closing parenthesis.
  else if (end === offset + source.length && source.endsWith(")")) end--;
  return { start, end };
}

/**
 * Calls `visit` on every node in document order; `false` skips the node's children. Iterative: thousands
 * of nested `>` would overflow the call stack of a recursive walk.
 */
function visitTree(root: MdastNodes, visit: (node: MdastNodes) => boolean | void): void {
  const stack: MdastNodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (visit(node) === false || !("children" in node)) continue;
    const children = node.children as MdastNodes[];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The other language's version a document's front matter names (`translationOf: privacy.en.md`), as written. */
export function declaredTranslation(text: string): string | undefined {
  const named = plainFrontMatter(text.replace(/^\uFEFF/u, ""))?.data.translationOf;
  return typeof named === "string" && named.trim() ? named.trim() : undefined;
}

/** A Jekyll page saved as .txt still opens with `---` YAML `---`. */
function plainFrontMatter(text: string): FrontMatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? readFrontMatter(match[1], 0, match[0].length) : undefined;
}

function readFrontMatter(value: string, start: number, end: number): FrontMatter {
  try {
    // "error": an unknown tag (`!!js/function`) is read as plain data without a warning printed on stderr.
    const data: unknown = parseYaml(value, { logLevel: "error" });
    if (data === null || data === undefined) return { start, end, data: {} };
    if (typeof data !== "object" || Array.isArray(data)) return { start, end, data: {}, error: "front matter is not a YAML mapping" };
    return { start, end, data: data as Record<string, unknown> };
  } catch (error) {
    return { start, end, data: {}, error: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}` };
  }
}

/**
 * Plain text: a block ends at a blank line, and at a line break unless the line was merely wrapped
 * (it ends without punctuation and the next line goes on in lower case).
 */
function collectPlainBlocks(
  text: string,
  lines: LineIndex,
  blockSpans: BlockSpan[],
  from: number,
): void {
  let blockStart = -1;
  let blockEnd = -1;
  const firstBlock = blockSpans.length;
  const flush = (): void => {
    if (blockStart < 0) return;
    const span = { start: blockStart, end: blockEnd };
    const block = text.slice(blockStart, blockEnd);
    const heading = lineHeading(block) ?? hashHeading(block);
    blockSpans.push({ span, kind: heading ? "heading" : "paragraph", heading });
    blockStart = -1;
  };
  for (let line = lines.positionAt(from).line; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const content = text.slice(start, end);
    if (!content.trim()) {
      flush();
      continue;
    }
    if (blockStart >= 0) {
      // The block's last line decides, not the whole block, which would make a long wrapped paragraph quadratic.
      // (A block of several lines is never a heading: its later lines start in lower case.)
      const previous = text.slice(lines.lineStart(line - 1), blockEnd);
      const wrapped = !/[.:;!?»")\]]\s*$/u.test(previous) && /^\s*\p{Ll}/u.test(content) && !lineHeading(previous);
      if (!wrapped) flush();
    }
    if (blockStart < 0) blockStart = start;
    blockEnd = end;
  }
  flush();
  // A title line is known only by what follows it: text, not the end of the document.
  for (let i = firstBlock; i + 1 < blockSpans.length; i++) {
    const entry = blockSpans[i];
    if (entry.kind !== "paragraph") continue;
    const line = text.slice(entry.span.start, entry.span.end);
    if (isTitleLine(line)) {
      entry.kind = "heading";
      entry.heading = { title: cleanTitle(line), level: 2, style: "line" };
    }
  }
}

/** A Markdown page saved as .txt keeps its `## Heading` lines (cleanTitle drops a closing `##`). */
function hashHeading(block: string): HeadingInfo | undefined {
  const match = /^\s{0,3}(#{1,6})\s+(\S[^\n]*)$/u.exec(block);
  return match ? { title: cleanTitle(match[2]), level: match[1].length, style: "markdown" } : undefined;
}

const TITLE_LINE_MAX_LENGTH = 80;
const TITLE_LINE_MAX_WORDS = 12;

/** Generated policies dress titles as "> Security :-": a quote marker before, ":-" after. */
const QUOTE_MARKERS = /^\s*(?:>\s*)+/u;

/** Without its decoration; the end is trimmed by hand, since a pattern anchored at the end would rescan a run of spaces from each of them. */
function undecorated(title: string): string {
  const end = title.trimEnd();
  return (end.endsWith(":-") ? end.slice(0, -2) : end).replace(QUOTE_MARKERS, "");
}

/** One short line that starts with a capital and ends like a title, not a sentence, a lead-in or an address. */
function isTitleLine(line: string): boolean {
  const trimmed = undecorated(line).trim();
  return (
    isShortTitle(trimmed, TITLE_LINE_MAX_LENGTH) &&
    trimmed.split(/\s+/u).length <= TITLE_LINE_MAX_WORDS &&
    /^\p{Lu}/u.test(trimmed) &&
    /[\p{L})?]$/u.test(trimmed) &&
    !/@|:\/\//u.test(trimmed)
  );
}

/** A section number before a heading's title: "3.", "2.1.", "2.1", "IV.". */
export const HEADING_NUMBER = "(?:\\d{1,2}\\.)+\\d{0,2}|[IVXLC]{1,6}\\.";
const NUMBERED_HEADING = new RegExp(`^\\s*(${HEADING_NUMBER})\\s+(\\S.*)$`, "u");
/** Word exports number long clause titles: "1. Personal information that the service receives and processes". */
const NUMBERED_TITLE_MAX_LENGTH = 150;

function isShortTitle(line: string, maxLength = 100): boolean {
  const trimmed = line.trim();
  return trimmed.length >= 3 && trimmed.length <= maxLength && !trimmed.includes("\n") && !/[.;,]$/.test(trimmed);
}

/** A single short line that reads as a heading: "3. Retention", "3.1. Сроки", or ALL CAPS. */
function lineHeading(block: string): HeadingInfo | undefined {
  if (!isShortTitle(block, NUMBERED_TITLE_MAX_LENGTH)) return undefined;
  const trimmed = block.trim();
  const numbered = NUMBERED_HEADING.exec(trimmed);
  // A numbered line that ends in a colon introduces a list ("1.1. The following data:"); it is no title.
  if (numbered && /^\p{Lu}/u.test(numbered[2]) && !trimmed.endsWith(":")) {
    const depth = numbered[1].split(".").filter(Boolean).length;
    return { title: cleanTitle(numbered[2]), level: depth + 1, style: "numbered" };
  }
  if (!isShortTitle(block)) return undefined;
  if (isAllCaps(trimmed, 4)) {
    return { title: cleanTitle(trimmed), level: 2, style: "caps" };
  }
  return undefined;
}

/** Markup and a closing colon trimmed off. The end is trimmed by hand: `[\s#*_:]+$` is quadratic on a long run of them. */
function cleanTitle(raw: string): string {
  const title = undecorated(raw).replace(/\s+/g, " ").replace(/^[\s#*_]+/, "");
  let end = title.length;
  while (end > 0 && /[\s#*_:]/.test(title[end - 1])) end--;
  return title.slice(0, end).trim();
}

function buildSections(headings: Heading[], prose: string): Section[] {
  const sections: Section[] = [];
  const length = prose.length;
  const firstStart = headings.length ? headings[0].start : length;
  if (prose.slice(0, firstStart).trim()) sections.push({ start: 0, end: firstStart });
  headings.forEach((heading, i) => {
    sections.push({ start: heading.start, end: i + 1 < headings.length ? headings[i + 1].start : length, heading });
  });
  return sections;
}

const sentenceParser = new ParseLatin();

/**
 * parse-latin ends a sentence at any full stop before a capital or a digit, which cuts Russian addresses
 * and legal references («г. Москва, ул. Тверская, д. 7», «п. 5 ч. 1 ст. 6») and titles ("Dr. Weiss", "Art. 6").
 */
const ABBREVIATION_AT_END = /(?<![\p{L}\p{N}])(?:г|гг|ул|д|корп|стр|пр|просп|пер|наб|пл|кв|оф|пом|п|пп|ч|ст|абз|подп|тел|им|обл|респ|мкр|art|arts|sec|para|dr|mr|mrs|ms|st|prof)\.$/iu;
/** «… 2024 г.» and «и т. д.» do end sentences. */
const ENDING_ABBREVIATION = /(?:\d\s*гг?|т\.\s*д)\.$/iu;
/** Enough of a sentence's end for the two patterns above. */
const SENTENCE_TAIL = 32;

/**
 * parse-latin's cost grows faster than a sentence's length (its word-symbol merging rescans the sentence),
 * so a longer block is parsed in windows of about this size, cut after a sentence's end where there is one.
 */
const SENTENCE_WINDOW = 4096;
const WINDOW_CUT = /[.!?;:»")\]]\s+/gu;

/** A block with none of these is one sentence, as parse-latin would find, without asking it. */
const SENTENCE_BREAK = /[.!?…。！？\n\r]/u;

function splitSentences(prose: string, span: Span): Span[] {
  const text = prose.slice(span.start, span.end);
  if (!SENTENCE_BREAK.test(text)) {
    const words = text.trim();
    if (!words) return [];
    const start = span.start + text.indexOf(words);
    return [{ start, end: start + words.length }];
  }
  const sentences: Span[] = [];
  for (const window of sentenceWindows(prose, span)) {
    for (const sentence of windowSentences(prose.slice(window.start, window.end))) {
      const previous = sentences[sentences.length - 1];
      // Only its end can be an abbreviation; testing the whole of a sentence that keeps growing would be quadratic.
      const previousText = previous ? prose.slice(previous.start, previous.end).trimEnd().slice(-SENTENCE_TAIL) : "";
      if (previous && ABBREVIATION_AT_END.test(previousText) && !ENDING_ABBREVIATION.test(previousText)) previous.end = window.start + sentence.end;
      else sentences.push({ start: window.start + sentence.start, end: window.start + sentence.end });
    }
  }
  return sentences;
}

/**
 * parse-latin's sentences of a window, in its offsets, kept by its text: windows are cut by the text, so after
 * an edit in a long block only the window it touched is parsed again.
 */
const windowCache = new RecentCache<Span[]>(16 * 1024 * 1024, (key) => key.length);

function windowSentences(text: string): Span[] {
  let sentences = windowCache.get(text);
  if (!sentences) windowCache.set(text, (sentences = parseWindow(text)));
  return sentences;
}

function parseWindow(text: string): Span[] {
  let tree;
  try {
    tree = sentenceParser.parse(text);
  } catch (error) {
    // parse-latin overflows the stack on a "word" of a hundred thousand dotted parts: a data dump, not sentences.
    if (error instanceof RangeError) return [{ start: 0, end: text.length }];
    throw error;
  }
  const sentences: Span[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== "ParagraphNode") continue;
    for (const sentence of paragraph.children) {
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (sentence.type === "SentenceNode" && start !== undefined && end !== undefined) sentences.push({ start, end });
    }
  }
  return sentences;
}

/** The block whole, or cut into windows at the last sentence end (else the last space) before each window's limit. */
function sentenceWindows(prose: string, span: Span): Span[] {
  const windows: Span[] = [];
  let start = span.start;
  while (span.end - start > SENTENCE_WINDOW) {
    const limit = start + SENTENCE_WINDOW;
    const tail = prose.slice(start + SENTENCE_WINDOW / 2, limit);
    let cut = -1;
    for (const match of tail.matchAll(WINDOW_CUT)) cut = match.index + match[0].length;
    if (cut < 0) cut = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\n")) + 1;
    // A cut with no space to take is never made between the halves of a surrogate pair.
    const end = cut > 0 ? start + SENTENCE_WINDOW / 2 + cut : /[\uD800-\uDBFF]/u.test(prose[limit - 1]) ? limit - 1 : limit;
    windows.push({ start, end });
    start = end;
  }
  windows.push({ start, end: span.end });
  return windows;
}

/** Cyrillic against Latin letters in the prose; needs a few words of either to decide. */
function languageOfLetters({ cyrillic, latin }: LetterCounts): Language | undefined {
  if (cyrillic + latin < 20) return undefined;
  return cyrillic >= latin * 0.5 ? "ru" : "en";
}
