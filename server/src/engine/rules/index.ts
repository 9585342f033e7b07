import type { Rule } from "../rule";
import { effectiveDate } from "./completeness/effective-date";
import { contactEmail } from "./contact/contact-email";
import { contactInconsistent } from "./contact/contact-inconsistent";
import { contactMailto } from "./contact/contact-mailto";
import { contactMissing } from "./contact/contact-missing";
import { contactObfuscated } from "./contact/contact-obfuscated";
import { contactPhone } from "./contact/contact-phone";
import { contactUrl } from "./contact/contact-url";
import { missingSection } from "./completeness/missing-section";
import { profileHint } from "./completeness/profile-hint";
import { conversionArtifact } from "./hygiene/conversion-artifact";
import { placeholder } from "./hygiene/placeholder";
import { plainLanguage } from "./clarity/plain-language";
import { translationMismatch } from "./clarity/translation-mismatch";
import { assetTransfer } from "./wording/asset-transfer";
import { consentByUse } from "./wording/consent-by-use";
import { liabilityDisclaimer } from "./wording/liability-disclaimer";
import { unilateralChange } from "./wording/unilateral-change";
import { vagueRecipients } from "./wording/vague-recipients";
import { vagueRetention } from "./wording/vague-retention";
import { vagueTerm } from "./wording/vague-term";

/** Every rule, in the order docs/rules.md lists them. */
export const RULES: readonly Rule[] = [
  missingSection,
  profileHint,
  effectiveDate,
  liabilityDisclaimer,
  unilateralChange,
  consentByUse,
  vagueRecipients,
  vagueRetention,
  vagueTerm,
  assetTransfer,
  contactEmail,
  contactObfuscated,
  contactMailto,
  contactPhone,
  contactUrl,
  contactInconsistent,
  contactMissing,
  translationMismatch,
  plainLanguage,
  placeholder,
  conversionArtifact,
];

export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
