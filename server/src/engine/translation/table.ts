import { ELEMENT_INFO, isElementId } from "../element-info";
import type { LineIndex } from "../text";
import type { Language, Range } from "../types";
import { compareFacts, firstOfEachKey, keyOf } from "./compare";
import type { Fact, FactKind, PolicyFacts } from "./facts";

/** One line of the side-by-side view of two versions: a fact both state alike, or one they disagree on. */
export interface FactRow {
  kind: FactKind;
  here?: Fact;
  there?: Fact;
  agrees: boolean;
}

export interface FactTable {
  rows: FactRow[];
  sections: { here: number; there: number; agrees: boolean };
}

const KIND_ORDER: readonly FactKind[] = ["element", "contact", "date", "quantity", "law", "name"];

/**
 * Every fact of either version once, agreeing ones paired by their key and disagreeing ones as
 * `translation-mismatch` pairs them (Latin names only where one version lacks them); by kind, then
 * where this version states them.
 */
export function factTable(here: PolicyFacts, there: PolicyFacts): FactTable {
  const thereByKey = new Map(firstOfEachKey(there.facts).map((fact) => [keyOf(fact), fact]));
  const rows: FactRow[] = [];
  for (const fact of firstOfEachKey(here.facts)) {
    const other = thereByKey.get(keyOf(fact));
    if (other) rows.push({ kind: fact.kind, here: fact, there: other, agrees: true });
  }
  const mismatches = compareFacts(here, there);
  for (const { kind, here: mine, there: theirs } of mismatches) {
    if (kind !== "structure") rows.push({ kind, here: mine, there: theirs, agrees: false });
  }
  const place = (row: FactRow): number => row.here?.start ?? Number.MAX_SAFE_INTEGER;
  rows.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || place(a) - place(b) || (a.there?.start ?? 0) - (b.there?.start ?? 0));
  const sections = { here: here.sections, there: there.sections, agrees: !mismatches.some(({ kind }) => kind === "structure") };
  return { rows, sections };
}

/** A fact as a reader sees it: an element by its name in the reader's language, anything else as written, on one line. */
export function factText(fact: Fact, messageLanguage: Language): string {
  return fact.kind === "element" && isElementId(fact.key) ? ELEMENT_INFO[fact.key].name[messageLanguage] : fact.written.replace(/\s+/gu, " ").trim();
}

export interface ComparedFact {
  text: string;
  range: Range;
}

/** The side-by-side table of a lint result: this version's facts beside its translation's. */
export interface TranslationComparison {
  path: string;
  language: Language;
  rows: { kind: FactKind; here?: ComparedFact; there?: ComparedFact; agrees: boolean }[];
  sections: FactTable["sections"];
}

export function comparison(
  table: FactTable,
  sides: { here: LineIndex; there: LineIndex },
  { path, language, messageLanguage }: { path: string; language: Language; messageLanguage: Language },
): TranslationComparison {
  const shown = (fact: Fact | undefined, lines: LineIndex): ComparedFact | undefined => fact && { text: factText(fact, messageLanguage), range: lines.range(fact.start, fact.end) };
  const rows = table.rows.map(({ kind, here, there, agrees }) => ({ kind, here: shown(here, sides.here), there: shown(there, sides.there), agrees }));
  return { path, language, rows, sections: table.sections };
}
