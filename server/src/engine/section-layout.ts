/**
 * Where a standard section goes in a document and how its heading must look there: after the section
 * of the nearest element that comes before it in the canonical order, written like its sibling headings.
 */
import { HEADING_NUMBER, type Heading, type PolicyDocument, type Span } from "./document";
import { CANONICAL_ORDER } from "./element-info";
import { unclosedBlockStart } from "./markdown-chunks";
import type { ElementId } from "./elements";
import type { OffsetEdit } from "./rule";
import { defaultHeading, sectionText, type HeadingFormat } from "./templates";
import { isAllCaps, lineBreakOf } from "./text";
import type { Language } from "./types";

export interface Outline {
  /** The title line: the first heading when it is level 1 or opens the document, else the first line of text. */
  title: Span;
  titleHeading?: Heading;
  /** Where the text starts, after any front matter. */
  contentStart: number;
  /** The headings of top-level sections, the title's excluded. */
  sectionHeadings: Heading[];
  /** The title with its introduction, then each top-level section; without section headings, runs of paragraphs. */
  units: Span[];
}

export function outline(document: PolicyDocument): Outline {
  const { text, headings, blocks } = document;
  const contentStart = document.frontMatter?.end ?? 0;
  const first = headings[0];
  const titleHeading = first && (first.level === 1 || first.start === blocks[0]?.start) ? first : undefined;
  const title = firstLine(document, titleHeading ?? blocks[0] ?? { start: contentStart, end: contentStart });

  const others = headings.filter((heading) => heading !== titleHeading);
  // Not Math.min(...levels): spreading a hundred thousand headings overflows the stack.
  const sectionLevel = others.reduce((lowest, heading) => Math.min(lowest, heading.level), Infinity);
  const sectionHeadings = others.filter((heading) => heading.level <= sectionLevel);
  let units: Span[];
  if (sectionHeadings.length) {
    const starts = sectionHeadings.map((heading) => heading.start);
    units = [{ start: contentStart, end: starts[0] }, ...starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }))];
  } else {
    units = paragraphRuns(document);
  }
  return { title, titleHeading, contentStart, sectionHeadings, units };
}

/** A span cut to its first line and trimmed, so a diagnostic sits on one line. */
function firstLine(document: PolicyDocument, span: Span): Span {
  const line = document.lines.positionAt(span.start).line;
  const end = Math.min(span.end, document.lines.lineEnd(line));
  const content = document.text.slice(span.start, end);
  const start = span.start + (content.length - content.trimStart().length);
  return { start, end: Math.max(start, span.start + content.trimEnd().length) };
}

const CONTINUES_BLOCK = /^(?:[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t])/;

/** Paragraphs with the list items and indented lines that follow them: a new section never splits a list. */
function paragraphRuns(document: PolicyDocument): Span[] {
  const { text, lines } = document;
  const runs: Span[] = [];
  for (const block of document.blocks) {
    const previous = runs.at(-1);
    const gap = previous ? text.slice(previous.end, block.start) : "";
    const lineStart = lines.lineStart(lines.positionAt(block.start).line);
    const joins = previous && (!/\n[ \t]*\r?\n/.test(gap) || CONTINUES_BLOCK.test(text.slice(lineStart, block.start + 3)));
    if (joins) previous.end = block.end;
    else runs.push({ start: block.start, end: block.end });
  }
  return runs;
}

/**
 * Only these make a line blank: in Markdown a line of no-break spaces (common in Word exports) is text,
 * and a paragraph runs on through it.
 */
const BLANK_CHARACTER = /[ \t\r\n]/;

/** The end of a unit's text, before the blank lines that separate it from the next. */
function endOfContent(text: string, unit: Span): number {
  let end = unit.end;
  while (end > unit.start && BLANK_CHARACTER.test(text[end - 1])) end--;
  return end;
}

/** `insert` at `offset`, with exactly one blank line between it and any text before or after. */
function padded(text: string, offset: number, insert: string, eol: string): string {
  const before = text.slice(0, offset);
  const after = text.slice(offset);
  const prefix = before.trim() ? eol.repeat(Math.max(0, 2 - lineBreaksAround(text, offset, -1))) : "";
  const suffix = after.trim() ? eol.repeat(Math.max(0, 2 - lineBreaksAround(text, offset, 1))) : "";
  return prefix + insert + suffix;
}

/** Line breaks (a CRLF counts once) in the whitespace that runs from `offset` backwards (-1) or forwards (1). */
function lineBreaksAround(text: string, offset: number, direction: -1 | 1): number {
  let breaks = 0;
  for (let i = direction < 0 ? offset - 1 : offset; i >= 0 && i < text.length && BLANK_CHARACTER.test(text[i]); i += direction) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) breaks++;
  }
  return breaks;
}

const NUMBER = new RegExp(`^(${HEADING_NUMBER})\\s+`, "u");

interface HeadingShape {
  format: HeadingFormat;
  number?: string;
}

/** How an existing heading is written: Markdown level, bold, ALL CAPS, and its number if it has one. */
function shapeOf(document: PolicyDocument, heading: Heading): HeadingShape {
  // Its first line with text: a heading's span can open on a line of no-break spaces.
  const raw = document.text.slice(heading.start, heading.end).split(/\r\n?|\n/u).find((line) => line.trim()) ?? "";
  const number = NUMBER.exec(raw.trim().replace(/^#{1,6}[ \t]*/, "").replace(/^(?:\*\*|__)\s*/, ""))?.[1];
  const format = { markdownLevel: heading.style === "markdown" ? heading.level : 0, caps: isAllCaps(heading.title.replace(number ?? "", ""), 2), bold: heading.style === "bold" };
  // In Markdown a plain line is no heading, and a numbered one after a blank line is a list item: give it a Markdown heading.
  if (document.format === "markdown" && !format.markdownLevel && !format.caps && !format.bold) format.markdownLevel = defaultHeading("markdown").markdownLevel;
  return { number, format };
}

const ROMAN: [number, string][] = [[100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];

function fromRoman(roman: string): number {
  let value = 0;
  let rest = roman;
  for (const [amount, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      value += amount;
      rest = rest.slice(letters.length);
    }
  }
  return value;
}

function toRoman(value: number): string {
  let out = "";
  let rest = value;
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** "3." + 2 -> "5."; "2.4." + 1 -> "2.5."; "IV." + 1 -> "V.". */
function nextNumber(number: string, step: number): string {
  const parts = number.split(".").filter(Boolean);
  const last = parts.pop()!;
  const next = /^\d+$/.test(last) ? String(Number(last) + step) : toRoman(fromRoman(last) + step);
  return [...parts, next].join(".") + ".";
}

/**
 * Formats for `count` sections inserted together at `offset`: like the top-level heading before it
 * (or, when there is none, the one after it), numbered on from it. Later sections are not renumbered.
 */
function headingFormats(document: PolicyDocument, layout: Outline, offset: number, count: number): HeadingFormat[] {
  const before = layout.sectionHeadings.filter((heading) => heading.start < offset).at(-1);
  const reference = before ?? layout.sectionHeadings.find((heading) => heading.start >= offset);
  if (!reference) {
    const format = defaultHeading(document.format);
    if (layout.titleHeading?.style === "markdown") format.markdownLevel = layout.titleHeading.level + 1;
    return Array.from({ length: count }, () => format);
  }
  const { format, number } = shapeOf(document, reference);
  return Array.from({ length: count }, (_, i) => ({
    ...format,
    numbering: number && nextNumber(number, before ? i + 1 : i),
  }));
}

function insertionEdit(document: PolicyDocument, layout: Outline, offset: number, ids: readonly ElementId[], language: Language): OffsetEdit {
  const eol = lineBreakOf(document.text);
  const formats = headingFormats(document, layout, offset, ids.length);
  const sections = ids.map((id, i) => sectionText(id, language, document.format, formats[i], eol));
  return { start: offset, end: offset, newText: padded(document.text, offset, sections.join(eol + eol), eol) };
}

/** Where text that is read as Markdown ends: a code fence or comment left open runs to the end, and a section inserted after it would be code. */
function textEnd(document: PolicyDocument): number {
  let end = textEnds.get(document);
  if (end === undefined) textEnds.set(document, (end = (document.format === "markdown" ? unclosedBlockStart(document.lines) : undefined) ?? document.text.length));
  return end;
}

/** Each missing section's fix asks, and the answer is a scan of every line: asked once per document. */
const textEnds = new WeakMap<PolicyDocument, number>();

/**
 * Edits that insert the standard sections of `missing`, each after the section of the nearest
 * present element before it in the canonical order (after the title and introduction when none
 * is). Sections bound for the same place share one edit, so the edits never overlap.
 * `layout` is the document's outline, for a caller that has it already.
 */
export function insertSectionsEdits(
  document: PolicyDocument,
  language: Language,
  present: readonly { id: ElementId; start: number; source: "heading" | "text" }[],
  missing: readonly ElementId[],
  layout: Outline = outline(document),
): OffsetEdit[] {
  const order = CANONICAL_ORDER[language];
  const rank = (id: ElementId): number => order.indexOf(id);
  const unitOf = (offset: number): number => {
    let index = 0;
    while (index + 1 < layout.units.length && layout.units[index + 1].start <= offset) index++;
    return index;
  };
  // The title names the whole policy, and a passing mention in another section's text is a poor
  // landmark when the document has sections.
  const landmarks = present.filter(
    (element) =>
      (element.start < layout.title.start || element.start >= layout.title.end) &&
      (element.source === "heading" || !layout.sectionHeadings.length),
  );
  const byOffset = new Map<number, ElementId[]>();
  const limit = textEnd(document);
  for (const id of [...missing].sort((a, b) => rank(a) - rank(b))) {
    const previous = landmarks.filter((element) => rank(element.id) < rank(id)).sort((a, b) => rank(b.id) - rank(a.id))[0];
    const unit = layout.units[previous ? unitOf(previous.start) : 0];
    const end = unit ? endOfContent(document.text, unit) : endOfContent(document.text, { start: layout.contentStart, end: document.text.length });
    const offset = Math.min(end, limit);
    byOffset.set(offset, [...(byOffset.get(offset) ?? []), id]);
  }
  return [...byOffset.entries()].sort(([a], [b]) => a - b).map(([offset, ids]) => insertionEdit(document, layout, offset, ids, language));
}

/**
 * The edit that inserts one standard section at the cursor (the "Insert Standard Section" command):
 * at the end of the cursor's line, so no line is split, with blank lines around it.
 */
export function insertSectionAtEdit(document: PolicyDocument, id: ElementId, language: Language, offset: number): OffsetEdit {
  const layout = outline(document);
  const { lines } = document;
  // Within front matter, the first line after it stands in for the cursor.
  const afterFrontMatter = lines.lineStart(lines.positionAt(layout.contentStart).line + 1);
  const at = document.frontMatter && offset <= layout.contentStart ? Math.max(afterFrontMatter, layout.contentStart) : offset;
  const line = lines.positionAt(at).line;
  const lineEnd = lines.lineEnd(line);
  const target = lines.lineText(line).trim() ? lineEnd : Math.min(at, lineEnd);
  return insertionEdit(document, layout, Math.min(target, textEnd(document)), [id], language);
}
