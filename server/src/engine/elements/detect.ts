import type { PolicyDocument } from "../document";
import type { ElementId } from "../elements";
import type { Language } from "../types";

/** The best evidence that a document discloses one element. Offsets into the document's text. */
export interface ElementEvidence {
  id: ElementId;
  start: number;
  end: number;
  source: "heading" | "text";
}

/** TEMPORARY: filled in by the element-detection work (issue 3). */
export function detectElements(_document: PolicyDocument, _language: Language): ElementEvidence[] {
  return [];
}
