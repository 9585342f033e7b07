import { SymbolKind, type DocumentSymbol } from "vscode-languageserver/node";
import type { Heading, LintResult, PolicyDocument } from "../engine";
import { contains } from "./ranges";

/** The outline: headings nested by level, each spanning its section and the subsections under it. */
export function documentSymbols(result: LintResult): DocumentSymbol[] {
  const document = result.document;
  if (!document) return [];
  const roots: DocumentSymbol[] = [];
  const open: { level: number; symbol: DocumentSymbol }[] = [];
  document.headings.forEach((heading, index) => {
    const symbol = headingSymbol(result, document, heading, sectionEnd(document, index));
    while (open.length && open[open.length - 1].level >= heading.level) open.pop();
    (open.length ? open[open.length - 1].symbol.children! : roots).push(symbol);
    open.push({ level: heading.level, symbol });
  });
  return roots;
}

/** Where the next heading of the same or a higher level starts, less the blank lines before it. */
function sectionEnd(document: PolicyDocument, index: number): number {
  const heading = document.headings[index];
  const next = document.headings.slice(index + 1).find((other) => other.level <= heading.level);
  let end = next ? next.start : document.text.length;
  while (end > heading.end && /\s/.test(document.text[end - 1])) end--;
  return end;
}

function headingSymbol(result: LintResult, document: PolicyDocument, heading: Heading, end: number): DocumentSymbol {
  const selectionRange = document.lines.range(heading.start, heading.end);
  // The elements a heading announces ("Retention" -> retention) label the section in the outline.
  const elementIds = result.elements.filter((element) => contains(selectionRange, element.range)).map((element) => element.id);
  return {
    name: heading.title || document.text.slice(heading.start, heading.end).trim() || "(untitled section)",
    detail: elementIds.length ? elementIds.join(", ") : undefined,
    kind: SymbolKind.String,
    range: document.lines.range(heading.start, end),
    selectionRange,
    children: [],
  };
}
