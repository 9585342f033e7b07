/**
 * Scores element detection against hand labels (npm run eval), on two sets:
 * - the labelled corpus in ../shared/corpus/labels (skipped when the corpus is absent);
 * - our own generalisation set in tests/fixtures/generalisation, written independently of the
 *   corpus so that vocabulary tuned on the corpus is checked on wording it has not seen.
 * Prints precision and recall per element, per language and overall. `--misses` also lists every
 * wrong pair with the evidence the detector chose.
 * The CLAUDETTE sentences in the corpus are for the wording rules and are scored elsewhere.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { type LabelledDocument, type Tally, precision, readLabels, recall, scoreDocuments } from "./element-scores";

const repoRoot = path.resolve(__dirname, "..");
const corpus = path.resolve(repoRoot, "..", "shared", "corpus");
const labelsDir = path.join(corpus, "labels");
const ownSetDir = path.join(repoRoot, "tests", "fixtures", "generalisation");
const showMisses = process.argv.includes("--misses");

function ratio(value: number): string {
  return Number.isNaN(value) ? "  -  " : value.toFixed(2).padStart(5);
}

function row(name: string, tally: Tally): string {
  return `${name.padEnd(24)} ${ratio(precision(tally))}  ${ratio(recall(tally))}  ${String(tally.tp).padStart(3)} ${String(tally.fp).padStart(3)} ${String(tally.fn).padStart(3)}`;
}

function report(title: string, documents: LabelledDocument[]): void {
  const score = scoreDocuments(documents);
  console.log(`Element detection on ${score.documents} labelled documents, ${title} (unsure labels left out)\n`);
  console.log(`${"".padEnd(24)} prec.  recall   tp  fp  fn`);
  for (const [id, tally] of score.byElement) console.log(row(id, tally) + (tally.positives < 3 ? "   (fewer than 3 positives)" : ""));
  console.log("");
  for (const [language, tally] of [...score.byLanguage].sort()) console.log(row(`language ${language}`, tally));
  console.log(row("overall", score.overall));
  if (showMisses && score.misses.length) console.log(`\n${score.misses.join("\n")}`);
}

function findCorpusDocument(file: string): string | undefined {
  return ["seeds", "policies"].map((dir) => path.join(corpus, dir, file)).find((candidate) => existsSync(candidate));
}

function main(): void {
  const started = Date.now();
  if (existsSync(labelsDir)) {
    const { documents, unmatched } = readLabels(labelsDir, findCorpusDocument);
    for (const name of unmatched) console.log(`eval: ${name} names a document that is not in seeds/ or policies/; left out`);
    report("corpus", documents);
    console.log("\nThe CLAUDETTE sentences (claudette-dev) are for the wording rules and are scored by their own tests.\n");
  } else {
    console.log(`eval: corpus skipped, no labelled corpus at ${path.relative(repoRoot, labelsDir)}\n`);
  }
  const ownSet = readLabels(ownSetDir, (file) => path.join(ownSetDir, file));
  report("own generalisation set (tests/fixtures/generalisation)", ownSet.documents);
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
