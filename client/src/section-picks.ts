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

/** vscode.l10n.t's shape: an English message with {0}-style slots, translated by the display language's bundle. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** For tests and any caller without VS Code: the English message with its slots filled. */
const english: Translate = (text, ...args) => text.replace(/\{(\d+)\}/g, (slot, index: string) => String(args[Number(index)] ?? slot));

export function sectionPickPlaceholder(language: Language, t: Translate = english): string {
  const name = language === "ru" ? t("Russian") : t("English");
  return t("Standard section in {0} to insert at the cursor", name);
}

/**
 * The picker's entries, in the order the server gives them (missing first): the element's name and
 * one-line description in the document's language, marked with the profiles that miss it or as present.
 */
export function sectionPickGroups(choices: readonly SectionChoice[], t: Translate = english): SectionPickGroup[] {
  const pick = (choice: SectionChoice): SectionPick => {
    const status = choice.missing
      ? `$(warning) ${t("missing for {0}", choice.requiredBy.join(", "))}`
      : choice.present
        ? `$(check) ${t("in the document")}`
        : "";
    return {
      id: choice.id,
      label: choice.name,
      description: status ? `${status} · ${choice.id}` : choice.id,
      detail: choice.description.charAt(0).toUpperCase() + choice.description.slice(1),
    };
  };
  const missing = choices.filter((choice) => choice.missing).map(pick);
  const others = choices.filter((choice) => !choice.missing).map(pick);
  if (!missing.length) return [{ label: t("Nothing missing for the active profiles"), picks: others }];
  return [
    { label: t("Missing for the active profiles"), picks: missing },
    { label: t("Other sections"), picks: others },
  ];
}
