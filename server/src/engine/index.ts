/** The engine's public surface: text and options in, plain findings out. No editor or protocol imports. */
export * from "./types";
export { lint, unlintableReason, unlintedResult, MAX_TEXT_LENGTH, MAX_FINDINGS_PER_RULE, type LintRequest, type LintResult, type RuleFailure, type FoundElement, type FoundContact } from "./lint";
export { parseDocument, formatOf, declaredTranslation, type PolicyDocument, type Heading, type Section, type Block, type Span } from "./document";
export { validateOptions, mergeOptions } from "./config";
export { directiveComment } from "./directives";
export { RULES, RULES_BY_ID } from "./rules";
export type { Rule, RuleMeta } from "./rule";
export { message, isMessageKey, type MessageKey, type MessageParams } from "./messages";
export { ELEMENT_IDS, PROFILES, PROFILE_IDS, DEFAULT_PROFILES, type ElementId } from "./elements";
export { regionName } from "./contacts/check";
export { ELEMENT_INFO, CANONICAL_ORDER, isElementId, type ElementInfo, type LegalSources } from "./element-info";
export { sectionText, sectionTemplate, standardSectionChoices, type SectionChoice, type SectionTemplate, type HeadingFormat } from "./templates";
export { insertSectionAtEdit, insertSectionsEdits } from "./section-layout";
export { lineBreakOf } from "./text";
export { coverageOf, type Coverage, type CoverageElement, type ProfileCoverage } from "./coverage";
