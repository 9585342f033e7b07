import { coverageOf } from "../engine/coverage";
import { CANONICAL_ORDER } from "../engine/element-info";
import type { ElementId } from "../engine/elements";
import type { ComparedFact, TranslationComparison } from "../engine/translation/table";
import type { FileReport } from "./lint-files";

const NOT_ASKED = "·";
const MISSING = "missing";

/**
 * Per file, a table of the active profiles' elements: a row per element (in the standard section order),
 * a column per profile, each cell the 1-based line of the evidence, "missing", or "·" when that profile
 * does not ask for the element. Conditional elements are marked with "*".
 */
export function formatCoverage(reports: FileReport[]): string {
  return reports.map(fileCoverage).join("\n");
}

function fileCoverage(report: FileReport): string {
  const { language, messageLanguage } = report;
  if (!language || !messageLanguage) return `${report.path}: could not be linted: ${report.error ?? "unknown error"}\n`;
  const coverage = coverageOf({ profiles: report.profiles, elements: report.elements, messageLanguage, sections: report.sections, translation: report.translation });
  const rows = new Map<ElementId, { name: string; conditional: boolean; cells: string[] }>();
  coverage.profiles.forEach(({ elements }, column) => {
    for (const element of elements) {
      let row = rows.get(element.id);
      if (!row) rows.set(element.id, (row = { name: element.name, conditional: element.conditional, cells: coverage.profiles.map(() => NOT_ASKED) }));
      row.cells[column] = element.found ? `line ${element.found.range.start.line + 1}` : MISSING;
    }
  });
  const ordered = CANONICAL_ORDER[language].filter((id) => rows.has(id));
  const header = ["element", "", ...coverage.profiles.map(({ profile }) => profile)];
  const body = ordered.map((id) => {
    const row = rows.get(id)!;
    return [`${id}${row.conditional ? "*" : ""}`, row.name, ...row.cells];
  });
  const sections = coverage.sections.map(({ title, range, words, ease }) => [`line ${range.start.line + 1}`, title ?? "(before the first heading)", String(words), ease === undefined ? "-" : String(Math.round(ease))]);
  return [
    `${report.path} (${language}): elements: ${coverage.found} of ${coverage.required}`,
    ...table([header, ...body]),
    ...(ordered.some((id) => rows.get(id)!.conditional) ? ["* conditional: required only when it applies; saying it does not apply discloses it"] : []),
    "",
    "sections (reading ease: Flesch for English, Oborneva's for Russian; under 30 is hard, under 0 very hard)",
    ...table([["where", "section", "words", "ease"], ...sections]),
    "",
    ...(coverage.translation ? translationTable(report.path, coverage.translation) : []),
  ].join("\n");
}

/** The two versions' facts side by side, "differs" where translation-mismatch reports them. */
function translationTable(path: string, { path: other, language, rows, sections }: TranslationComparison): string[] {
  const side = (fact: ComparedFact | undefined): string => (fact ? `${fact.text} (line ${fact.range.start.line + 1})` : "-");
  const verdict = (agrees: boolean): string => (agrees ? "same" : "DIFFERS");
  return [
    `translation: ${path} beside ${other} (${language}): ${rows.filter((row) => !row.agrees).length + Number(!sections.agrees)} difference(s)`,
    ...table([
      ["", "fact", path, other],
      ...rows.map((row) => [verdict(row.agrees), row.kind, side(row.here), side(row.there)]),
      [verdict(sections.agrees), "sections", String(sections.here), String(sections.there)],
    ]),
    "",
  ];
}

/** Rows as aligned columns; widths in characters, not UTF-16 units, so Cyrillic and emoji line up. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => [...cells[column]].length)));
  return rows.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column] + cell.length - [...cell].length)).join("  ").trimEnd());
}
