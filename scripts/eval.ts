/**
 * Scores element detection against the hand labels in ../shared/corpus/labels (npm run eval).
 * Each (document, element) pair that is labelled and not marked unsure counts once: the element is
 * predicted present when lint() reports it. Prints precision and recall per element, per language and
 * overall. `--misses` also lists every wrong pair with the evidence the detector chose.
 * The CLAUDETTE sentences in the corpus are for the wording rules and are scored elsewhere.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ELEMENT_IDS, lint } from "../server/src/engine";

interface Label {
  file: string;
  language: string;
  elements: Record<string, { present: boolean; unsure?: boolean }>;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  positives: number;
}

const repoRoot = path.resolve(__dirname, "..");
const corpus = path.resolve(repoRoot, "..", "shared", "corpus");
const labelsDir = path.join(corpus, "labels");
const showMisses = process.argv.includes("--misses");

function findDocument(file: string): string | undefined {
  return ["seeds", "policies"].map((dir) => path.join(corpus, dir, file)).find((candidate) => existsSync(candidate));
}

function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, positives: 0 };
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "  -  " : (part / whole).toFixed(2).padStart(5);
}

function row(name: string, tally: Tally): string {
  const precision = ratio(tally.tp, tally.tp + tally.fp);
  const recall = ratio(tally.tp, tally.tp + tally.fn);
  return `${name.padEnd(24)} ${precision}  ${recall}  ${String(tally.tp).padStart(3)} ${String(tally.fp).padStart(3)} ${String(tally.fn).padStart(3)}`;
}

function main(): void {
  if (!existsSync(labelsDir)) {
    console.log(`eval: skipped, no labelled corpus at ${path.relative(repoRoot, labelsDir)}`);
    return;
  }
  const started = Date.now();
  const byElement = new Map<string, Tally>(ELEMENT_IDS.map((id) => [id, emptyTally()]));
  const byLanguage = new Map<string, Tally>();
  const overall = emptyTally();
  const misses: string[] = [];
  let documents = 0;

  for (const name of readdirSync(labelsDir).filter((file) => file.endsWith(".json")).sort()) {
    const label = JSON.parse(readFileSync(path.join(labelsDir, name), "utf8")) as Label;
    const documentPath = findDocument(label.file);
    if (!documentPath) {
      console.log(`eval: ${name} names ${label.file}, which is not in seeds/ or policies/; left out`);
      continue;
    }
    documents++;
    const text = readFileSync(documentPath, "utf8");
    const result = lint({ text, fileName: documentPath });
    const found = new Map(result.elements.map((element) => [element.id, element]));
    const languageTally = byLanguage.get(label.language) ?? emptyTally();
    byLanguage.set(label.language, languageTally);

    for (const [id, truth] of Object.entries(label.elements)) {
      if (truth.unsure || !byElement.has(id)) continue;
      const predicted = found.get(id);
      for (const tally of [byElement.get(id)!, languageTally, overall]) {
        if (truth.present) tally.positives++;
        if (predicted && truth.present) tally.tp++;
        else if (predicted) tally.fp++;
        else if (truth.present) tally.fn++;
      }
      if (showMisses && Boolean(predicted) !== truth.present) {
        const evidence = predicted
          ? ` [${predicted.source}] ${sliceRange(text, result.document!.lines.offsetAt(predicted.range.start), result.document!.lines.offsetAt(predicted.range.end))}`
          : "";
        misses.push(`${predicted ? "FP" : "FN"} ${label.file} ${id}${evidence}`);
      }
    }
  }

  const header = `${"".padEnd(24)} prec.  recall   tp  fp  fn`;
  console.log(`Element detection on ${documents} labelled documents (unsure labels left out)\n`);
  console.log(header);
  for (const [id, tally] of byElement) console.log(row(id, tally) + (tally.positives < 3 ? "   (fewer than 3 positives)" : ""));
  console.log("");
  for (const [language, tally] of [...byLanguage].sort()) console.log(row(`language ${language}`, tally));
  console.log(row("overall", overall));
  console.log("\nThe CLAUDETTE sentences (claudette-dev) are for the wording rules and are scored by their own tests.");
  if (misses.length) console.log(`\n${misses.join("\n")}`);
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function sliceRange(text: string, start: number, end: number): string {
  const excerpt = text.slice(start, end).replace(/\s+/g, " ");
  return excerpt.length > 140 ? `${excerpt.slice(0, 140)}…` : excerpt;
}

main();
