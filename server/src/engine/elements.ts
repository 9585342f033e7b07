/** The vocabulary of ../shared/spec/elements.md: element ids, their names, and the jurisdiction profiles. */

export const ELEMENT_IDS = [
  "controller",
  "contact",
  "dpo",
  "data-categories",
  "sources",
  "purposes",
  "legal-basis",
  "recipients",
  "international-transfers",
  "retention",
  "rights",
  "withdraw-consent",
  "complaint",
  "automated-decisions",
  "provision-requirement",
  "security",
  "cookies",
  "do-not-track",
  "sale-opt-out",
  "sensitive-data",
  "non-discrimination",
  "authorized-agent",
  "children",
  "changes",
  "effective-date",
  "data-subjects",
  "processing-operations",
  "localization",
  "request-response-time",
] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];

export const PROFILES: Record<string, readonly ElementId[]> = {
  baseline: ["controller", "contact", "data-categories", "purposes", "recipients", "retention", "rights", "security", "changes", "effective-date"],
  gdpr: [
    "controller", "contact", "dpo", "data-categories", "sources", "purposes", "legal-basis", "recipients",
    "international-transfers", "retention", "rights", "withdraw-consent", "complaint", "automated-decisions", "provision-requirement",
  ],
  ccpa: [
    "contact", "data-categories", "sources", "purposes", "recipients", "sale-opt-out", "sensitive-data", "rights",
    "non-discrimination", "authorized-agent", "do-not-track", "children", "effective-date",
  ],
  "ru-152fz": [
    "controller", "contact", "data-categories", "data-subjects", "purposes", "legal-basis", "processing-operations", "retention",
    "recipients", "international-transfers", "localization", "security", "rights", "withdraw-consent", "complaint", "effective-date",
  ],
  caloppa: ["data-categories", "recipients", "rights", "changes", "effective-date", "do-not-track"],
  coppa: ["contact", "children", "data-categories", "recipients", "rights"],
};

export const PROFILE_IDS = Object.keys(PROFILES);
export const DEFAULT_PROFILES = ["baseline"];
