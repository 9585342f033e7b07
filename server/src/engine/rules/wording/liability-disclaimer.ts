import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const liabilityDisclaimer: Rule = {
  meta: {
    id: "liability-disclaimer",
    category: "wording",
    severity: "warning",
    description: message("en", "liability-disclaimer.description"),
    explanation: message("en", "liability-disclaimer.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 82; 152-FZ art. 24; Council Directive 93/13/EEC, Annex, points (a) and (b); Russian Civil Code art. 400(2); Russian Consumer Protection Law (No. 2300-1) art. 16",
    fixable: true,
  },
  check: (context) => checkWording("liability-disclaimer", context),
};
