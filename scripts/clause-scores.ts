/**
 * Scores the wording rules against sentence-level labels: shared by scripts/eval.ts (npm run eval) and
 * tests/clause-scores.test.ts. Two kinds of label:
 * - sentence sets in the CLAUDETTE format (claudette-dev, clauses-ru-dev): `sentences/X.txt` has one sentence a
 *   line, `tags/X.txt` that sentence's tags on the same line. Grades 2 and 3 are positives; grade 1 marks a fair
 *   clause, a negative that must not be flagged. A sentence counts as flagged when a finding of the rule starts on
 *   its line; the rules do not report fair clauses at all (their `unless` cues suppress them), so a flagged
 *   grade-1 sentence is a false positive, counted also in `fairFlagged`.
 * - the clauses of the corpus labels (labels/*.json): quotes of sentences a lawyer would flag, each found when a
 *   finding of its rule overlaps the quote in the document.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { type Language, type Rule, type Span, RULES, lint } from "../server/src/engine";
import type { Label, LabelledDocument, Tally } from "./element-scores";

export const WORDING_RULES: readonly Rule[] = RULES.filter((rule) => rule.meta.category === "wording");

/** CLAUDETTE tag → the rule that should flag the sentence; the other tags have no rule. */
export const TAG_RULES: Readonly<Record<string, string>> = { ltd: "liability-disclaimer", ch: "unilateral-change", use: "consent-by-use" };

export interface SentenceTally extends Tally {
  /** Fair (grade 1) sentences that were flagged; already counted in `fp`. */
  fairFlagged: number;
}

export interface SentenceMiss {
  kind: "FP" | "FN";
  file: string;
  /** One-based line in sentences/X.txt. */
  line: number;
  rule: string;
  /** 0 when the sentence has no tag for the rule. */
  grade: number;
  sentence: string;
}

export interface SentenceSetScore {
  files: number;
  sentences: number;
  byRule: Map<string, SentenceTally>;
  misses: SentenceMiss[];
}

export interface LabelledClause {
  rule: string;
  quote: string;
  unsure?: boolean;
}

/** A corpus label with the clauses a lawyer would flag. */
export interface ClauseLabel extends Label {
  clauses?: LabelledClause[];
}

export interface ClauseTally {
  labels: number;
  found: number;
}

export interface ClauseScore {
  documents: number;
  /** Per rule, for labels not marked unsure and for those marked unsure. */
  sure: Map<string, ClauseTally>;
  unsure: Map<string, ClauseTally>;
  /** Per rule, findings that overlap no label of their rule. */
  unlabelled: Map<string, number>;
  /** Quotes that are not in their document; left out of the tallies. */
  unlocated: string[];
  /** One line per clause that no finding overlaps. */
  misses: string[];
}

/** A file's lines, without the empty one after a final line break. */
function readLines(file: string): string[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** The highest grade per rule in one line of tags ("ltd2 ch2 j1"). */
export function gradesOf(tags: string): Map<string, number> {
  const grades = new Map<string, number>();
  for (const tag of tags.split(/\s+/)) {
    const match = /^([a-z]+)([123])$/.exec(tag);
    const rule = match && TAG_RULES[match[1]];
    if (rule) grades.set(rule, Math.max(grades.get(rule) ?? 0, Number(match[2])));
  }
  return grades;
}

/** Lints each file of a sentence set once, as one plain-text document with every sentence its own paragraph. */
export function scoreSentenceSet(setDir: string, language: Language, rules: readonly Rule[] = WORDING_RULES): SentenceSetScore {
  const scoredIds = Object.values(TAG_RULES);
  const scoredRules = rules.filter((rule) => scoredIds.includes(rule.meta.id));
  const byRule = new Map<string, SentenceTally>(scoredIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, positives: 0, fairFlagged: 0 }]));
  const misses: SentenceMiss[] = [];
  const files = readdirSync(path.join(setDir, "sentences")).filter((file) => file.endsWith(".txt")).sort();
  let sentenceCount = 0;

  for (const file of files) {
    const sentences = readLines(path.join(setDir, "sentences", file));
    const tags = readLines(path.join(setDir, "tags", file));
    sentenceCount += sentences.length;
    const result = lint({ text: sentences.join("\n\n"), fileName: file, options: { language }, rules: scoredRules });
    // Sentence i is on line 2i of the document.
    const flagged = new Set(result.findings.map((finding) => `${finding.rule} ${finding.range.start.line}`));

    sentences.forEach((sentence, index) => {
      const grades = gradesOf(tags[index] ?? "");
      for (const [rule, tally] of byRule) {
        const grade = grades.get(rule) ?? 0;
        const predicted = flagged.has(`${rule} ${2 * index}`);
        const positive = grade >= 2;
        if (positive) tally.positives++;
        if (positive && predicted) tally.tp++;
        else if (predicted) {
          tally.fp++;
          if (grade === 1) tally.fairFlagged++;
        } else if (positive) tally.fn++;
        if (positive !== predicted) misses.push({ kind: predicted ? "FP" : "FN", file, line: index + 1, rule, grade, sentence });
      }
    });
  }
  return { files: files.length, sentences: sentenceCount, byRule, misses };
}

/** Harmonic mean of precision and recall; NaN when nothing is positive and nothing was predicted. */
export function f1(tally: Tally): number {
  return (2 * tally.tp) / (2 * tally.tp + tally.fp + tally.fn || NaN);
}

/** Characters dropped when a quote is matched past Markdown markup. */
const MARKUP = /[*_#>`\\]/;

/**
 * The text with runs of whitespace made one space, and with `dropMarkup` also without Markdown markers,
 * together with each remaining character's offset in the original text.
 */
function normalise(text: string, dropMarkup: boolean): { text: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (dropMarkup && MARKUP.test(text[i])) continue;
    const isSpace = /\s/.test(text[i]);
    if (isSpace && (chars.length === 0 || chars.at(-1) === " ")) continue;
    chars.push(isSpace ? " " : text[i]);
    offsets.push(i);
  }
  return { text: chars.join(""), offsets };
}

/**
 * Where a quote occurs in a text, ignoring differences in whitespace; when that finds nothing, also ignoring
 * Markdown markers (`*`, `_`, `#`, `>`, backticks, backslashes) on either side. Empty when it does not occur.
 */
export function locateQuote(text: string, quote: string): Span[] {
  for (const dropMarkup of [false, true]) {
    const haystack = normalise(text, dropMarkup);
    const needle = normalise(quote, dropMarkup).text.trim();
    if (!needle) return [];
    const spans: Span[] = [];
    for (let at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + 1)) {
      spans.push({ start: haystack.offsets[at], end: haystack.offsets[at + needle.length - 1] + 1 });
    }
    if (spans.length) return spans;
  }
  return [];
}

/** Whether a finding overlaps a span; an empty finding counts as its first character. */
export function overlaps(finding: Span, quote: Span): boolean {
  return finding.start < quote.end && quote.start < Math.max(finding.end, finding.start + 1);
}

/** The text on one line, cut at 140 characters. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 140)}…` : flat;
}

/** Lints each labelled document with the wording rules and checks its labelled clauses against the findings. */
export function scoreLabelledClauses(documents: LabelledDocument[], rules: readonly Rule[] = WORDING_RULES): ClauseScore {
  const score: ClauseScore = { documents: documents.length, sure: new Map(), unsure: new Map(), unlabelled: new Map(), unlocated: [], misses: [] };

  for (const { label, documentPath } of documents) {
    const result = lint({ text: readFileSync(documentPath, "utf8"), fileName: documentPath, rules });
    const { text, lines } = result.document!;
    const findings = result.findings.map((finding) => ({ finding, start: lines.offsetAt(finding.range.start), end: lines.offsetAt(finding.range.end) }));
    const located: { rule: string; spans: Span[] }[] = [];

    for (const clause of (label as ClauseLabel).clauses ?? []) {
      const spans = locateQuote(text, clause.quote);
      if (!spans.length) {
        score.unlocated.push(`${label.file} ${clause.rule}: ${excerpt(clause.quote)}`);
        continue;
      }
      located.push({ rule: clause.rule, spans });
      const hits = findings.filter(({ finding, ...span }) => finding.rule === clause.rule && spans.some((quote) => overlaps(span, quote)));
      const byRule = clause.unsure ? score.unsure : score.sure;
      const tally = byRule.get(clause.rule) ?? { labels: 0, found: 0 };
      byRule.set(clause.rule, tally);
      tally.labels++;
      if (hits.length) tally.found++;
      if (!hits.length) score.misses.push(`missed ${label.file} ${clause.rule}${clause.unsure ? " (unsure)" : ""}: ${excerpt(clause.quote)}`);
    }

    for (const { finding, ...span } of findings) {
      if (located.some(({ rule, spans }) => rule === finding.rule && spans.some((quote) => overlaps(span, quote)))) continue;
      score.unlabelled.set(finding.rule, (score.unlabelled.get(finding.rule) ?? 0) + 1);
    }
  }
  return score;
}
