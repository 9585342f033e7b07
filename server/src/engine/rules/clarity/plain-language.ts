import type { Block, PolicyDocument, Sentence } from "../../document";
import { compileLocatedCue, cueText, type LocatedCue } from "../../elements/cues";
import { message } from "../../messages";
import { JARGON, type JargonEntry } from "../../plain/jargon";
import { textCachesByLanguage } from "../../caches";
import { countSentence, sectionReadings } from "../../plain/readability";
import type { Report, Rule, RuleContext } from "../../rule";
import type { Language } from "../../types";
import { matchCase } from "../../text";

/**
 * Defaults set to stay quiet enough to keep (about one finding per 500 words of published policies): only
 * sentences and sections far past what plain-language guides ask (25 words) are reported. Oborneva's scores
 * for Russian legal prose run lower than Flesch's for English, so its threshold sits lower.
 */
const MAX_SENTENCE_WORDS: Record<Language, number> = { en: 50, ru: 55 };
const MIN_READING_EASE: Record<Language, number> = { en: 15, ru: 0 };
/** Below this, a section's score says more about its few sentences than about its wording. */
const MIN_SECTION_WORDS = 100;
/** Three agentless passives in one sentence: one or two are often fine ("data is encrypted"), a stack hides who acts. */
const STACKED_PASSIVES = 3;

const COMPILED_JARGON = {
  en: JARGON.en.map((entry) => ({ ...entry, cue: compileLocatedCue(entry.phrase) })),
  ru: JARGON.ru.map((entry) => ({ ...entry, cue: compileLocatedCue(entry.phrase) })),
} satisfies Record<Language, (JargonEntry & { cue: LocatedCue })[]>;

/**
 * A form of "be" and a past participle ("may be shared", "is being collected", «могут быть переданы»,
 * «будут удалены»). Lower-case text. An agent ("by us", «Оператором», «нами») anywhere in the sentence
 * says who acts, so the sentence is left alone.
 */
const PASSIVE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?(?:\p{L}+ed|known|made|given|kept|held|sent|taken|seen|done|sold|told|shown|written|put|set)(?![\p{L}])/gu,
  ru: /(?<![\p{L}])(?:быть|будет|будут|был|была|было|были)\s+(?:\p{L}+\s+)?\p{L}+(?:ан|ян|ен|ён|ин|т)(?:а|о|ы)?(?![\p{L}])/gu,
};
const AGENT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])by\s+(?:us|we|the company|the controller|our|you|them|third|their)/u,
  ru: /(?<![\p{L}])(?:оператором|нами|компанией|обществом|администрацией|пользователем|вами)(?![\p{L}])/u,
};

export const plainLanguage: Rule = {
  meta: {
    id: "plain-language",
    category: "clarity",
    severity: "information",
    description: message("en", "plain-language.description"),
    explanation: message("en", "plain-language.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 12(1); 11 CCR §7003(a) (CCPA regulations); 152-FZ art. 14(3)",
    fixable: true,
  },
  check(context) {
    const { document, language, plainLanguage: options } = context;
    const maxWords = options?.maxSentenceWords?.[language] ?? MAX_SENTENCE_WORDS[language];
    for (const block of proseBlocks(document)) {
      for (const sentence of block.sentences) checkSentence(context, sentence, maxWords);
    }
    checkSections(context, options?.minReadingEase?.[language] ?? MIN_READING_EASE[language]);
  },
};

function proseBlocks(document: PolicyDocument): Block[] {
  return document.blocks.filter((block) => block.kind === "paragraph" && !block.quoted);
}

/** What plain-language finds in a sentence, in its offsets; kept by the sentence's text and language. */
interface SentenceFindings {
  words: number;
  jargon: { start: number; end: number; entry: JargonEntry }[];
  passives?: { start: number; end: number; count: number; example: string };
}

const sentenceFindings = textCachesByLanguage<SentenceFindings>(8 * 1024 * 1024);

function checkSentence({ document, language, report, message: say }: RuleContext, sentence: Sentence, maxWords: number): void {
  let found = sentenceFindings[language].get(sentence.prose);
  if (!found) sentenceFindings[language].set(sentence.prose, (found = readSentence(sentence.prose, language)));
  if (found.words > maxWords) report({ start: sentence.start, end: sentence.end, message: say("plain-language.longSentence", { count: found.words, max: maxWords }) });
  for (const { start, end, entry } of found.jargon) {
    const at = sentence.start + start;
    report(jargonReport(at, sentence.start + end, document.text.slice(at, sentence.start + end), entry, say));
  }
  const { passives } = found;
  if (passives) report({ start: sentence.start + passives.start, end: sentence.start + passives.end, message: say("plain-language.passive", { count: passives.count, example: passives.example }) });
}

function readSentence(words: string, language: Language): SentenceFindings {
  const text = cueText(words);
  const found: SentenceFindings = { words: countSentence(words, language).words, jargon: [] };
  for (const entry of COMPILED_JARGON[language]) {
    const hit = entry.cue.find(text);
    if (hit) found.jargon.push({ start: hit.start, end: hit.end, entry });
  }
  if (AGENT[language].test(text.lower)) return found;
  const passives = [...text.lower.matchAll(PASSIVE[language])];
  if (passives.length >= STACKED_PASSIVES) {
    const first = passives[0];
    const last = passives[passives.length - 1];
    found.passives = { start: first.index, end: last.index + last[0].length, count: passives.length, example: first[0] };
  }
  return found;
}

/**
 * A fix only for a fixed phrase, whose alternative fits the grammar around it; a stem («вышеуказанн*») is
 * inflected, and its alternative would need the same case, so it gets the hint alone. Never preferred: the
 * author should read the sentence again.
 */
function jargonReport(start: number, end: number, phrase: string, { phrase: cue, plain }: JargonEntry, say: RuleContext["message"]): Report {
  const message = plain ? say("plain-language.jargon", { phrase, plain }) : say("plain-language.jargonDrop", { phrase });
  if (cue.includes("*") || !plain) return { start, end, message };
  const replacement = matchCase(phrase, plain);
  return { start, end, message, fixes: [{ title: say("wording.fixReplace", { phrase, replacement }), edits: [{ start, end, newText: replacement }] }] };
}

/** Each section with enough words gets a reading-ease score; one below the threshold is reported on its heading. */
function checkSections({ document, language, report, message: say }: RuleContext, minEase: number): void {
  for (const section of sectionReadings(document, language)) {
    if (section.words < MIN_SECTION_WORDS || section.ease === undefined || section.ease >= minEase) continue;
    report({ start: section.start, end: section.end, message: say("plain-language.hardSection", { ease: Math.round(section.ease), min: minEase, wordsPerSentence: section.wordsPerSentence.toFixed(1) }) });
  }
}
