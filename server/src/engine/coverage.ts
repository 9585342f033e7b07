import { ELEMENT_INFO } from "./element-info";
import { PROFILES, type ElementId } from "./elements";
import type { FoundElement, LintResult, SectionSummary } from "./lint";
import type { TranslationComparison } from "./translation/table";

export interface CoverageElement {
  id: ElementId;
  /** In the messages' language. */
  name: string;
  /** Required only when a fact holds (a DPO exists, data goes abroad). */
  conditional: boolean;
  /** The evidence the document gives; absent when the element is missing. */
  found?: Pick<FoundElement, "range" | "source">;
}

export interface ProfileCoverage {
  profile: string;
  elements: CoverageElement[];
}

/** Which disclosures each active profile asks for and which the document makes: the coverage view, the status bar and `--format coverage`. */
export interface Coverage {
  profiles: ProfileCoverage[];
  /** Distinct elements the active profiles require, and how many of those the document discloses. */
  required: number;
  found: number;
  /** Each section's length and reading ease, for a look at where the policy is hard to read. */
  sections: SectionSummary[];
  /** With a translation: the two versions' facts side by side. */
  translation?: TranslationComparison;
}

export function coverageOf({ profiles, elements, messageLanguage, sections, translation }: Pick<LintResult, "profiles" | "elements" | "messageLanguage" | "sections" | "translation">): Coverage {
  const evidence = new Map(elements.map(({ id, range, source }) => [id, { range, source }]));
  const required = new Set<ElementId>();
  const byProfile = profiles.filter((profile) => PROFILES[profile]).map((profile) => ({
    profile,
    elements: PROFILES[profile].map((id): CoverageElement => {
      required.add(id);
      const found = evidence.get(id);
      return { id, name: ELEMENT_INFO[id].name[messageLanguage], conditional: ELEMENT_INFO[id].conditional, ...(found && { found }) };
    }),
  }));
  return { profiles: byProfile, required: required.size, found: [...required].filter((id) => evidence.has(id)).length, sections, ...(translation && { translation }) };
}
