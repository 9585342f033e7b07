import type { PolicyDocument } from "../../document";
import { message } from "../../messages";
import type { OffsetEdit, Report, Rule, RuleContext } from "../../rule";
import type { Language } from "../../types";
import { calendarDay, dayKey, dayRange, daysInMonth, formatDate, isoDate, readDateAt, type CalendarDate } from "../../dates";
import { foldYo, lineBreakOf, LineIndex, wordPattern } from "../../text";
import { RunScanner } from "../../run-scanner";

/**
 * Labels that introduce the policy's date. Matched against the prose with ё folded to е; Russian
 * labels are stems so that every case form counts ("даты вступления в силу", "в редакции от").
 */
const LABELS = wordPattern(
  [
    "last\\s+(?:updated|modified|revised|reviewed|changed|amended)(?:\\s+(?:on|as\\s+of))?",
    "(?:updated|revised|modified|published)(?:\\s+(?:on|as\\s+of))?",
    "effective(?:\\s+date)?(?:\\s+(?:as\\s+of|from|on|since))?",
    "(?:takes?|took|in)\\s+effect(?:\\s+(?:as\\s+of|from|on|since))?",
    "version\\s+(?:of|dated|date)",
    "(?:date\\s+of\\s+(?:the\\s+)?(?:last\\s+)?(?:revision|update|modification|publication)|revision\\s+date|publication\\s+date)",
    "дат\\p{L}*\\s+(?:последн\\p{L}*\\s+)?(?:обновлени|изменени|редакци|актуализаци|публикаци|размещени|утверждени)\\p{L}*",
    "последн\\p{L}*\\s+(?:обновлени|изменени|редакци)\\p{L}*",
    // Short participles only: "обновлено", "изменена", not "обновления" or "изменения" in running text.
    "(?:последний\\s+раз\\s+)?(?:обновлен|изменен|опубликован)[аоы]?",
    "(?:дат\\p{L}*\\s+)?вступлени\\p{L}*\\s+в\\s+силу",
    "вступ(?:ает|ил\\p{L}*|ит)\\s+в\\s+силу",
    "(?:в\\s+)?(?:редакци|верси)\\p{L}*\\s+от",
    "действу\\p{L}*\\s+с",
  ].join("|"),
  "giu",
);

/** What may stand between a label and its date: a colon or dash, markup, a preposition. */
const CONNECTOR = /[\s*_]*(?<punctuation>[:：]|[-–—](?=\s))?[\s*_]*(?:(?:on|as\s+of|of|from|since|с|со|от)\s+)?(?:the\s+)?/iuy;

/** Front matter keys that hold the policy's date. */
const FRONT_MATTER_KEY =
  /^(?:last[_-]?updated|lastUpdated|last[_-]?modified|lastModified|updated|modified|date|effective(?:[_-]?date)?|effectiveDate|revised)[ \t]*:[ \t]*(?<value>.*)$/gmu;

interface Candidate {
  start: number;
  end: number;
  /** Absent when the text after a label is not a date that exists. */
  date?: CalendarDate;
}

export const effectiveDate: Rule = {
  meta: {
    id: "effective-date",
    category: "completeness",
    severity: "warning",
    description: message("en", "effective-date.description"),
    explanation: message("en", "effective-date.explanation"),
    languages: ["en", "ru"],
    legalSource: "CCPA regulations 11 CCR §7011(e)(7); CalOPPA Cal. Bus. & Prof. Code §22575(b)(4)",
    fixable: true,
  },
  check({ document, language, now, report, message: say }) {
    const today = calendarDay(now ?? new Date());
    const todayKey = dayKey(today.year, today.month, today.day);
    // The example line is inserted into the document, so it is in the document's language whatever the messages speak.
    const example = message(language, "effective-date.example", { date: formatDate(today, language) });
    const candidates = findCandidates(document, language);

    for (const { start, end } of candidates.filter((candidate) => !candidate.date)) {
      const written = document.text.slice(start, end);
      report({ start, end, message: say("effective-date.unreadable", { written, example }) });
    }
    const dated = candidates.filter((candidate): candidate is Required<Candidate> => candidate.date !== undefined);
    const future = dated.filter(({ date }) => dayRange(date)[0] > todayKey);
    for (const { start, end, date } of future) {
      report({
        start,
        end,
        message: say("effective-date.future", { date: isoDate(date), example }),
        data: { date: isoDate(date) },
      });
    }
    const past = dated.filter((candidate) => !future.includes(candidate));
    if (past.length) {
      const latest = past.reduce((a, b) => (dayRange(b.date)[1] > dayRange(a.date)[1] ? b : a));
      const yearAgo = dayKey(today.year - 1, today.month, Math.min(today.day, daysInMonth(today.year - 1, today.month)));
      if (dayRange(latest.date)[1] < yearAgo) {
        report({
          start: latest.start,
          end: latest.end,
          message: say("effective-date.stale", { date: isoDate(latest.date), example }),
          data: { date: isoDate(latest.date) },
        });
      }
    }
    if (!candidates.length) reportMissing(document, example, report, say);
  },
};

function findCandidates(document: PolicyDocument, language: Language): Candidate[] {
  const found = new Map<number, Candidate>();
  const add = (candidate: Candidate): void => {
    if (!found.has(candidate.start)) found.set(candidate.start, candidate);
  };
  for (const candidate of datesInProse.find(document, language)) add(candidate);

  const { text, frontMatter } = document;
  if (frontMatter) {
    const source = text.slice(frontMatter.start, frontMatter.end);
    for (const entry of source.matchAll(FRONT_MATTER_KEY)) {
      // A YAML comment; `\s+#` would be quadratic on a long run of spaces.
      const raw = entry.groups!.value.replace(/\s#.*$/u, "").trim();
      const quote = /^(["'])(.*)\1$/u.exec(raw);
      const value = quote ? quote[2] : raw;
      if (!value) continue;
      const start = frontMatter.start + entry.index + entry[0].indexOf(raw) + (quote ? 1 : 0);
      add(readDateAt(text, start, language) ?? { start, end: start + value.length });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** Far enough past a run's end for the date after a label that ends it ("Last updated:" then the date). */
const DATE_LOOKAHEAD = 128;

const datesInProse = new RunScanner<Candidate>((_text, prose, language) => proseDates(prose, language as Language), DATE_LOOKAHEAD);

/** The dates a label introduces, and lines that hold nothing but a date, as many policies put under their title. */
function proseDates(prose: string, language: Language): Candidate[] {
  const found: Candidate[] = [];
  const lines = new LineIndex(prose);
  const folded = foldYo(prose);
  for (const label of folded.matchAll(LABELS)) {
    CONNECTOR.lastIndex = label.index + label[0].length;
    const connector = CONNECTOR.exec(folded)!;
    const at = CONNECTOR.lastIndex;
    const match = readDateAt(folded, at, language);
    if (match) {
      found.push(match);
      continue;
    }
    // "Last updated: sometime in 2018" is a date gone wrong; "дата последнего обновления указывается" is a sentence.
    const line = lines.positionAt(label.index).line;
    const opensLine = /^\s*(?:[-*•]\s*)?$/u.test(prose.slice(lines.lineStart(line), label.index));
    if (opensLine && connector.groups?.punctuation) {
      const end = dateTextEnd(prose, at, lines.lineEnd(line));
      if (end > at) found.push({ start: at, end });
    }
  }
  for (let line = 0; line < lines.lineCount; line++) {
    const lineEnd = lines.lineEnd(line);
    const content = prose.slice(lines.lineStart(line), lineEnd);
    const trimmed = content.trim();
    if (!trimmed || trimmed.length > 40 || !/\d/u.test(trimmed)) continue;
    const match = readDateAt(prose, lines.lineStart(line) + content.indexOf(trimmed), language);
    if (match?.date && /^\s*\.?\s*$/u.test(prose.slice(match.end, lineEnd))) found.push(match);
  }
  return found;
}

/** The text a label introduces: up to the end of its line or clause, at most 60 characters. */
function dateTextEnd(prose: string, from: number, lineEnd: number): number {
  const clause = prose.slice(from, lineEnd).search(/[;(]|[.,]\s/u);
  const end = Math.min(clause < 0 ? lineEnd : from + clause, from + 60);
  return from + prose.slice(from, end).trimEnd().replace(/\.$/u, "").length;
}

/** One finding on the title line, with a fix that inserts a dated line under it for the author to confirm. */
function reportMissing(document: PolicyDocument, example: string, report: (report: Report) => void, say: RuleContext["message"]): void {
  const { text, lines } = document;
  // The line after the front matter's closing fence (its span ends at the fence in Markdown, after it in plain text).
  let title = document.frontMatter ? lines.positionAt(document.frontMatter.end - 1).line + 1 : 0;
  while (title < lines.lineCount && !lines.lineText(title).trim()) title++;
  if (title >= lines.lineCount) return;
  const start = lines.lineStart(title);
  const end = lines.lineEnd(title);
  const content = text.slice(start, end);
  const firstNonSpace = start + content.length - content.trimStart().length;
  const newline = lineBreakOf(text);
  const heading = document.headings.find((candidate) => candidate.start >= start && candidate.start < end);
  // Under the title when there is one (after a setext underline too); otherwise at the top, above the first paragraph.
  // At the line's start, not after its indentation: four spaces or a tab would make the new line code.
  let edit: OffsetEdit = { start, end: start, newText: `${example}${newline}${newline}` };
  if (heading) {
    const last = lines.positionAt(heading.end).line;
    const after = lines.lineEnd(last);
    const nextIsBlank = last + 1 >= lines.lineCount || !lines.lineText(last + 1).trim();
    edit = { start: after, end: after, newText: `${newline}${newline}${example}${nextIsBlank ? "" : newline}` };
  }
  report({
    start: firstNonSpace,
    end,
    message: say("effective-date.missing", { example }),
    fixes: [{ title: say("effective-date.fixAdd", { example }), edits: [edit], preferred: false }],
  });
}
