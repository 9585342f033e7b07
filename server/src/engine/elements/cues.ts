import { foldYo, wordPattern } from "../text";

/**
 * Cues are regular expressions with three shorthands, so that vocabulary reads like the phrases it
 * stands for and survives inflection:
 *   `хран*`  a stem: the letters given, then any ending (хранение, хранения, храним, retain, retained);
 *   ` `      a word break: spaces, commas, quotes, brackets or dashes, but not a sentence end;
 *   ` ~ `    up to five other words in between (` ~2 ` for up to two).
 * A cue matches whole words only (Unicode-aware), without regard to case, and ё is folded to е on
 * both sides, so "ещё" and "еще" are one word.
 */
const BREAK = "[^\\p{L}\\p{N}.!?;]+";
const WORD = "[\\p{L}\\p{N}'’@-]+";

export function compileCue(cue: string): RegExp {
  const source = foldYo(cue)
    .replace(/ ~(\d?) /g, (_, n: string) => `${BREAK}(?:${WORD}${BREAK}){0,${n || 5}}?`)
    .replace(/(\p{L})\*/gu, "$1\\p{L}*")
    .replace(/ /g, BREAK);
  return wordPattern(source, "iu");
}

export function compileCues(cues: readonly string[] | undefined): RegExp[] {
  return (cues ?? []).map(compileCue);
}

/** Text to match cues against: ё folded (same length, so offsets stay valid). */
export function normalise(text: string): string {
  return foldYo(text);
}

/** The first cue that matches, as its index in the list, or -1. */
export function firstMatching(patterns: readonly RegExp[], text: string): number {
  return patterns.findIndex((pattern) => pattern.test(text));
}
