import { foldYo } from "../text";
import { eitherOf, LiteralIndex, neededLiterals, type Needed } from "./cue-literals";
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

/** The literals every compiled cue needs (cue-literals.ts). */
const LITERALS = new LiteralIndex();

/** A sentence as cues read it: ё folded, and lower-cased for the cues that ignore case. Same length as the source. */
export class CueText {
  private found: { version: number; lower?: number[]; original?: number[] } = { version: -1 };

  constructor(
    readonly original: string,
    readonly lower: string,
  ) {}

  /** Whether the text (lower-cased unless `caseSensitive`) holds, of each list of literal ids, one. */
  holdsAll(needed: readonly (readonly number[])[], caseSensitive: boolean): boolean {
    if (!needed.length) return true;
    // Cues compiled since the last scan rebuild the index; what was scanned before knows nothing of theirs.
    const version = LITERALS.build();
    if (this.found.version !== version) this.found = { version };
    const subject = caseSensitive ? "original" : "lower";
    return LITERALS.holdsAll((this.found[subject] ??= LITERALS.scan(this[subject])), needed);
  }
}

/** Each list of literals as ids in LITERALS, the form a sentence's scan answers in. */
function literalIds(needed: Needed): number[][] {
  return needed.map((literals) => LITERALS.add(literals));
}

export function cueText(text: string): CueText {
  const original = foldYo(text);
  let lower = original.toLowerCase();
  // A few letters (İ) lower-case to two code units; keep offsets by lower-casing letter by letter then.
  if (lower.length !== original.length) lower = Array.from(original, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join("");
  return new CueText(original, lower);
}

export interface Cue {
  test(text: CueText): boolean;
  /** The literals every match holds in the lower-cased text; none known for a shape or a case-sensitive cue. */
  readonly needs: Needed;
}

const DIGIT = /\d/u;

// Each shape looks for the character it cannot do without first.
const SHAPES: Record<string, Cue> = {
  "{email}": {
    needs: [],
    test: (text) => (text.original.includes("@") && EMAIL.test(text.original)) || ((text.lower.includes("at]") || text.lower.includes("at)")) && OBFUSCATED_EMAIL.test(text.lower)),
  },
  "{phone}": { needs: [], test: (text) => DIGIT.test(text.original) && PHONE.test(text.original) },
  "{date}": { needs: [], test: (text) => DIGIT.test(text.lower) && DATE.test(text.lower) },
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
  const sources = { sensitive: [] as CuePattern[], insensitive: [] as CuePattern[] };
  for (const cue of cues) {
    if (SHAPES[cue]) continue;
    const compiled = cuePattern(cue, "");
    sources[compiled.caseSensitive ? "sensitive" : "insensitive"].push(compiled);
  }
  const alternation = (list: CuePattern[], caseSensitive: boolean): Cue["test"] => {
    if (!list.length) return () => false;
    const pattern = new RegExp(list.map(({ pattern }) => `(?:${pattern.source})`).join("|"));
    const needed = literalIds(eitherOf(list.map(({ needed }) => needed)));
    return (text) => text.holdsAll(needed, caseSensitive) && pattern.test(caseSensitive ? text.original : text.lower);
  };
  const sensitive = alternation(sources.sensitive, true);
  const insensitive = alternation(sources.insensitive, false);
  return {
    needs: [],
    test: (text) => insensitive(text) || sensitive(text) || shapes.some((shape) => shape.test(text)),
  };
}

export function compileCue(cue: string): Cue {
  const shape = SHAPES[cue];
  if (shape) return shape;
  const { pattern, caseSensitive, needed: literals } = cuePattern(cue, "");
  const needed = literalIds(literals);
  return caseSensitive
    ? { needs: [], test: (text) => text.holdsAll(needed, true) && pattern.test(text.original) }
    : { needs: literals, test: (text) => text.holdsAll(needed, false) && pattern.test(text.lower) };
}

/** A test that only the literals run: false where a text cannot hold what matches need, true otherwise. */
export function compileGuard(needs: Needed): Cue {
  const needed = literalIds(needs);
  return { needs, test: (text) => text.holdsAll(needed, false) };
}

/** A cue that says where it matched, for rules that report the words themselves. Shapes are not allowed here. */
export interface LocatedCue {
  /** The first match at or after `from`, as offsets into the text. */
  find(text: CueText, from?: number): { start: number; end: number } | undefined;
}

export function compileLocatedCue(cue: string): LocatedCue {
  const { pattern, caseSensitive, needed: literals } = cuePattern(cue, "g");
  const needed = literalIds(literals);
  return {
    find(text, from = 0) {
      if (!text.holdsAll(needed, caseSensitive)) return undefined;
      pattern.lastIndex = from;
      const match = pattern.exec(caseSensitive ? text.original : text.lower);
      return match ? { start: match.index, end: match.index + match[0].length } : undefined;
    },
  };
}

export interface CuePattern {
  pattern: RegExp;
  caseSensitive: boolean;
  /** The literals every match holds (cue-literals.ts): checked before the pattern runs. */
  needed: Needed;
}

/** A cue's expression, unguarded by its literals (tests compare the two). */
export function cuePattern(cue: string, flags: string): CuePattern {
  const caseSensitive = cue.startsWith("=");
  const written = foldYo(caseSensitive ? cue.slice(1) : cue);
  // A gap stands between two words; anywhere else a "~" is a typo that would match nothing.
  if (/~(?<! ~)|~\d*(?! |\d)/u.test(written)) throw new Error(`cue "${cue}": write a gap as " ~ " or " ~N " between words`);
  const cased = caseSensitive ? written : lowerOutsideEscapes(written);
  const source = cased
    .replace(/ ~(\d*) /g, (_, n: string) => `${GAP_BREAK}(?:${GAP_WORD}${GAP_BREAK}){0,${n || 5}}?`)
    .replace(/(\p{L})\*/gu, `$1[${LETTER}]*`)
    .replace(/ \?/g, `(?:${BREAK})?`)
    .replace(/ /g, BREAK);
  // Whole words: no word character may run on past either end, where that end is itself a word character
  // (a cue that ends in a quote, `ООО «`, is followed by the name's first letter).
  const pattern = new RegExp(`(?<!${WORD_CHAR}(?=${WORD_CHAR}))(?:${source})(?!(?<=${WORD_CHAR})${WORD_CHAR})`, flags);
  return { pattern, caseSensitive, needed: neededLiterals(cased) };
}

/** Lower-cases a cue's letters but not its escapes: `\d` must keep its case. */
function lowerOutsideEscapes(source: string): string {
  return source.replace(/\\.|[^\\]+/gu, (part) => (part.startsWith("\\") ? part : part.toLowerCase()));
}
