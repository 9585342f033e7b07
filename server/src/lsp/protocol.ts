/** Names the server and the VS Code client share. Type imports only: the client bundles this file too. */
import type { Coverage } from "../engine/coverage";
import type { SectionChoice } from "../engine/templates";
import type { Language, Position, TextEdit } from "../engine/types";

export const SETTINGS_SECTION = "policyLint";
export const DIAGNOSTIC_SOURCE = "policylint";

/** Handled by the client (it opens the URL given as the first argument), never by the server. */
export const SHOW_RULE_DOCS_COMMAND = "policylint.showRuleDocs";

/** A sub-kind of source.fixAll, so `editor.codeActionsOnSave` can ask for it by name. */
export const FIX_ALL_SOURCE_KIND = "source.fixAll.policylint";

/** Handled by the client: a quick pick of standard sections, then an insert at the cursor. */
export const INSERT_SECTION_COMMAND = "policylint.insertStandardSection";

/** Every standard section for the document, missing ones first (custom request). */
export const SECTION_CHOICES_REQUEST = "policylint/sectionChoices";
export interface SectionChoicesParams {
  textDocument: { uri: string };
}
/** `refused` says, in words for the user, why no section can be offered (the file could not be linted). */
export type SectionChoicesResult = { language: Language; profiles: string[]; choices: SectionChoice[] } | { refused: string };

/** The edit that inserts one standard section at a position of one document version (custom request). */
export const INSERT_SECTION_REQUEST = "policylint/insertSection";
export interface InsertSectionParams {
  /** The version the client will apply the edit to; the server refuses when it holds another. */
  textDocument: { uri: string; version: number };
  element: string;
  /** Insert at this position (the cursor); without it, where the standard section order puts the section. */
  position?: Position;
}
/** `stale`: the server holds another version of the document, so asking again may succeed. */
export type InsertSectionResult = { edit: TextEdit } | { refused: string; stale?: boolean };

/** Which elements the active profiles ask for and which the document discloses (custom request): the coverage view. */
export const COVERAGE_REQUEST = "policylint/coverage";
export interface CoverageParams {
  textDocument: { uri: string };
}
/** `version` is the document version the coverage describes; `translationUri` locates `translation.path`. */
export type CoverageResult = ({ version: number; language: Language; translationUri?: string } & Coverage) | { refused: string };
