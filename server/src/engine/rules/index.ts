import type { Rule } from "../rule";
import { conversionArtifact } from "./conversion-artifact";
import { placeholder } from "./placeholder";

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly Rule[] = [placeholder, conversionArtifact];

export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
