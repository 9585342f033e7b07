import { insertSectionAtEdit, insertSectionsEdits, isElementId, standardSectionChoices } from "../engine";
import type { Analysis } from "./analyses";
import type { InsertSectionParams, InsertSectionResult, SectionChoicesResult } from "./protocol";

/** The "Insert Standard Section" picker's list: all 29 elements in the document's language, missing ones first. */
export function sectionChoices({ result }: Analysis): SectionChoicesResult {
  if (result.error) return { refused: `this file cannot be linted: ${result.error}.` };
  return { language: result.language, profiles: result.profiles, choices: standardSectionChoices(result.elements, result.profiles, result.language) };
}

/**
 * The edit that inserts one standard section at the cursor (or in its standard place), for exactly the version the client holds:
 * an edit computed on another version could land in the wrong place or overwrite what the user typed.
 */
export function insertSection({ result, version }: Analysis, params: InsertSectionParams): InsertSectionResult {
  // Only a file the engine refused has no document.
  if (!result.document) return { refused: `this file cannot be linted: ${result.error}.` };
  if (version !== params.textDocument.version) {
    return { refused: "the document changed while the section was being prepared; run the command again.", stale: true };
  }
  if (!isElementId(params.element)) return { refused: `"${params.element}" is not a policy element.` };
  const { document, language } = result;
  const { lines } = document;
  const present = result.elements.flatMap(({ id, range, source }) => (isElementId(id) ? [{ id, start: lines.offsetAt(range.start), source }] : []));
  const edit = params.position
    ? insertSectionAtEdit(document, params.element, language, lines.offsetAt(params.position))
    : insertSectionsEdits(document, language, present, [params.element])[0];
  return { edit: { range: lines.range(edit.start, edit.end), newText: edit.newText } };
}
