import type { Rule } from "../rule";
import { conversionArtifact } from "./conversion-artifact";
import { effectiveDate } from "./effective-date";
import { missingSection } from "./missing-section";
import { placeholder } from "./placeholder";
import { profileHint } from "./profile-hint";

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly Rule[] = [missingSection, profileHint, effectiveDate, placeholder, conversionArtifact];

export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
