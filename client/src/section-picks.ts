import type { SectionChoice } from "../../server/src/engine/templates";
import type { Language } from "../../server/src/engine/types";

/** One entry of the "Insert Standard Section" quick pick; kept free of `vscode` so it can be tested in plain Node. */
export interface SectionPick {
  id: string;
  label: string;
  description: string;
  detail: string;
}

export interface SectionPickGroup {
  label: string;
  picks: SectionPick[];
}

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", ru: "Russian" };

export function sectionPickPlaceholder(language: Language): string {
  return `Standard section in ${LANGUAGE_NAMES[language]} to insert at the cursor`;
}

/**
 * The picker's entries, in the order the server gives them (missing first): the element's name and
 * one-line description in the document's language, marked with the profiles that miss it or as present.
 */
export function sectionPickGroups(choices: readonly SectionChoice[]): SectionPickGroup[] {
  const pick = (choice: SectionChoice): SectionPick => {
    const status = choice.missing ? `$(warning) missing for ${choice.requiredBy.join(", ")}` : choice.present ? "$(check) in the document" : "";
    return {
      id: choice.id,
      label: choice.name,
      description: status ? `${status} · ${choice.id}` : choice.id,
      detail: choice.description.charAt(0).toUpperCase() + choice.description.slice(1),
    };
  };
  const missing = choices.filter((choice) => choice.missing).map(pick);
  const others = choices.filter((choice) => !choice.missing).map(pick);
  if (!missing.length) return [{ label: "Nothing missing for the active profiles", picks: others }];
  return [
    { label: "Missing for the active profiles", picks: missing },
    { label: "Other sections", picks: others },
  ];
}
