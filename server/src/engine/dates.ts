import { foldYo } from "./text";
import type { Language } from "./types";

/**
 * Calendar dates as policies write them, in English and Russian: "12 декабря 2017 года", "«12» декабря 2017 г.",
 * "May 25, 2018", "25 May 2018", "2018-05-25", "25.05.2018", "05/25/2018", "December 2017", "декабрь 2017".
 *
 * Dots are day first (D.M.Y) in both languages. Slashes and dashes follow the document's language
 * (English M/D/Y, Russian D/M/Y); when that order gives an impossible date and the other order a
 * possible one ("25/05/2018" in English), the possible one is taken, since there is only one reading.
 */

/** A date without a time; `day` is absent when the text gives only a month ("December 2017"). */
export interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

export interface DateMatch {
  start: number;
  end: number;
  /** Absent when the text has the shape of a date but no such day exists ("31.02.2018"). */
  date?: CalendarDate;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const RU_MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
/** Stems that every inflected form starts with (декабрь, декабря, декабре); "ма" covers май, мая, мае. */
const RU_MONTH_STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

/** Spaces within one line (no-break spaces included, as Russian typography puts them in "12 декабря 2017 г."). */
const SPACE = "[^\\S\\r\\n]";
/** English month names, whole or cut short, as lower-case regular expression source. */
export const EN_MONTH_NAMES = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_NAME =
  `(?<month>${EN_MONTH_NAMES}` +
  `|(?:${RU_MONTH_STEMS.join("|")})(?:ь|я|е|ё|ю|а|ем|ём|ом|й)?)(?!\\p{L})\\.?`;
/** "2017 года", "2017 г.", "2017г." */
const RU_YEAR_WORD = `(?:${SPACE}*(?:года|год|г\\.|г(?!\\p{L})))?`;
const DAY = "[«\"“]?(?<day>\\d{1,2})(?:st|nd|rd|th)?[»\"”]?";
const YEAR = "(?<year>\\d{4})(?!\\d)";
const END = "(?![\\p{L}\\p{N}])";

type Shape = "named" | "iso" | "dotted" | "slashed";

const PATTERNS: { shape: Shape; pattern: RegExp }[] = [
  { shape: "named", source: `${DAY}${SPACE}+(?:of${SPACE}+)?${MONTH_NAME},?${SPACE}+${YEAR}${RU_YEAR_WORD}${END}` },
  { shape: "named", source: `${MONTH_NAME}${SPACE}+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?${SPACE}+${YEAR}${END}` },
  { shape: "named", source: `${MONTH_NAME},?${SPACE}+${YEAR}${RU_YEAR_WORD}${END}` },
  // An ISO date may go on with a time: "2018-05-25T10:00:00Z".
  { shape: "iso", source: `${YEAR}(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?=T\\d|[^\\p{L}\\p{N}]|$)` },
  { shape: "dotted", source: `(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4}|\\d{2})(?!\\d)${RU_YEAR_WORD}${END}` },
  { shape: "slashed", source: `(?<first>\\d{1,2})(?<sep>[/-])(?<second>\\d{1,2})\\k<sep>${YEAR}${END}` },
].map(({ shape, source }) => ({ shape: shape as Shape, pattern: new RegExp(source, "iuy") }));

function monthNumber(name: string): number {
  const lower = foldYo(name.toLowerCase());
  const english = EN_MONTHS.findIndex((month) => lower.startsWith(month.slice(0, 3).toLowerCase()));
  if (english >= 0) return english + 1;
  // The longest stem first, so that "март" is not read as "ма(й)".
  let best = -1;
  RU_MONTH_STEMS.forEach((stem, index) => {
    if (lower.startsWith(stem) && (best < 0 || stem.length > RU_MONTH_STEMS[best].length)) best = index;
  });
  return best + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(year: number, month: number, day?: number): CalendarDate | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  return day === undefined ? { year, month } : { year, month, day };
}

function toDate(shape: Shape, groups: Record<string, string | undefined>, language: Language): CalendarDate | undefined {
  const number = (key: string): number | undefined => (groups[key] === undefined ? undefined : Number(groups[key]));
  if (shape === "slashed") {
    const [first, second, year] = [number("first")!, number("second")!, number("year")!];
    const [month, day] = language === "en" ? [first, second] : [second, first];
    return valid(year, month, day) ?? valid(year, day, month);
  }
  let year = number("year")!;
  if (groups.year!.length === 2) year += 2000;
  const month = shape === "named" ? monthNumber(groups.month!) : number("month")!;
  return valid(year, month, number("day"));
}

/**
 * The date that starts exactly at `offset`, or undefined when none does. Of the shapes that match,
 * the longest wins, so "12 декабря 2017 года" is one date and not "декабря 2017".
 */
export function readDateAt(text: string, offset: number, language: Language): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const { shape, pattern } of PATTERNS) {
    pattern.lastIndex = offset;
    const match = pattern.exec(text);
    if (!match || (best && best.end >= pattern.lastIndex)) continue;
    best = { start: offset, end: pattern.lastIndex, date: toDate(shape, match.groups ?? {}, language) };
  }
  return best;
}

/** Sortable number of a day: 20180525. */
export function dayKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

/** The first and the last day a date may mean: a month-only date spans the whole month. */
export function dayRange(date: CalendarDate): [number, number] {
  const { year, month, day } = date;
  return day === undefined ? [dayKey(year, month, 1), dayKey(year, month, daysInMonth(year, month))] : [dayKey(year, month, day), dayKey(year, month, day)];
}

/** "2018-05-25", or "2017-12" for a month. */
export function isoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The local calendar day of a moment: what the author's calendar shows. */
export function calendarDay(moment: Date): Required<CalendarDate> {
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
}

/** How the document's language writes a full date: "3 March 2026", "3 марта 2026 г.". */
export function formatDate({ year, month, day }: Required<CalendarDate>, language: Language): string {
  return language === "ru" ? `${day} ${RU_MONTHS_GENITIVE[month - 1]} ${year} г.` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}
