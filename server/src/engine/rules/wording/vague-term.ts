import { message } from "../../messages";
import type { Rule } from "../../rule";
import { checkWording } from "../../wording/check";

export const vagueTerm: Rule = {
  meta: {
    id: "vague-term",
    category: "wording",
    severity: "hint",
    description: message("en", "vague-term.description"),
    explanation: message("en", "vague-term.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 12(1); Reidenberg, Bhatia, Breaux and Norton, ‘Ambiguity in Privacy Policies and the Impact of Regulation’, Journal of Legal Studies 45(S2), 2016",
    fixable: true,
  },
  check: (context) => checkWording("vague-term", context),
};
