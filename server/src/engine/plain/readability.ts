import { flesch } from "flesch";
import { syllable } from "syllable";
import { RecentCache, textCachesByLanguage } from "../caches";
import type { PolicyDocument, Span } from "../document";
import type { Language } from "../types";

/** Words as readability formulas count them: runs of letters and digits. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const RUSSIAN_VOWELS = /[аеёиоуыэюя]/giu;

/** Russian syllables are its vowels, exactly; English ones come from the `syllable` package's rules and exceptions. */
export function syllables(word: string, language: Language): number {
  if (language === "ru") return Math.max(1, word.match(RUSSIAN_VOWELS)?.length ?? 0);
  let count = englishSyllables.get(word);
  if (count === undefined) englishSyllables.set(word, (count = Math.max(1, syllable(word))));
  return count;
}

/** A policy uses a few thousand words over and over, and the `syllable` rules cost a dozen expressions a word. */
const englishSyllables = new RecentCache<number>(50_000);

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

/** A sentence's words and syllables, kept by its text per language: an edit recounts only the sentence it touched. */
const sentenceCounts = textCachesByLanguage<{ words: number; syllables: number }>(8 * 1024 * 1024);

export function countSentence(prose: string, language: Language): { words: number; syllables: number } {
  let counts = sentenceCounts[language].get(prose);
  if (!counts) {
    const words = prose.match(WORD) ?? [];
    counts = { words: words.length, syllables: 0 };
    for (const word of words) counts.syllables += syllables(word, language);
    sentenceCounts[language].set(prose, counts);
  }
  return counts;
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

/** A section's length and reading ease; the span is its heading, or its first block when it has none. */
export interface SectionReading extends Span {
  title?: string;
  words: number;
  wordsPerSentence: number;
  /** Undefined for a section without prose. */
  ease?: number;
}

/** Every section's reading, in document order: the coverage view shows them and plain-language judges them. */
export function sectionReadings(document: PolicyDocument, language: Language): SectionReading[] {
  const key = readingsOf.get(document);
  if (key?.language === language) return key.readings;
  const readings = readSections(document, language);
  readingsOf.set(document, { language, readings });
  return readings;
}

/** The rule and the lint's summary both read a document's sections: counted once. */
const readingsOf = new WeakMap<PolicyDocument, { language: Language; readings: SectionReading[] }>();

function readSections(document: PolicyDocument, language: Language): SectionReading[] {
  const blocks = document.blocks.filter((block) => block.kind === "paragraph" && !block.quoted);
  const readings: SectionReading[] = [];
  let next = 0;
  for (const section of document.sections) {
    const counts: TextCounts = { sentences: 0, words: 0, syllables: 0 };
    let first: Span | undefined;
    for (; next < blocks.length && blocks[next].start < section.end; next++) {
      const block = blocks[next];
      if (block.start < section.start) continue;
      first ??= block;
      for (const sentence of block.sentences) {
        const { words, syllables } = countSentence(sentence.prose, language);
        if (!words) continue;
        counts.sentences++;
        counts.words += words;
        counts.syllables += syllables;
      }
    }
    const where = section.heading ?? first ?? section;
    readings.push({
      start: where.start,
      end: where.end,
      title: section.heading?.title,
      words: counts.words,
      wordsPerSentence: counts.sentences ? counts.words / counts.sentences : 0,
      ease: counts.words ? readingEase(counts, language) : undefined,
    });
  }
  return readings;
}
