import type { PolicyDocument } from "./document";
import type { ConsideredText, ElementEvidence } from "./elements/detect";
import type { CountryCode } from "libphonenumber-js/max";
import type { MessageKey, MessageParams } from "./messages";
import type { PolicyFacts } from "./translation/facts";
import type { Language, PlainLanguageOptions, Severity } from "./types";

export interface TranslationFacts extends PolicyFacts {
  path: string;
  language: Language;
}

export type RuleCategory = "completeness" | "wording" | "contact" | "clarity" | "hygiene";

/** What a rule says about itself; docs/rules.md, hovers and SARIF are generated from it. */
export interface RuleMeta {
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** Markdown: why it matters and what to write instead. */
  explanation: string;
  languages: readonly Language[];
  /** The law or guidance the rule rests on, when one does. */
  legalSource?: string;
  fixable: boolean;
}

/** An edit in offsets of the document's text; the engine turns it into an LSP range. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Report {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default for this finding (e.g. a lower one for a conditional element); a user's setting still wins. */
  severity?: Severity;
  fixes?: { title: string; edits: OffsetEdit[]; preferred?: boolean }[];
  data?: Record<string, unknown>;
  /** Other places in the document the finding concerns (the spelling a near-duplicate departs from). */
  /** With `path`, the offsets are in the other version of a translation pair (`RuleContext.translation`). */
  related?: { start: number; end: number; message: string; path?: string }[];
}

export interface RuleContext {
  document: PolicyDocument;
  language: Language;
  profiles: readonly string[];
  /** The elements the document discloses, found once per lint and shared by every rule. */
  elements: readonly ElementEvidence[];
  /** For elements without evidence, the first text that named one and why it did not count. */
  considered: readonly ConsideredText[];
  /** The country of phone numbers written without +: from the settings, else the document's language or profiles. */
  phoneRegion?: CountryCode;
  /**
   * When the request names the other language's version of this policy: this version's facts and that
   * one's, each read once per lint (the side-by-side table in the result reads the same).
   */
  translation?: { here: PolicyFacts; there: TranslationFacts };
  /** Thresholds of the plain-language rule from the settings. */
  plainLanguage?: PlainLanguageOptions;
  /** The moment that counts as "now" for date checks; tests inject it. Undefined means the current time. */
  now?: Date;
  /** The language `message` speaks. */
  messageLanguage: Language;
  report(report: Report): void;
  /**
   * A text from the message catalogue in the reader's language (the `messageLanguage` option, by default the
   * document's). Text a fix inserts into the document takes the document's `language` instead.
   */
  message(key: MessageKey, params?: MessageParams): string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function docsAnchor(ruleId: string, language: Language): string {
  return `${rulesDocName(language)}#${ruleId}`;
}

/** docs/rules.md in English, docs/rules.ru.md in Russian. */
export function rulesDocName(language: Language): string {
  return language === "en" ? "rules.md" : `rules.${language}.md`;
}
