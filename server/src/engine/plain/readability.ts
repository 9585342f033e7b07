import { flesch } from "flesch";
import { syllable } from "syllable";
import type { Language } from "../types";

/** Words as readability formulas count them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const RUSSIAN_VOWELS = /[аеёиоуыэюя]/giu;

/** Russian syllables are its vowels, exactly; English ones come from the `syllable` package's rules and exceptions. */
export function syllables(word: string, language: Language): number {
  if (language === "ru") return Math.max(1, word.match(RUSSIAN_VOWELS)?.length ?? 0);
  return Math.max(1, syllable(word));
}

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * Flesch reading ease: 0 (very hard) to 100 (very easy). English takes Flesch's own coefficients (the `flesch`
 * package); Russian takes Oborneva's adaptation (206.835 − 1.3 × words per sentence − 60.1 × syllables per word),
 * fitted so that Russian and English texts of equal difficulty score alike, since Russian words are longer.
 */
export function readingEase({ sentences, words, syllables: syllableCount }: TextCounts, language: Language): number {
  if (language === "en") return flesch({ sentence: sentences, word: words, syllable: syllableCount });
  return 206.835 - 1.3 * (words / sentences) - 60.1 * (syllableCount / words);
}
