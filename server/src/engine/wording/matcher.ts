import type { PolicyDocument, Span } from "../document";
import { RecentCache, textCachesByLanguage } from "../caches";
import { compileCue, compileLocatedCue, cueText, type Cue, type CueText, type LocatedCue } from "../elements/cues";
import { glossarySections } from "../elements/detect";
import type { Language } from "../types";
import { ENGLISH_PHRASES } from "./phrases-en";
import { RUSSIAN_PHRASES } from "./phrases-ru";
import { WORDING_RULE_IDS, type WordingPhrases, type WordingRuleId, type WordingVocabulary } from "./phrases";

export interface WordingMatch {
  /** The clause that makes the claim: its sentence, or the part of it between semicolons or a colon. */
  clause: Span;
  /** The words that matched. */
  phrase: Span;
  /** What the quick-fix puts in place of the phrase; the clause is rewritten when undefined. */
  replacement?: string;
}

interface CompiledPhrases {
  claims: { cues: LocatedCue[]; replacement?: string }[];
  with?: Cue[];
  unless?: Cue[];
}

/** A sentence of the policy's own prose. */
interface ProseSentence extends Span {
  /** Its prose. */
  words: string;
  /** For an item of a list, the sentence that introduces the list («Данные хранятся до:»). */
  leadIn?: ProseSentence;
  /** Each rule's claim in it (null: none), in offsets of the sentence: kept for the same words after the same lead-in. */
  claims: Map<WordingRuleId, SentenceClaim | null>;
  /** Its words as cues read them, made once for all the rules. */
  cueText?: CueText;
}

interface SentenceClaim {
  clause: Span;
  phrase: Span;
  replacement?: string;
}

const VOCABULARIES: Record<Language, WordingVocabulary> = { en: ENGLISH_PHRASES, ru: RUSSIAN_PHRASES };
const compiled = new Map<Language, Record<WordingRuleId, CompiledPhrases>>();
const sentencesOf = new WeakMap<PolicyDocument, ProseSentence[]>();

/**
 * The clauses of a document that make a rule's claim, at most one per sentence (the earliest). Only the policy's
 * own prose is read: not headings, block quotes, glossaries, definitions or words in quotation marks.
 */
export function findClaims(document: PolicyDocument, language: Language, rule: WordingRuleId): WordingMatch[] {
  const matches: WordingMatch[] = [];
  for (const sentence of proseSentences(document, language)) {
    let claim = sentence.claims.get(rule);
    if (claim === undefined) {
      sentence.claims.set(rule, (claim = sentenceClaim(compiledPhrases(language)[rule], sentence)));
      // Once every rule has read the sentence its cue text, a kilobyte or more, is of no more use: the document
      // keeps its sentences as long as the editor keeps the document.
      if (sentence.claims.size === WORDING_RULE_IDS.length) sentence.cueText = undefined;
    }
    if (!claim) continue;
    const { clause, phrase, replacement } = claim;
    matches.push({ clause: shifted(clause, sentence.start), phrase: shifted(phrase, sentence.start), replacement });
  }
  return matches;
}

function shifted(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** The earliest claim the sentence makes, in its offsets. */
function sentenceClaim(phrases: CompiledPhrases, sentence: ProseSentence): SentenceClaim | null {
  const text = cueTextOf(sentence);
  // Most sentences hold no claim, and a claim's cues pass over them on their literals alone.
  const found = earliestClaim(phrases, text);
  if (!found) return null;
  const leadIn = sentence.leadIn && cueTextOf(sentence.leadIn);
  if (phrases.with && !matchesAny(phrases.with, text) && !(leadIn && matchesAny(phrases.with, leadIn))) return null;
  // "We never share your data with:" denies the claim for every item of its list.
  if (matchesAny(phrases.unless, text) || (leadIn && matchesAny(phrases.unless, leadIn))) return null;
  const phrase = { start: found.start, end: found.end };
  return { clause: clauseAround(sentence.words, phrase), phrase, replacement: found.replacement };
}

function cueTextOf(sentence: ProseSentence): CueText {
  return (sentence.cueText ??= cueText(sentence.words));
}

/** Every rule's phrases of a language at once: the cues' literals then go into the literal index together. */
function compiledPhrases(language: Language): Record<WordingRuleId, CompiledPhrases> {
  let rules = compiled.get(language);
  if (!rules) {
    const compile = (phrases: WordingPhrases): CompiledPhrases => ({
      claims: phrases.claims.map((group) => ({ cues: group.cues.map(compileLocatedCue), replacement: group.replacement })),
      with: phrases.with?.map(compileCue),
      unless: phrases.unless?.map(compileCue),
    });
    rules = Object.fromEntries(WORDING_RULE_IDS.map((rule) => [rule, compile(VOCABULARIES[language][rule])])) as Record<WordingRuleId, CompiledPhrases>;
    compiled.set(language, rules);
  }
  return rules;
}

function matchesAny(cues: readonly Cue[] | undefined, text: CueText): boolean {
  return cues !== undefined && cues.some((cue) => cue.test(text));
}

function earliestClaim(phrases: CompiledPhrases, text: CueText): (Span & { replacement?: string }) | undefined {
  let best: (Span & { replacement?: string }) | undefined;
  for (const group of phrases.claims) {
    for (const cue of group.cues) {
      const found = firstUnquoted(cue, text);
      if (found && (!best || found.start < best.start)) best = { ...found, replacement: group.replacement };
    }
  }
  return best;
}

/**
 * The first match that is not inside a quotation: a quoted sentence is cited, not claimed. A quoted term is
 * still a claim: "provided “as is”", «на условиях «как есть»».
 */
function firstUnquoted(cue: LocatedCue, text: CueText): Span | undefined {
  let quotes: QuoteTracker | undefined;
  for (let found = cue.find(text); found; found = cue.find(text, found.start + 1)) {
    quotes ??= new QuoteTracker(text.original);
    if (!quotes.insideAt(found.start) || isQuotedTerm(text.original, found)) return found;
  }
  return undefined;
}

/** Whether offsets, asked in ascending order, lie inside quotation marks; one pass over the text in all. */
class QuoteTracker {
  private position = 0;
  private guillemets = 0;
  private curly = 0;
  /** „…“, as Russian and German print them: the high quote closes a low one. */
  private lowHigh = 0;
  private straight = false;

  constructor(private readonly text: string) {}

  insideAt(offset: number): boolean {
    for (; this.position < offset; this.position++) {
      const ch = this.text[this.position];
      if (ch === "«") this.guillemets++;
      else if (ch === "»") this.guillemets = Math.max(0, this.guillemets - 1);
      else if (ch === "„") this.lowHigh++;
      else if (ch === "“" && this.lowHigh > 0) this.lowHigh--;
      else if (ch === "“") this.curly++;
      else if (ch === "”") this.curly = Math.max(0, this.curly - 1);
      else if (ch === '"') this.straight = !this.straight;
    }
    return this.guillemets > 0 || this.curly > 0 || this.lowHigh > 0 || this.straight;
  }
}

const OPENING_QUOTE = /[«“„"'‘][\s]*$/u;
const CLOSING_QUOTE = /^[\s.,!?]*[»”"'’]/u;

/** The quotation holds nothing but the matched words. */
function isQuotedTerm(text: string, found: Span): boolean {
  return OPENING_QUOTE.test(text.slice(Math.max(0, found.start - 3), found.start)) && CLOSING_QUOTE.test(text.slice(found.end, found.end + 3));
}

/**
 * A glossary entry defines a term rather than making a claim: "Third party — any person …",
 * «Третьи лица – лица, …», "“Partner” means …".
 */
const TERM_THEN_DASH = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?[«"“*_]*\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,4}[»"”*_]*\s+[—–-]\s/u;
/** "Means" defines only a marked term: "Your continued use of the app means you agree" is a claim. */
const MARKED_TERM_MEANS = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[«"“][^«»"“”]{1,60}[»"”]|\*\*[^*]{1,60}\*\*)\s+(?:means|refers to|shall mean|означает)\s/u;

/** An item of a list: a bullet, a clause number («4.2.1.») or a lower-case continuation. */
const LIST_ITEM = /^\s*(?:[-*•–—]|\d+(?:\.\d+)*[.)]?\s|\p{Ll})/u;
/** Enough of a block's start to see its list marker. */
const LIST_ITEM_WINDOW = 64;

/** Claims per sentence, kept between lints by the language, the sentence's words and its lead-in's. */
const claimsCaches = textCachesByLanguage<{ defines: boolean; claims: ProseSentence["claims"] }>(8 * 1024 * 1024);

/**
 * A lead-in stands in the keys of its list's items by a short id: its words in each key would make a
 * list of n items after a long lead-in cost n times the lead-in. Ids are never reused, so a forgotten
 * lead-in only costs a miss.
 */
const leadInIds = new RecentCache<string>(10_000);
let nextLeadInId = 0;

function leadInId(words: string): string {
  let id = leadInIds.get(words);
  if (id === undefined) leadInIds.set(words, (id = String(nextLeadInId++)));
  return id;
}

function proseSentences(document: PolicyDocument, language: Language): ProseSentence[] {
  let sentences = sentencesOf.get(document);
  if (sentences) return sentences;
  sentences = [];
  const glossaries = glossarySections(document);
  let leadIn: ProseSentence | undefined;
  let leadInKey = "";
  for (const block of document.blocks) {
    if (block.kind === "heading" || block.quoted) {
      leadIn = undefined;
      continue;
    }
    if (glossaries.some((section) => block.start >= section.start && block.start < section.end)) continue;
    if (!LIST_ITEM.test(document.prose.slice(block.start, Math.min(block.end, block.start + LIST_ITEM_WINDOW)))) leadIn = undefined;
    for (const sentence of block.sentences) {
      const words = sentence.prose;
      // A sentence's own prose is a key V8 has hashed already; one after a lead-in needs the lead-in's id too.
      const key = leadIn ? `${leadInKey}\u0000${words}` : words;
      let cached = claimsCaches[language].get(key);
      if (!cached) claimsCaches[language].set(key, (cached = { defines: TERM_THEN_DASH.test(words) || MARKED_TERM_MEANS.test(words), claims: new Map() }));
      if (cached.defines) continue;
      const read: ProseSentence = { start: sentence.start, end: sentence.end, words, leadIn, claims: cached.claims };
      sentences.push(read);
      // As /:\s*$/ says, without trying the expression at every offset of every sentence.
      if (words.trimEnd().endsWith(":")) {
        leadIn = read;
        leadInKey = leadInId(words);
      }
    }
  }
  sentencesOf.set(document, sentences);
  return sentences;
}

/** Where a long sentence divides into clauses: a semicolon, a colon before text, a list item on its own line. */
const CLAUSE_BREAK = /[;:](?=\s|$)|\n(?=[ \t]*(?:[-*•]|\d+[.)])[ \t])/gu;
/** A list marker that opens a clause in plain text ("- ", "2) ", «а) »); Markdown's are not prose. */
const LEADING_MARKER = /^(?:[-*•–—]|\d+(?:\.\d+)*[.)]|\p{L}\))[ \t]+/u;

/** In offsets of the sentence. */
function clauseAround(prose: string, phrase: Span): Span {
  let start = 0;
  let end = prose.length;
  for (const found of prose.matchAll(CLAUSE_BREAK)) {
    const at = found.index;
    if (at < phrase.start) start = at + 1;
    else if (at >= phrase.end) {
      end = at;
      break;
    }
  }
  while (start < end && /\s/u.test(prose[start])) start++;
  start += LEADING_MARKER.exec(prose.slice(start, Math.min(end, start + 16)))?.[0].length ?? 0;
  while (end > start && /\s/u.test(prose[end - 1])) end--;
  return { start, end };
}
