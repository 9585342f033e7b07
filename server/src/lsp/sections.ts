import { insertSectionAtEdit, isElementId, standardSectionChoices } from "../engine";
import type { Analysis } from "./analyses";
import type { InsertSectionParams, InsertSectionResult, SectionChoicesResult } from "./protocol";

/** The "Insert Standard Section" picker's list: all 29 elements in the document's language, missing ones first. */
export function sectionChoices({ result }: Analysis): SectionChoicesResult {
  if (result.error) return { refused: `this file cannot be linted: ${result.error}.` };
  return { language: result.language, profiles: result.profiles, choices: standardSectionChoices(result.elements, result.profiles, result.language) };
}

/**
 * The edit that inserts one standard section at the cursor, for exactly the version the client holds:
 * an edit computed on another version could land in the wrong place or overwrite what the user typed.
 */
export function insertSection({ result, version }: Analysis, params: InsertSectionParams): InsertSectionResult {
  // Only a file the engine refused has no document.
  if (!result.document) return { refused: `this file cannot be linted: ${result.error}.` };
  if (version !== params.textDocument.version) {
    return { refused: "the document changed while the section was being prepared; run the command again.", stale: true };
  }
  if (!isElementId(params.element)) return { refused: `"${params.element}" is not a policy element.` };
  const { lines } = result.document;
  const edit = insertSectionAtEdit(result.document, params.element, result.language, lines.offsetAt(params.position));
  return { edit: { range: lines.range(edit.start, edit.end), newText: edit.newText } };
}
