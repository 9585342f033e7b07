/** The wording rules' vocabulary, per language (phrases-en.ts, phrases-ru.ts), in the cue shorthand of elements/cues.ts. */

export const WORDING_RULE_IDS = [
  "liability-disclaimer",
  "unilateral-change",
  "consent-by-use",
  "vague-recipients",
  "vague-retention",
  "vague-term",
  "asset-transfer",
] as const;
export type WordingRuleId = (typeof WORDING_RULE_IDS)[number];

/** Cues that make one kind of claim, and what the quick-fix puts in place of the words they match. */
interface PhraseGroup {
  cues: readonly string[];
  /**
   * Replaces the matched words ("" removes them; a `[BLANK]` is then flagged by `placeholder` until filled).
   * Without it, the fix replaces the whole clause with the rule's model sentence from the message catalogue.
   */
  replacement?: string;
}

export interface WordingPhrases {
  /** The words that make the claim; the earliest match in a clause is reported. */
  claims: readonly PhraseGroup[];
  /** When given, a claim counts only in a sentence that also matches one of these (the verb of sharing, say). */
  with?: readonly string[];
  /**
   * A sentence that matches one of these is not reported: it shows the claim is fair (a limit "except as required by
   * law", a change announced in advance) or denies it ("we do not share your data").
   */
  unless?: readonly string[];
}

export type WordingVocabulary = Record<WordingRuleId, WordingPhrases>;
