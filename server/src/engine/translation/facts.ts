import type { CountryCode } from "libphonenumber-js/max";
import { findContacts } from "../contacts/find";
import { isoDate, readDateAt } from "../dates";
import type { PolicyDocument, Span } from "../document";
import type { ElementEvidence } from "../elements/detect";
import type { Language } from "../types";

/**
 * What two versions of a policy in different languages must share, read without translating: the elements,
 * contact details (postal codes too), dates, numbers with units (in figures or words), named laws, the names
 * a Russian version keeps in Latin letters, and the number of sections.
 */
export type FactKind = "element" | "contact" | "date" | "quantity" | "law" | "name";

export interface Fact extends Span {
  kind: FactKind;
  /** Equal in both languages when the facts agree: an element id, an address, an ISO date, "30 day". */
  key: string;
  /** Facts of one group can be told apart as one changed value: a contact's kind, a quantity's unit. */
  group: string;
  /** As the document writes it. */
  written: string;
}

export interface PolicyFacts {
  facts: Fact[];
  /**
   * Names a Russian version keeps in Latin letters (services, products, recipients: "Google Analytics",
   * "Firefox"), which an English version must name too; none for an English version, whose names are
   * translated or not at the translator's choice.
   */
  latinNames: Fact[];
  /** The prose, lower-case, on one line: where the other version's Latin names are looked for. */
  flatProse: string;
  /** Top-level sections, below the document's title. */
  sections: number;
}

/** Units of time, by the unit they count in; Russian by stem, whatever the case. */
const UNITS: [RegExp, string][] = [
  [/^(?:hours?|час\p{L}*)$/u, "hour"],
  [/^(?:days?|business days?|дн\p{L}*|день|сут\p{L}*)$/u, "day"],
  [/^(?:weeks?|недел\p{L}*)$/u, "week"],
  [/^(?:months?|месяц\p{L}*)$/u, "month"],
  [/^(?:years?|год\p{L}*|лет)$/u, "year"],
];
/** "30 days", "90 (девяноста) дней", "12 months", «3 рабочих дня». Lower-case text. */
const QUANTITY = /(?<![\p{L}\p{N}.,])(\d{1,4})(?:\s*\([^)\n]{1,30}\))?\s+(?:(?:calendar|business|working|рабочих|календарных)\s+)?(\p{L}+)/gu;
/** Numbers written as words, as policies write periods ("thirty days", «в течение тридцати дней»): each form's value. */
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  (
    [
      [1, "one", "один одного одному одним одном одна одной одну одно"],
      [2, "two", "два две двух двум двумя"],
      [3, "three", "три трёх трех трём трем тремя"],
      [4, "four", "четыре четырёх четырех четырём четырем четырьмя"],
      [5, "five", "пять пяти пятью"],
      [6, "six", "шесть шести шестью"],
      [7, "seven", "семь семи семью"],
      [8, "eight", "восемь восьми восемью восьмью"],
      [9, "nine", "девять девяти девятью"],
      [10, "ten", "десять десяти десятью"],
      [11, "eleven", "одиннадцать одиннадцати"],
      [12, "twelve", "двенадцать двенадцати"],
      [13, "thirteen", "тринадцать тринадцати"],
      [14, "fourteen", "четырнадцать четырнадцати"],
      [15, "fifteen", "пятнадцать пятнадцати"],
      [16, "sixteen", "шестнадцать шестнадцати"],
      [17, "seventeen", "семнадцать семнадцати"],
      [18, "eighteen", "восемнадцать восемнадцати"],
      [19, "nineteen", "девятнадцать девятнадцати"],
      [20, "twenty", "двадцать двадцати"],
      [30, "thirty", "тридцать тридцати"],
      [40, "forty", "сорок сорока"],
      [50, "fifty", "пятьдесят пятидесяти"],
      [60, "sixty", "шестьдесят шестидесяти"],
      [70, "seventy", "семьдесят семидесяти"],
      [80, "eighty", "восемьдесят восьмидесяти"],
      [90, "ninety", "девяносто девяноста"],
    ] as const
  ).flatMap(([value, english, russian]) => [english, ...russian.split(" ")].map((form) => [form, value])),
);
const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|");
/** "thirty days", "twenty-one days", "thirty (30) days", «тридцати одного дня», «десяти рабочих дней». Lower-case text. */
const WORD_QUANTITY = new RegExp(
  `(?<![\\p{L}])((?:${NUMBER_WORD})(?:[\\s-]+(?:${NUMBER_WORD}))?)(?:\\s*\\(\\d{1,4}\\))?\\s+(?:(?:calendar|business|working|рабочих|календарных)\\s+)?(\\p{L}+)`,
  "gu",
);
/** A postal code where an address writes it: after a US state ("CA 94105"), or before the city («119021, Москва», "119021, Moscow"). */
const POSTAL_CODE = /(?<![\p{L}\p{N}])(?:[A-Z]{2}\s+(\d{5}(?:-\d{4})?)|(\d{6}),\s*(?:г\.\s*|город\s+)?\p{Lu})(?![\p{N}])/gu;

/** Capitalised Latin words, up to four in a row: "Google Analytics", "Yandex.Metrica", "Mozilla". */
const LATIN_NAME = /(?<![\p{L}\p{N}@./_-])[A-Z][A-Za-z0-9]+(?:[.&'’-][A-Za-z0-9]+)*(?:[ \u00a0]+[A-Z][A-Za-z0-9]+(?:[.&'’-][A-Za-z0-9]+)*){0,3}(?![\p{L}\p{N}@])/gu;
/** Acronyms ("IP", "SMS", "GDPR") stand in both versions or are laws, which are compared as laws. */
const ACRONYM = /^[A-Z0-9]{1,5}$/u;

/** Ages without a unit: "children under 13", "younger than 16". */
const AGE = /(?<![\p{L}])(?:under|younger than|below|over|older than|at least)\s+(?:the\s+age\s+of\s+)?(\d{1,2})(?![\p{N}])/gu;

/** Where a date can start: a number or a month's name, at the start of a word. Lower-case text. */
const DATE_START = /(?<![\p{L}\p{N}])(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)/gu;

/** The law names a policy cites, as one id per law whatever the language. Lower-case text. */
const LAWS: [RegExp, string][] = [
  [/(?<![\p{L}])(?:gdpr|general data protection regulation|2016\/679|общ\p{L}* регламент\p{L}* по защите (?:персональных )?данных)(?![\p{L}])/u, "GDPR"],
  [/(?<![\p{L}])(?:ccpa|california consumer privacy act|закон\p{L}* калифорнии о защите (?:прав )?потребителей)(?![\p{L}])/u, "CCPA"],
  [/(?<![\p{L}])(?:cpra|california privacy rights act)(?![\p{L}])/u, "CPRA"],
  [/(?<![\p{L}\p{N}])(?:152-fz|152-фз|федеральн\p{L}* закон\p{L}* «?о персональных данных»?)(?![\p{L}])/u, "152-FZ"],
  [/(?<![\p{L}])(?:coppa|children['’]s online privacy protection act)(?![\p{L}])/u, "COPPA"],
  [/(?<![\p{L}])(?:caloppa|california online privacy protection act)(?![\p{L}])/u, "CalOPPA"],
  [/(?<![\p{L}])(?:pipeda)(?![\p{L}])/u, "PIPEDA"],
  [/(?<![\p{L}])(?:lgpd)(?![\p{L}])/u, "LGPD"],
];

export function policyFacts(document: PolicyDocument, language: Language, elements: readonly ElementEvidence[], region: CountryCode | undefined): PolicyFacts {
  const facts: Fact[] = elements.map(({ id, start, end }) => ({ kind: "element", key: id, group: "element", written: id, start, end }));
  const lower = document.prose.toLowerCase();
  const fact = (kind: FactKind, key: string, group: string, start: number, end: number): void => {
    facts.push({ kind, key, group, written: document.text.slice(start, end), start, end });
  };

  for (const contact of findContacts(document, region)) {
    const key = contactKey(contact.kind, contact.value ?? contact.written);
    if (key) fact("contact", key, contact.kind === "mailto" ? "email" : contact.kind, contact.start, contact.end);
  }
  for (const word of lower.matchAll(DATE_START)) {
    const found = readDateAt(document.prose, word.index, language);
    if (found?.date?.day) fact("date", isoDate(found.date), "date", found.start, found.end);
  }
  for (const match of lower.matchAll(QUANTITY)) {
    const unit = UNITS.find(([pattern]) => pattern.test(match[2]))?.[1];
    if (unit) fact("quantity", `${Number(match[1])} ${unit}`, unit, match.index, match.index + match[0].length);
  }
  for (const match of lower.matchAll(WORD_QUANTITY)) {
    const unit = UNITS.find(([pattern]) => pattern.test(match[2]))?.[1];
    const value = match[1].split(/[\s-]+/u).reduce((sum, word) => sum + NUMBER_WORDS[word], 0);
    if (unit) fact("quantity", `${value} ${unit}`, unit, match.index, match.index + match[0].length);
  }
  for (const match of document.prose.matchAll(POSTAL_CODE)) {
    const code = match[1] ?? match[2];
    const start = match.index + match[0].indexOf(code);
    fact("contact", code, "postal", start, start + code.length);
  }
  for (const match of lower.matchAll(AGE)) fact("quantity", `${Number(match[1])} year`, "year", match.index, match.index + match[0].length);
  for (const [pattern, law] of LAWS) {
    const found = new RegExp(pattern.source, "gu").exec(lower);
    if (found) fact("law", law, law, found.index, found.index + found[0].length);
  }
  const latinNames: Fact[] = [];
  if (language === "ru") {
    for (const match of document.prose.matchAll(LATIN_NAME)) {
      if (ACRONYM.test(match[0])) continue;
      latinNames.push({ kind: "name", key: flat(match[0]), group: "name", written: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return { facts, latinNames, flatProse: flat(document.prose), sections: topLevelSections(document) };
}

function flat(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, " ");
}

/** Addresses compare without case; a web address by its host alone, since each language links its own pages. */
function contactKey(kind: string, value: string): string | undefined {
  if (kind === "url") {
    try {
      return new URL(value).hostname.replace(/^www\./u, "").toLowerCase();
    } catch {
      return undefined;
    }
  }
  return value.toLowerCase();
}

function topLevelSections(document: PolicyDocument): number {
  const title = document.blocks[0]?.kind === "heading" ? document.blocks[0].start : -1;
  const headings = document.headings.filter((heading) => heading.start !== title);
  if (!headings.length) return 0;
  const top = Math.min(...headings.map((heading) => heading.level));
  return headings.filter((heading) => heading.level === top).length;
}
