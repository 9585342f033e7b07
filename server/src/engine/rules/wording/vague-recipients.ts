import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const vagueRecipients: Rule = {
  meta: {
    id: "vague-recipients",
    category: "wording",
    severity: "information",
    description: message("en", "vague-recipients.description"),
    explanation: message("en", "vague-recipients.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 13(1)(e); 152-FZ art. 14(7); Cal. Civ. Code 1798.110(c)(4)",
    fixable: true,
  },
  check: (context) => checkWording("vague-recipients", context),
};
