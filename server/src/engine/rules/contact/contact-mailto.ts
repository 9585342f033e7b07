import { reportFaults } from "../../contacts/check";
import { message } from "../../messages";
import type { Rule } from "../../rule";

export const contactMailto: Rule = {
  meta: {
    id: "contact-mailto",
    category: "contact",
    severity: "error",
    description: message("en", "contact-mailto.description"),
    explanation: message("en", "contact-mailto.explanation"),
    languages: ["en", "ru"],
    legalSource: "RFC 6068 (the mailto URI scheme)",
    fixable: true,
  },
  check: (context) =>
    reportFaults(context, {
      slashes: { message: "contact-mailto.slashes", fix: (contact) => ({ title: "contact-mailto.fixSlashes", newText: contact.written.replace(/^mailto:\/\//iu, "mailto:"), preferred: true }) },
      "no-address": { message: "contact-mailto.invalid" },
      "text-differs": { message: "contact-mailto.mismatch" },
    }),
};
