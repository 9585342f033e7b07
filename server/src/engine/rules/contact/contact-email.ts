import { reportFaults } from "../../contacts/check";
import { message } from "../../messages";
import type { Rule } from "../../rule";

export const contactEmail: Rule = {
  meta: {
    id: "contact-email",
    category: "contact",
    severity: "error",
    description: message("en", "contact-email.description"),
    explanation: message("en", "contact-email.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 12(2) and 13(1)(a); 152-FZ art. 14(7); Cal. Civ. Code 1798.130(a)(1)",
    fixable: true,
  },
  check: (context) =>
    reportFaults(context, {
      "bad-address": { message: "contact-email.invalid" },
      "unknown-domain": { message: "contact-email.domain" },
      // Mechanical: the address is all there, only the spaces are in the way.
      spaced: { message: "contact-email.spaced", fix: (contact) => ({ title: "contact-email.fixSpaces", newText: contact.value!, preferred: true }) },
    }),
};
