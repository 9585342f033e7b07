import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const vagueRetention: Rule = {
  meta: {
    id: "vague-retention",
    category: "wording",
    severity: "warning",
    description: message("en", "vague-retention.description"),
    explanation: message("en", "vague-retention.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 13(2)(a); 152-FZ art. 5(7) and art. 14(7)",
    fixable: true,
  },
  check: (context) => checkWording("vague-retention", context),
};
