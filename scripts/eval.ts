/**
 * Scores the engine against hand labels (npm run eval).
 * Element detection, on two sets:
 * - the labelled corpus in ../shared/corpus/labels;
 * - our own generalisation set in tests/fixtures/generalisation, written independently of the
 *   corpus so that vocabulary tuned on the corpus is checked on wording it has not seen.
 * Prints precision and recall per element, per language and overall.
 * The wording rules, sentence by sentence (scripts/clause-scores.ts):
 * - the CLAUDETTE-format sentence sets ../shared/corpus/claudette-dev (English) and clauses-ru-dev (Russian):
 *   precision, recall and F1 per rule, and how many fair (grade 1) sentences were flagged;
 * - our own wording set in tests/fixtures/wording (same format, sentences written for this project and labelled
 *   before the rules were first run on them);
 * - the clauses of the corpus labels: recall per rule for sure and unsure labels, and the findings no label explains.
 * Contact details (scripts/contact-scores.ts), the contacts of the corpus labels: how many unusable ones the contact
 * rules (or `placeholder`) flag, and how many usable ones they report as errors, per kind and overall.
 * Every corpus part is skipped when the corpus is absent. `--misses` also lists every wrong pair with the
 * evidence the detector chose, every wrong sentence and every missed clause.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lint, type Language } from "../server/src/engine";
import { WORD } from "../server/src/engine/plain/readability";
import { scoreTranslationPair, translationPairs } from "./translation-scores";
import { type ContactMiss, type ContactTally, scoreContacts } from "./contact-scores";
import { type ClauseTally, type SentenceTally, excerpt, f1, scoreLabelledClauses, scoreSentenceSet } from "./clause-scores";
import { type LabelledDocument, type Tally, precision, readLabels, recall, scoreDocuments } from "./element-scores";

const repoRoot = path.resolve(__dirname, "..");
const corpus = path.resolve(repoRoot, "..", "shared", "corpus");
const labelsDir = path.join(corpus, "labels");
const ownSetDir = path.join(repoRoot, "tests", "fixtures", "generalisation");
/** Sentences written for this project and labelled before the wording rules were first run on them. */
const ownWordingDir = path.join(repoRoot, "tests", "fixtures", "wording");
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
  console.log("");
  for (const [language, elements] of [...score.byLanguageElement].sort()) {
    const missing = score.missingSection.get(language)!;
    const weak = [...elements].filter(([, tally]) => recall(tally) < 0.8).map(([id, tally]) => `${id} ${tally.tp}/${tally.tp + tally.fn}`);
    console.log(`${language}: missing-section precision ${ratio(missing.right / missing.reported).trim()} (${missing.right} of ${missing.reported} reported absent are absent); recall under 0.80: ${weak.join(", ") || "none"}`);
  }
  if (showMisses && score.misses.length) console.log(`\n${score.misses.join("\n")}`);
}

function findCorpusDocument(file: string): string | undefined {
  return ["seeds", "policies"].map((dir) => path.join(corpus, dir, file)).find((candidate) => existsSync(candidate));
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function count(value: number, width = 3): string {
  return String(value).padStart(width);
}

function sentenceRow(name: string, tally: SentenceTally): string {
  return `${name.padEnd(24)} ${ratio(precision(tally))}  ${ratio(recall(tally))}  ${ratio(f1(tally))}  ${count(tally.tp)} ${count(tally.fp)} ${count(tally.fn)}  ${count(tally.fairFlagged, 4)}`;
}

function reportSentenceSet(name: string, setDir: string, language: Language): void {
  if (!existsSync(setDir)) {
    console.log(`eval: ${name} skipped, no sentence set at ${path.relative(repoRoot, setDir)}\n`);
    return;
  }
  const started = Date.now();
  const score = scoreSentenceSet(setDir, language);
  console.log(`Wording rules on the sentences of ${name} (${language}): ${score.files} files, ${score.sentences} sentences, ${seconds(started)}`);
  console.log("(fair: fair (grade 1) sentences that were flagged; they count as fp too)\n");
  console.log(`${"".padEnd(24)} prec.  recall   F1     tp  fp  fn  fair`);
  const all: SentenceTally = { tp: 0, fp: 0, fn: 0, positives: 0, fairFlagged: 0 };
  for (const [rule, tally] of score.byRule) {
    console.log(sentenceRow(rule, tally));
    for (const key of ["tp", "fp", "fn", "positives", "fairFlagged"] as const) all[key] += tally[key];
  }
  console.log(sentenceRow("all rules", all));
  if (showMisses && score.misses.length) {
    const lines = score.misses.map((miss) => `${miss.kind} ${name} ${miss.file}:${miss.line} ${miss.rule} grade ${miss.grade}: ${excerpt(miss.sentence)}`);
    console.log(`\n${lines.join("\n")}`);
  }
  console.log("");
}

function clauseCells(tally: ClauseTally | undefined): string {
  const { labels, found } = tally ?? { labels: 0, found: 0 };
  return `${ratio(found / labels)}  ${`${found}/${labels}`.padStart(6)}`;
}

function sumClauses(tallies: Iterable<ClauseTally>): ClauseTally {
  const sum = { labels: 0, found: 0 };
  for (const tally of tallies) for (const key of ["labels", "found"] as const) sum[key] += tally[key];
  return sum;
}

function reportLabelledClauses(documents: LabelledDocument[]): void {
  const started = Date.now();
  const score = scoreLabelledClauses(documents);
  for (const quote of score.unlocated) console.log(`eval: quote not found in its document, left out: ${quote}`);
  console.log(`Wording rules on the clauses of ${score.documents} labelled documents, ${seconds(started)}`);
  console.log("(found: a finding of the rule overlaps the quote)\n");
  console.log(`${"".padEnd(24)} sure labels      unsure labels`);
  console.log(`${"".padEnd(24)} recall   found   recall   found`);
  const rules = [...new Set([...score.sure.keys(), ...score.unsure.keys()])].sort();
  for (const rule of rules) console.log(`${rule.padEnd(24)} ${clauseCells(score.sure.get(rule))}   ${clauseCells(score.unsure.get(rule))}`);
  console.log(`${"overall".padEnd(24)} ${clauseCells(sumClauses(score.sure.values()))}   ${clauseCells(sumClauses(score.unsure.values()))}`);
  const unlabelled = [...score.unlabelled].sort().map(([rule, flagged]) => `${rule} ${flagged}`);
  console.log(`\nUnlabelled findings (matching no label; for information): ${unlabelled.join(", ") || "none"}`);
  if (showMisses && score.misses.length) console.log(`\n${score.misses.join("\n")}`);
  console.log("");
}

function contactCells(found: number, of: number): string {
  return `${ratio(found / of)}  ${`${found}/${of}`.padStart(6)}`;
}

function contactRow(name: string, tally: ContactTally): string {
  return `${name.padEnd(24)} ${contactCells(tally.flagged, tally.unusable)}   ${contactCells(tally.falseErrors, tally.usable)}`;
}

function contactMiss(miss: ContactMiss): string {
  const head = `${miss.kind} ${miss.file} ${miss.contact.kind} ${JSON.stringify(miss.contact.text)}`;
  const findings = miss.findings.map((finding) => `${finding.rule} (${finding.severity}): ${excerpt(finding.message)}`).join("; ");
  if (miss.kind === "false error") return `${head}: ${findings}`;
  const why = miss.contact.why ? ` (unusable: ${excerpt(miss.contact.why)})` : "";
  return `${head}: ${findings ? `overlapped only by ${findings}` : "no finding overlaps it"}${why}`;
}

function reportContacts(documents: LabelledDocument[]): void {
  const started = Date.now();
  const score = scoreContacts(documents);
  if (score.overall.unusable + score.overall.usable + score.unlocated.length === 0) {
    console.log("eval: contact details skipped, no label lists contacts\n");
    return;
  }
  for (const failure of score.failures) console.log(`eval: ${failure}`);
  for (const contact of score.unlocated) console.log(`eval: contact not found in its document, left out: ${contact}`);
  console.log(`Contact details in ${score.documents} labelled documents with contacts, ${seconds(started)}`);
  console.log("(flagged: an unusable contact that a contact-* or placeholder finding of severity error or warning overlaps;");
  console.log(" errors: a usable contact that such a finding of severity error overlaps)\n");
  console.log(`${"".padEnd(24)} unusable         usable`);
  console.log(`${"".padEnd(24)} flagged   n/N    errors    m/M`);
  for (const [kind, tally] of score.byKind) console.log(contactRow(kind, tally));
  console.log(contactRow("overall", score.overall));
  if (showMisses && score.misses.length) console.log(`\n${score.misses.map(contactMiss).join("\n")}`);
  console.log("");
}

/** translation-mismatch: nothing on the real pairs, every planted difference found from both sides. */
function reportTranslations(): void {
  const pairs = translationPairs(path.join(corpus, "policies"));
  console.log(`translation-mismatch on ${pairs.length} real English/Russian pair(s) of the corpus\n`);
  let planted = 0;
  let found = 0;
  for (const pair of pairs) {
    const score = scoreTranslationPair(pair);
    console.log(`${score.pair}: ${score.falseMismatches.length} false mismatch(es) on the unchanged pair`);
    for (const message of score.falseMismatches) console.log(`  false: ${message}`);
    for (const plant of score.planted) console.log(`  ${plant.found ? "found  " : "MISSED "} ${plant.name}`);
    planted += score.planted.length;
    found += score.planted.filter((plant) => plant.found).length;
  }
  console.log(`planted differences found: ${found} of ${planted}\n`);
}

/** The plain-language bar: at most one finding per 500 words of published policies at default settings. */
function reportPlainLanguage(): void {
  const totals = new Map<string, { words: number; findings: number; documents: number }>();
  const rows: string[] = [];
  for (const dir of ["policies", "seeds"]) {
    for (const name of readdirSync(path.join(corpus, dir)).sort()) {
      const text = readFileSync(path.join(corpus, dir, name), "utf8");
      const result = lint({ text, fileName: name });
      const words = result.document?.prose.match(WORD)?.length ?? 0;
      const findings = result.findings.filter((finding) => finding.rule === "plain-language").length;
      rows.push(`${name.padEnd(48)} ${result.language}  ${String(words).padStart(6)}  ${String(findings).padStart(4)}  ${per500(findings, words)}`);
      for (const key of [result.language, "overall"]) {
        const total = totals.get(key) ?? { words: 0, findings: 0, documents: 0 };
        totals.set(key, { words: total.words + words, findings: total.findings + findings, documents: total.documents + 1 });
      }
    }
  }
  console.log("plain-language on the corpus policies and seeds, default settings (bar: at most 1 per 500 words)\n");
  console.log(`${"".padEnd(48)} lang  words  found  per 500 words`);
  if (showMisses) console.log(rows.join("\n"));
  for (const [key, total] of totals) console.log(`${`${key} (${total.documents} documents)`.padEnd(52)} ${String(total.words).padStart(6)}  ${String(total.findings).padStart(4)}  ${per500(total.findings, total.words)}`);
  console.log("");
}

function per500(findings: number, words: number): string {
  return ((findings / words) * 500).toFixed(2).padStart(5);
}

function main(): void {
  const started = Date.now();
  const corpusDocuments = existsSync(labelsDir) ? readLabels(labelsDir, findCorpusDocument) : undefined;
  if (corpusDocuments) {
    for (const name of corpusDocuments.unmatched) console.log(`eval: ${name} names a document that is not in seeds/ or policies/; left out`);
    report("corpus", corpusDocuments.documents);
    console.log("");
  } else {
    console.log(`eval: corpus elements and labelled clauses skipped, no labelled corpus at ${path.relative(repoRoot, labelsDir)}\n`);
  }
  const ownSet = readLabels(ownSetDir, (file) => path.join(ownSetDir, file));
  report("own generalisation set (tests/fixtures/generalisation)", ownSet.documents);
  console.log("");

  if (existsSync(corpus)) {
    reportSentenceSet("claudette-dev", path.join(corpus, "claudette-dev"), "en");
    reportSentenceSet("clauses-ru-dev", path.join(corpus, "clauses-ru-dev"), "ru");
  } else {
    console.log(`eval: wording rules skipped, no corpus at ${path.relative(repoRoot, corpus)}\n`);
  }
  for (const language of ["en", "ru"] as const) {
    reportSentenceSet(`own wording set ${language} (tests/fixtures/wording)`, path.join(ownWordingDir, language), language);
  }
  if (corpusDocuments) reportLabelledClauses(corpusDocuments.documents);
  if (corpusDocuments) reportContacts(corpusDocuments.documents);
  if (existsSync(corpus)) {
    reportTranslations();
    reportPlainLanguage();
  }
  else console.log(`eval: contact details skipped, no labelled corpus at ${path.relative(repoRoot, labelsDir)}\n`);
  console.log(seconds(started));
}

main();
