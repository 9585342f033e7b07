/** Plain data that the engine gives every front end. Positions follow LSP: zero-based line, UTF-16 character. */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export const SEVERITIES = ["error", "warning", "information", "hint"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LANGUAGES = ["en", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** A mechanical fix that is safe to apply with "fix all". */
  preferred?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes?: Fix[];
  data?: Record<string, unknown>;
  /** Other places the finding concerns, as LSP's related information: in the same document unless `path` names the other version of a translation pair. */
  related?: { range: Range; message: string; path?: string }[];
}

/** A problem with the settings, a config file or front matter: linting goes on with defaults. */
export interface ConfigProblem {
  /** Where the bad value came from: a file path, "front matter" or "settings". */
  source: string;
  key: string;
  message: string;
}

export type RuleSetting = Severity | "off";

/** Options as every front end hands them to the engine, already merged. */
export interface LintOptions {
  profiles?: string[];
  language?: Language | "auto";
  /** ISO 3166 country of phone numbers written without +, when the document's language or profiles do not tell it. */
  phoneRegion?: string;
  /** The language of messages, hovers and fix titles: the document's by default. */
  messageLanguage?: MessageLanguage;
  rules?: Record<string, RuleSetting>;
  plainLanguage?: PlainLanguageOptions;
  /** Pairs of files that are one policy in two languages, relative to the config file that lists them. */
  translations?: [string, string][];
}

/** The plain-language rule's thresholds, per language; unset ones keep their defaults. */
export interface PlainLanguageOptions {
  /** A sentence longer than this many words is reported. */
  maxSentenceWords?: Partial<Record<Language, number>>;
  /** A section whose reading ease (Flesch; Oborneva's coefficients for Russian) is lower is reported. */
  minReadingEase?: Partial<Record<Language, number>>;
}

export const MESSAGE_LANGUAGES = ["document", "en", "ru"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
