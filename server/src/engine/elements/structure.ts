/** Shapes that disclose an element whatever the language: dates, e-mail addresses, phone numbers. */

import { EN_MONTH_NAMES } from "../dates";

const MONTHS_RU = "январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яей]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*";
const MONTH = `(?:${EN_MONTH_NAMES}|${MONTHS_RU})\\.?`;
const YEAR = "(?:19|20)\\d\\d";

/** Lower-case text only. "5 November 2025", "November 5, 2025", "12 декабря 2017 г.", "2025-11-05", "05.11.2025", "05/11/2025". */
export const DATE = new RegExp(
  [
    `(?<!\\d)[«"“]?\\d{1,2}(?:st|nd|rd|th)?[»"”]?,?\\s+${MONTH}\\s*,?\\s*${YEAR}(?!\\d)`,
    `(?<![\\p{L}])${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*${YEAR}(?!\\d)`,
    `(?<![\\p{L}])${MONTH}\\s+${YEAR}(?!\\d)`,
    `(?<!\\d)${YEAR}-\\d\\d-\\d\\d(?!\\d)`,
    `(?<![\\d.])\\d{1,2}[./]\\d{1,2}[./]${YEAR}(?!\\d)`,
  ].join("|"),
  "u",
);

// Each starts only where its run of name characters starts: otherwise a long run without "@" is rescanned from every position.
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/** Lower-case text only. Obfuscated addresses: "dpo[at]example[dot]com", "privacy (at) example.com". */
export const OBFUSCATED_EMAIL = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]+\s*[[(]at[\])]\s*[\p{L}\p{N}.-]+/u;

/** International or local numbers with at least seven digits: "+7 (495) 123-45-67", "1-800-555-0100". */
export const PHONE = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{6,}\d(?![\p{L}\p{N}])/u;

/** Far longer than a date with its label and markup: such a block is text that may mention a date. */
const MAX_DATE_LINE = 400;

/** A block that holds nothing but a date (and perhaps a label): the "November 5, 2025" under a title. */
export function isDateLine(block: string): boolean {
  if (block.trim().length > MAX_DATE_LINE) return false;
  const match = DATE.exec(block.toLowerCase());
  if (!match) return false;
  const rest = (block.slice(0, match.index) + block.slice(match.index + match[0].length)).replace(/[^\p{L}]/gu, "");
  return rest.length <= 40;
}
