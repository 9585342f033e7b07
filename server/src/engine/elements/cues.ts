import { foldYo } from "../text";
import { DATE, EMAIL, OBFUSCATED_EMAIL, PHONE } from "./structure";

/**
 * Cues are regular expressions with a few shorthands, so that vocabulary reads like the phrases it
 * stands for and survives inflection:
 *   `хран*`  a stem: the letters given, then any ending (хранение, хранения, храним; retain, retained);
 *   ` `      a word break: spaces, commas, quotes, brackets or dashes, but not a sentence end (` ?`: maybe none);
 *   ` ~ `    up to five other words in between (` ~2 ` for up to two, ` ~12 ` for twelve);
 *   `=...`   a leading `=` makes the cue case-sensitive (for names: «Оператор», "LLC");
 *   `{email}`, `{phone}`, `{date}`  the shape of an address, a phone number or a date.
 * A cue matches whole words only (Unicode-aware), without regard to case unless told, and ё is folded
 * to е on both sides, so «ещё» and «еще» are one word.
 */
/**
 * Letters spelled out as ranges (Latin, Greek, Cyrillic, combining marks) instead of \p{L}: V8 takes
 * about a hundred times longer to compile a Unicode property class, and there are hundreds of cues.
 * For the same reason cues carry their own word boundaries rather than text.ts's wordPattern.
 */
const LETTER = "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff";
const WORD_CHAR = `[${LETTER}0-9_]`;
/** Between two words of a cue: "third party" also reads "third-party". */
const BREAK = `[^${LETTER}0-9.!?;]+`;
// In ` ~ ` a hyphen, apostrophe or @ between two letters belongs to the word (e-mail, дата-центр), never to
// the break: if either could take it, a run of them ("a-a-a", a table's "|-----|") splits in exponentially many ways.
const JOINER = "'’@-";
const GAP_BREAK = `(?:[^${LETTER}0-9.!?;${JOINER}]|(?<![${LETTER}0-9])[${JOINER}]|(?<=[${LETTER}0-9])[${JOINER}](?![${LETTER}0-9]))+`;
// Initials count as one word, dots and all: «ИП Иванова Н.А. означает».
const GAP_WORD = `(?:[${LETTER}0-9]+(?:[${JOINER}][${LETTER}0-9]+)*|(?:[${LETTER}]\\.)+)`;

/** A sentence as cues read it: ё folded, and lower-cased for the cues that ignore case. Same length as the source. */
export interface CueText {
  original: string;
  lower: string;
}

export function cueText(text: string): CueText {
  const original = foldYo(text);
  let lower = original.toLowerCase();
  // A few letters (İ) lower-case to two code units; keep offsets by lower-casing letter by letter then.
  if (lower.length !== original.length) lower = Array.from(original, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
  return { original, lower };
}

export interface Cue {
  test(text: CueText): boolean;
}

const SHAPES: Record<string, Cue> = {
  "{email}": { test: (text) => EMAIL.test(text.original) || OBFUSCATED_EMAIL.test(text.lower) },
  "{phone}": { test: (text) => PHONE.test(text.original) },
  "{date}": { test: (text) => DATE.test(text.lower) },
};

/**
 * Case is handled by lower-casing the text rather than with the `i` flag: case-insensitive Unicode
 * property classes make V8 compile each expression far more slowly.
 */
/**
 * "Any of these cues" as one test: an alternation per case mode (shapes apart), so a sentence that none
 * of them matches costs one scan instead of one per cue.
 */
export function compileAnyCue(cues: readonly string[]): Cue {
  const shapes = cues.flatMap((cue) => SHAPES[cue] ?? []);
  const sources = { sensitive: [] as string[], insensitive: [] as string[] };
  for (const cue of cues) {
    if (SHAPES[cue]) continue;
    const { pattern, caseSensitive } = cuePattern(cue, "");
    sources[caseSensitive ? "sensitive" : "insensitive"].push(`(?:${pattern.source})`);
  }
  const alternation = (list: string[]): RegExp | undefined => (list.length ? new RegExp(list.join("|")) : undefined);
  const sensitive = alternation(sources.sensitive);
  const insensitive = alternation(sources.insensitive);
  return {
    test: (text) => (insensitive?.test(text.lower) ?? false) || (sensitive?.test(text.original) ?? false) || shapes.some((shape) => shape.test(text)),
  };
}

export function compileCue(cue: string): Cue {
  const shape = SHAPES[cue];
  if (shape) return shape;
  const { pattern, caseSensitive } = cuePattern(cue, "");
  return caseSensitive ? { test: (text) => pattern.test(text.original) } : { test: (text) => pattern.test(text.lower) };
}

/** A cue that says where it matched, for rules that report the words themselves. Shapes are not allowed here. */
export interface LocatedCue {
  /** The first match at or after `from`, as offsets into the text. */
  find(text: CueText, from?: number): { start: number; end: number } | undefined;
}

export function compileLocatedCue(cue: string): LocatedCue {
  const { pattern, caseSensitive } = cuePattern(cue, "g");
  return {
    find(text, from = 0) {
      pattern.lastIndex = from;
      const match = pattern.exec(caseSensitive ? text.original : text.lower);
      return match ? { start: match.index, end: match.index + match[0].length } : undefined;
    },
  };
}

function cuePattern(cue: string, flags: string): { pattern: RegExp; caseSensitive: boolean } {
  const caseSensitive = cue.startsWith("=");
  const written = foldYo(caseSensitive ? cue.slice(1) : cue);
  // A gap stands between two words; anywhere else a "~" is a typo that would match nothing.
  if (/~(?<! ~)|~\d*(?! |\d)/u.test(written)) throw new Error(`cue "${cue}": write a gap as " ~ " or " ~N " between words`);
  const source = (caseSensitive ? written : lowerOutsideEscapes(written))
    .replace(/ ~(\d*) /g, (_, n: string) => `${GAP_BREAK}(?:${GAP_WORD}${GAP_BREAK}){0,${n || 5}}?`)
    .replace(/(\p{L})\*/gu, `$1[${LETTER}]*`)
    .replace(/ \?/g, `(?:${BREAK})?`)
    .replace(/ /g, BREAK);
  // Whole words: no word character may run on past either end, where that end is itself a word character
  // (a cue that ends in a quote, `ООО «`, is followed by the name's first letter).
  const pattern = new RegExp(`(?<!${WORD_CHAR}(?=${WORD_CHAR}))(?:${source})(?!(?<=${WORD_CHAR})${WORD_CHAR})`, flags);
  return { pattern, caseSensitive };
}

/** Lower-cases a cue's letters but not its escapes: `\d` must keep its case. */
function lowerOutsideEscapes(source: string): string {
  return source.replace(/\\.|[^\\]+/gu, (part) => (part.startsWith("\\") ? part : part.toLowerCase()));
}
