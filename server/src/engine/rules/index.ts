import type { Rule } from "../rule";
import { conversionArtifact } from "./hygiene/conversion-artifact";
import { effectiveDate } from "./completeness/effective-date";
import { missingSection } from "./completeness/missing-section";
import { placeholder } from "./hygiene/placeholder";
import { profileHint } from "./completeness/profile-hint";

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly Rule[] = [missingSection, profileHint, effectiveDate, placeholder, conversionArtifact];

export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
