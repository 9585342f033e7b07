import type { Block, Heading, PolicyDocument, Section, Sentence, Span } from "../document";
import { ELEMENT_IDS, type ElementId } from "../elements";
import { RecentCache, textCachesByLanguage } from "../caches";
import type { Language } from "../types";
import { eitherOf } from "./cue-literals";
import { compileAnyCue, compileCue, compileGuard, cueText, type Cue, type CueText } from "./cues";
import { isDateLine } from "./structure";
import type { Condition, Vocabulary } from "./vocabulary";
import { ENGLISH } from "./vocabulary-en";
import { RUSSIAN } from "./vocabulary-ru";

/** The best evidence that a document discloses one element. Offsets into the document's text. */
export interface ElementEvidence {
  id: ElementId;
  start: number;
  end: number;
  source: "heading" | "text";
}

/** Why text that names an element did not count as its disclosure. */
export type NotCountedReason = "empty-heading" | "topics-heading" | "glossary" | "definition" | "cross-reference" | "exception";

/** The first text that named an element the document does not disclose, and why it did not count. */
export interface ConsideredText {
  id: ElementId;
  start: number;
  end: number;
  reason: NotCountedReason;
}

export interface DetectedElements {
  evidence: ElementEvidence[];
  /** Only for elements without evidence. */
  considered: ConsideredText[];
}

interface CompiledCondition {
  patterns: Cue[];
  atLeast: number;
}

/** Conditions that one sentence must all meet. */
interface CompiledRule {
  conditions: CompiledCondition[];
  /** False for a sentence that lacks words the conditions need. */
  mayBeMet: Cue;
}

interface CompiledElement {
  id: ElementId;
  /** Any of the heading cues. */
  heading: Cue;
  /** The first rules make the best evidence. */
  rules: CompiledRule[];
  /** False for a sentence that lacks the words every rule needs: most sentences, for most elements. */
  mayMeetRules: Cue;
  /** Any of the cues that rule the element out. */
  unless: Cue;
}

const VOCABULARIES: Record<Language, Vocabulary> = { en: ENGLISH, ru: RUSSIAN };
const compiled = new Map<Language, CompiledElement[]>();

function compileCondition(condition: Condition): CompiledCondition {
  return "atLeast" in condition
    ? { patterns: condition.of.map(compileCue), atLeast: condition.atLeast }
    : { patterns: condition.map(compileCue), atLeast: 1 };
}

function compiledVocabulary(language: Language): CompiledElement[] {
  let elements = compiled.get(language);
  if (!elements) {
    const vocabulary = VOCABULARIES[language];
    elements = ELEMENT_IDS.flatMap((id) => {
      const cues = vocabulary[id];
      if (!cues) return [];
      const rules = [
        ...(cues.all ?? []).map((rule) => rule.map(compileCondition)),
        ...(cues.text ?? []).map((cue) => [{ patterns: [compileCue(cue)], atLeast: 1 }]),
      ];
      // A rule needs what each of its conditions needs; a condition, what one of its patterns does.
      const ruleNeeds = rules.map((rule) => rule.flatMap((condition) => eitherOf(condition.patterns.map((pattern) => pattern.needs))));
      const guarded = rules.map((conditions, index) => ({ conditions, mayBeMet: compileGuard(ruleNeeds[index]) }));
      return [{ id, heading: compileAnyCue(cues.heading ?? []), rules: guarded, mayMeetRules: compileGuard(eitherOf(ruleNeeds)), unless: compileAnyCue(cues.unless ?? []) }];
    });
    compiled.set(language, elements);
  }
  return elements;
}

function meets(condition: CompiledCondition, sentence: CueText): boolean {
  let matched = 0;
  for (const pattern of condition.patterns) {
    if (pattern.test(sentence) && ++matched >= condition.atLeast) return true;
  }
  return false;
}

/** The span without the white space around it. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * A glossary defines "cross-border transfer" or "processing: collection, recording, ..." without saying
 * the company does it, so a definitions section counts only for who the company is and how to reach it.
 */
const DEFINITIONS_HEADING = compileCue("(definitions|terms and definitions|glossary|interpretation|основные понятия|понятия|термины|определения)");
const DEFINED_ELSEWHERE = new Set<ElementId>(["controller", "contact"]);

/**
 * A definition of one of the law's terms (152-FZ art. 3, GDPR art. 4) reads as a glossary wherever it stands:
 * «1.4.11. Трансграничная передача персональных данных — передача ...» says what the term means, not that
 * the company does it. Lower-case text.
 */
const STATUTORY_DEFINITION =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?[«"“‘']?(?:трансграничн|автоматизированн|распространени|предоставлени|блокировани|уничтожени|обезличивани|cross-border|international transfer|automated (?:processing|decision)|profiling|recipient|third party)[^—–\n]{0,80}?(?:\s[—–-]\s|[»"”’']?\s(?:means|shall mean|refers to|означает)\s)/u;

/** The sections headed "Definitions", «Основные понятия» and the like. */
export function glossarySections(document: PolicyDocument): Section[] {
  return document.sections.filter((section) => section.heading && DEFINITIONS_HEADING.test(cueText(section.heading.title)));
}

/**
 * The title at the top names the whole policy, not one section: «Политика обработки и защиты персональных
 * данных» is no security section. Its words are still read as text.
 */
const DOCUMENT_TITLE = compileCue("(policy|notice|statement|политик*|положени*|уведомлени*)");

function isDocumentTitle(document: PolicyDocument, heading: Heading): boolean {
  return document.blocks[0]?.start === heading.start && DOCUMENT_TITLE.test(cueText(heading.title));
}

/** A sentence that touches this many elements is an overview ("in this notice: how we use data; how long we keep it; ..."). */
const OVERVIEW_ELEMENTS = 4;
const OVERVIEW_PENALTY = 1000;
const OVERVIEW_HEADING_ELEMENTS = 3;

/** Blocks near the top or the bottom of a policy, where a bare date means "last updated". */
const DATE_LINE_BLOCKS_AT_TOP = 4;
const DATE_LINE_BLOCKS_AT_BOTTOM = 2;
const HEADING_RANK = -1;
/** After every sentence that discloses the element itself, before the overviews. */
const RUN_IN_HEADING_RANK = OVERVIEW_PENALTY - 1;
const RUN_IN_HEADING_MAX_WORDS = 6;
/** A bare date line is the weakest evidence of all. */
const DATE_LINE_RANK = Number.MAX_SAFE_INTEGER;

/**
 * A run-in heading opens a paragraph: "Service providers. We use a hosting company ..." or
 * «**Сроки.** Данные хранятся ...». Returns it with its title (no closing stop) when the block starts with one.
 */
function runInHeading(document: PolicyDocument, block: Block): { span: Span; title: string } | undefined {
  if (block.kind !== "paragraph" || block.sentences.length < 2) return undefined;
  const span = block.sentences[0];
  const words = document.prose.slice(span.start, span.end).trim();
  if (!/^\p{Lu}.*[.:?]$/u.test(words) || words.split(/\s+/u).length > RUN_IN_HEADING_MAX_WORDS) return undefined;
  return { span, title: words.slice(0, -1) };
}

/** Titles read lately, by language, kind and words: a re-lint tests only new headings against every element. */
const titleCache = new RecentCache<CompiledElement[]>(10_000);

/** The elements a title names; a run-in heading's also must not meet an element's exceptions. */
function elementsNamedBy(title: string, runIn: boolean, language: Language): CompiledElement[] {
  const key = `${language}${runIn ? "r" : ""}\u0000${title}`;
  let named = titleCache.get(key);
  if (!named) {
    const text = cueText(title);
    named = compiledVocabulary(language).filter((element) => element.heading.test(text) && !(runIn && element.unless.test(text)));
    titleCache.set(key, named);
  }
  return named;
}

/** Per heading: text follows it, directly or under its first subheading, before the next heading of its level. */
function headingsWithText(document: PolicyDocument): boolean[] {
  const { headings, blocks } = document;
  const textDirectlyUnder = headings.map(() => false);
  let heading = -1;
  for (const block of blocks) {
    while (heading + 1 < headings.length && headings[heading + 1].start <= block.start) heading++;
    if (heading >= 0 && block.kind !== "heading" && block.start >= headings[heading].end) textDirectlyUnder[heading] = true;
  }
  const withText = [...textDirectlyUnder];
  for (let i = headings.length - 2; i >= 0; i--) {
    if (!withText[i] && headings[i + 1].level > headings[i].level) withText[i] = withText[i + 1];
  }
  return withText;
}

/**
 * A sentence that only sends the reader to another document («О сроках хранения см. Пользовательское
 * соглашение», "For retention, see our main privacy policy") discloses nothing itself. Lower-case text.
 */
const CROSS_REFERENCE =
  /(?:(?<![\p{L}])(?:see|refer to|consult)\s+(?:our|the)|(?:described|set out|explained|detailed|listed)\s+in\s+(?:our|the)|(?<![\p{L}])см\.|смотрите|ознакомьтесь\s+с|(?:указан|изложен|описан|приведен|определен)\p{L}*\s+в)\s+(?:[\p{L}-]+\s+){0,3}?(?:policy|notice|statement|terms|agreement|политик|соглашени|договор|правил|оферт|положени)\p{L}*/u;
/** Words of a sentence beside its cross-reference: up to this many is a bare reference. */
const BARE_REFERENCE_WORDS = 6;

/** «О сроках хранения см. Пользовательское соглашение»: the sentence splitter ends a sentence at «см.». */
const SEE_AT_END = /(?<![\p{L}])(?:см\.|смотрите:?)\s*$/u;

function isBareCrossReference(lower: string): boolean {
  const reference = CROSS_REFERENCE.exec(lower) ?? SEE_AT_END.exec(lower);
  if (!reference) return false;
  const rest = lower.slice(0, reference.index) + " " + lower.slice(reference.index + reference[0].length);
  return (rest.match(/\p{L}+/gu) ?? []).length <= BARE_REFERENCE_WORDS;
}

interface SentenceMatch {
  id: ElementId;
  rank: number;
  /** Set when the sentence meets the element's rule but does not count. */
  notCounted?: NotCountedReason;
}

/** Sentences read lately, by glossary or not, language and text: after an edit only new sentences are tested. */
const MAX_CACHED_TEXT = 8 * 1024 * 1024;
const matchCaches = { prose: textCachesByLanguage<SentenceMatch[]>(MAX_CACHED_TEXT), glossary: textCachesByLanguage<SentenceMatch[]>(MAX_CACHED_TEXT) };

/** The elements a sentence meets a rule of, with the rule's rank: the language's vocabulary decides, so it keys the cache. */
function sentenceMatches(sentence: Sentence, language: Language, inGlossary: boolean): SentenceMatch[] {
  const cache = matchCaches[inGlossary ? "glossary" : "prose"][language];
  let matches = cache.get(sentence.prose);
  if (matches) return matches;
  const text = cueText(sentence.prose);
  const namesOnly: NotCountedReason | undefined = inGlossary
    ? "glossary"
    : STATUTORY_DEFINITION.test(text.lower)
      ? "definition"
      : isBareCrossReference(text.lower)
        ? "cross-reference"
        : undefined;
  matches = [];
  for (const element of compiledVocabulary(language)) {
    if (!element.mayMeetRules.test(text)) continue;
    const rank = element.rules.findIndex((rule) => rule.mayBeMet.test(text) && rule.conditions.every((condition) => meets(condition, text)));
    if (rank < 0) continue;
    const notCounted = namesOnly && !DEFINED_ELSEWHERE.has(element.id) ? namesOnly : element.unless.test(text) ? "exception" : undefined;
    matches.push(notCounted ? { id: element.id, rank, notCounted } : { id: element.id, rank });
  }
  cache.set(sentence.prose, matches);
  return matches;
}

/**
 * Finds the elements of elements.md that a document discloses. A heading that names an element is the
 * best evidence; otherwise the sentence that meets the element's strongest rule, earliest first.
 * Negative statements ("we do not sell ...") disclose too, so the cues do not look for polarity.
 */
export function detectElements(document: PolicyDocument, language: Language): DetectedElements {
  const best = new Map<ElementId, { evidence: ElementEvidence; rank: number }>();
  const offer = (id: ElementId, span: Span, source: ElementEvidence["source"], rank: number): void => {
    const current = best.get(id);
    if (!current || rank < current.rank) best.set(id, { evidence: { id, ...trimmed(document.text, span), source }, rank });
  };
  const considered = new Map<ElementId, ConsideredText>();
  const consider = (id: ElementId, span: Span, reason: NotCountedReason): void => {
    if (!considered.has(id)) considered.set(id, { id, ...trimmed(document.text, span), reason });
  };

  /** Headings that list several topics or have nothing under them: their words disclose nothing. */
  const unread = new Set<number>();
  const withText = headingsWithText(document);
  for (const [index, heading] of document.headings.entries()) {
    // A heading with nothing under it promises a section; it discloses nothing.
    if (isDocumentTitle(document, heading)) continue;
    const named = elementsNamedBy(heading.title, false, language);
    // «Категории данных, источники их получения, сроки хранения» lists topics; only the text under it can tell which it covers.
    const notCounted = !withText[index] ? "empty-heading" : named.length >= OVERVIEW_HEADING_ELEMENTS ? "topics-heading" : undefined;
    if (notCounted) {
      unread.add(heading.start);
      for (const element of named) consider(element.id, heading, notCounted);
      continue;
    }
    for (const element of named) offer(element.id, heading, "heading", HEADING_RANK);
  }

  const glossaries = glossarySections(document);
  // Blocks and sections are both in document order: one walk finds each block's glossary, if any.
  let glossary = 0;
  for (const block of document.blocks) {
    while (glossary < glossaries.length && glossaries[glossary].end <= block.start) glossary++;
    const inGlossary = glossary < glossaries.length && block.start >= glossaries[glossary].start;
    if (unread.has(block.start)) continue;
    const source = block.kind === "heading" ? "heading" : "text";
    const runIn = inGlossary ? undefined : runInHeading(document, block);
    if (runIn) {
      for (const element of elementsNamedBy(runIn.title, true, language)) offer(element.id, runIn.span, "text", RUN_IN_HEADING_RANK);
    }
    for (const sentence of block.sentences) {
      // Elements a heading names already have their best evidence; they are not counted towards an overview.
      const matches = sentenceMatches(sentence, language, inGlossary).filter(({ id }) => best.get(id)?.rank !== HEADING_RANK);
      const counted = matches.filter((match) => !match.notCounted);
      const penalty = counted.length >= OVERVIEW_ELEMENTS ? OVERVIEW_PENALTY : 0;
      for (const { id, rank, notCounted } of matches) {
        if (notCounted) consider(id, sentence, notCounted);
        else offer(id, sentence, source, rank + penalty);
      }
    }
  }

  if (!best.has("effective-date")) {
    const { blocks } = document;
    const candidates = [...blocks.slice(0, DATE_LINE_BLOCKS_AT_TOP), ...blocks.slice(-DATE_LINE_BLOCKS_AT_BOTTOM)];
    const dateLine = candidates.find((block) => isDateLine(document.prose.slice(block.start, block.end)));
    if (dateLine) offer("effective-date", dateLine, dateLine.kind === "heading" ? "heading" : "text", DATE_LINE_RANK);
  }

  return {
    evidence: ELEMENT_IDS.flatMap((id) => best.get(id)?.evidence ?? []),
    considered: [...considered.values()].filter(({ id }) => !best.has(id)),
  };
}
