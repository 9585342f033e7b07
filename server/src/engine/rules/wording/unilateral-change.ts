import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const unilateralChange: Rule = {
  meta: {
    id: "unilateral-change",
    category: "wording",
    severity: "warning",
    description: message("en", "unilateral-change.description"),
    explanation: message("en", "unilateral-change.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 13(3) and art. 12(1); WP29 Guidelines on transparency (WP260 rev.01); Council Directive 93/13/EEC, Annex, point (j); Russian Civil Code art. 310; Russian Consumer Protection Law art. 16",
    fixable: true,
  },
  check: (context) => checkWording("unilateral-change", context),
};
