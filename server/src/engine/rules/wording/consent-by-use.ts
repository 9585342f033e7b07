import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const consentByUse: Rule = {
  meta: {
    id: "consent-by-use",
    category: "wording",
    severity: "warning",
    description: message("en", "consent-by-use.description"),
    explanation: message("en", "consent-by-use.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 4(11), art. 7 and recital 32; 152-FZ art. 9",
    fixable: true,
  },
  check: (context) => checkWording("consent-by-use", context),
};
