import { reportFaults } from "../../contacts/check";
import { message } from "../../messages";
import type { Rule } from "../../rule";

export const contactPhone: Rule = {
  meta: {
    id: "contact-phone",
    category: "contact",
    severity: "error",
    description: message("en", "contact-phone.description"),
    explanation: message("en", "contact-phone.explanation"),
    languages: ["en", "ru"],
    legalSource: "ITU-T E.164; Cal. Civ. Code 1798.130(a)(1) (a toll-free number)",
    fixable: true,
  },
  check: (context) =>
    reportFaults(context, {
      "invalid-number": { message: "contact-phone.invalid" },
      "invalid-national": { message: "contact-phone.invalid", severity: "warning" },
      // The country cannot be told, so the number cannot be judged: information, not an error.
      "no-region": { message: "contact-phone.noRegion", severity: "information" },
      "national-form": {
        message: "contact-phone.national",
        severity: "hint",
        fix: (contact) => ({ title: "contact-phone.fixInternational", newText: contact.international!, preferred: true }),
      },
    }),
};
