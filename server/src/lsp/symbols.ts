import { SymbolKind, type DocumentSymbol } from "vscode-languageserver/node";
import type { Heading, LintResult, PolicyDocument } from "../engine";

/** The outline: headings nested by level, each spanning its section and the subsections under it. */
export function documentSymbols(result: LintResult): DocumentSymbol[] {
  const document = result.document;
  if (!document) return [];
  const roots: DocumentSymbol[] = [];
  const open: { level: number; symbol: DocumentSymbol }[] = [];
  const covered = elementsByHeading(result, document);
  document.headings.forEach((heading, index) => {
    const symbol = headingSymbol(document, heading, sectionEnd(document, index), covered[index]);
    while (open.length && open[open.length - 1].level >= heading.level) open.pop();
    (open.length ? open[open.length - 1].symbol.children! : roots).push(symbol);
    open.push({ level: heading.level, symbol });
  });
  return roots;
}

/** Where the next heading of the same or a higher level starts, less the blank lines before it. */
function sectionEnd(document: PolicyDocument, index: number): number {
  const heading = document.headings[index];
  let end = document.text.length;
  for (let next = index + 1; next < document.headings.length; next++) {
    if (document.headings[next].level <= heading.level) {
      end = document.headings[next].start;
      break;
    }
  }
  while (end > heading.end && /\s/.test(document.text[end - 1])) end--;
  return end;
}

/**
 * The elements each heading's section covers: those whose evidence lies in the heading or in the text up
 * to the next heading of any level, so an element counts for the innermost section only.
 */
function elementsByHeading(result: LintResult, document: PolicyDocument): string[][] {
  const covered = document.headings.map((): string[] => []);
  for (const element of result.elements) {
    const offset = document.lines.offsetAt(element.range.start);
    let index = -1;
    while (index + 1 < document.headings.length && document.headings[index + 1].start <= offset) index++;
    if (index >= 0) covered[index].push(element.id);
  }
  return covered;
}

function headingSymbol(document: PolicyDocument, heading: Heading, end: number, elementIds: string[]): DocumentSymbol {
  return {
    name: heading.title || document.text.slice(heading.start, heading.end).trim() || "(untitled section)",
    // The elements the section discloses ("Retention" -> retention) label it in the outline.
    detail: elementIds.length ? elementIds.join(", ") : undefined,
    kind: SymbolKind.String,
    range: document.lines.range(heading.start, end),
    selectionRange: document.lines.range(heading.start, heading.end),
    children: [],
  };
}
