/**
 * Scores element detection against hand labels: shared by scripts/eval.ts (npm run eval) and the
 * generalisation test. Each (document, element) pair that is labelled and not marked unsure counts once;
 * the element is predicted present when lint() reports it.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ELEMENT_IDS, lint } from "../server/src/engine";

export interface Label {
  file: string;
  language: string;
  elements: Record<string, { present: boolean; unsure?: boolean }>;
}

export interface LabelledDocument {
  label: Label;
  documentPath: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  positives: number;
}

/** How often an element that missing-section reported absent really is absent (labels not unsure). */
export interface MissingSectionTally {
  reported: number;
  right: number;
}

export interface SetScore {
  documents: number;
  byElement: Map<string, Tally>;
  byLanguage: Map<string, Tally>;
  /** Per language, per element. */
  byLanguageElement: Map<string, Map<string, Tally>>;
  missingSection: Map<string, MissingSectionTally>;
  overall: Tally;
  /** One line per wrong pair, with the evidence the detector chose for a false positive. */
  misses: string[];
}

/** Reads every *.json label in labelsDir; `locate` maps a label's file name to the document, or undefined when it is missing. */
export function readLabels(labelsDir: string, locate: (file: string) => string | undefined): { documents: LabelledDocument[]; unmatched: string[] } {
  const documents: LabelledDocument[] = [];
  const unmatched: string[] = [];
  for (const name of readdirSync(labelsDir).filter((file) => file.endsWith(".json")).sort()) {
    const label = JSON.parse(readFileSync(path.join(labelsDir, name), "utf8")) as Label;
    const documentPath = locate(label.file);
    if (documentPath) documents.push({ label, documentPath });
    else unmatched.push(name);
  }
  return { documents, unmatched };
}

function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, positives: 0 };
}

/** Precision and recall; NaN when nothing was predicted or nothing is present. */
export function precision(tally: Tally): number {
  return tally.tp / (tally.tp + tally.fp);
}

export function recall(tally: Tally): number {
  return tally.tp / (tally.tp + tally.fn);
}

export function scoreDocuments(documents: LabelledDocument[]): SetScore {
  const byElement = new Map<string, Tally>(ELEMENT_IDS.map((id) => [id, emptyTally()]));
  const byLanguage = new Map<string, Tally>();
  const byLanguageElement = new Map<string, Map<string, Tally>>();
  const missingSection = new Map<string, MissingSectionTally>();
  const overall = emptyTally();
  const misses: string[] = [];

  for (const { label, documentPath } of documents) {
    const text = readFileSync(documentPath, "utf8");
    const result = lint({ text, fileName: documentPath });
    const found = new Map(result.elements.map((element) => [element.id, element]));
    const languageTally = byLanguage.get(label.language) ?? emptyTally();
    byLanguage.set(label.language, languageTally);
    const languageElements = byLanguageElement.get(label.language) ?? new Map(ELEMENT_IDS.map((id) => [id, emptyTally()]));
    byLanguageElement.set(label.language, languageElements);

    for (const [id, truth] of Object.entries(label.elements)) {
      if (truth.unsure || !byElement.has(id)) continue;
      const predicted = found.get(id);
      for (const tally of [byElement.get(id)!, languageElements.get(id)!, languageTally, overall]) {
        if (truth.present) tally.positives++;
        if (predicted && truth.present) tally.tp++;
        else if (predicted) tally.fp++;
        else if (truth.present) tally.fn++;
      }
      if (Boolean(predicted) !== truth.present) {
        const lines = result.document!.lines;
        const evidence = predicted
          ? ` [${predicted.source}] ${excerpt(text.slice(lines.offsetAt(predicted.range.start), lines.offsetAt(predicted.range.end)))}`
          : "";
        misses.push(`${predicted ? "FP" : "FN"} ${label.file} ${id}${evidence}`);
      }
    }
    const missingTally = missingSection.get(label.language) ?? { reported: 0, right: 0 };
    missingSection.set(label.language, missingTally);
    for (const finding of result.findings.filter((candidate) => candidate.rule === "missing-section")) {
      const id = String(finding.data?.element);
      const truth = label.elements[id];
      if (!truth || truth.unsure) continue;
      missingTally.reported++;
      if (truth.present) misses.push(`MISSING-SECTION FP ${label.file} ${id}`);
      else missingTally.right++;
    }
  }
  return { documents: documents.length, byElement, byLanguage, byLanguageElement, missingSection, overall, misses };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 140 ? `${flat.slice(0, 140)}…` : flat;
}
