import { reportFaults } from "../../contacts/check";
import { message } from "../../messages";
import type { Rule } from "../../rule";

export const contactUrl: Rule = {
  meta: {
    id: "contact-url",
    category: "contact",
    severity: "warning",
    description: message("en", "contact-url.description"),
    explanation: message("en", "contact-url.explanation"),
    languages: ["en", "ru"],
    legalSource: "WHATWG URL Standard; GDPR art. 32 (security of processing) for https",
    fixable: true,
  },
  check: (context) =>
    reportFaults(context, {
      // A browser cannot open these: errors, above the rule's warning for http.
      "bad-url": { message: "contact-url.invalid", severity: "error" },
      "unknown-host": { message: "contact-url.host", severity: "error" },
      // Not preferred: the site may not serve https.
      http: { message: "contact-url.http", fix: (contact) => ({ title: "contact-url.fixHttps", newText: "https:", span: { start: contact.start, end: contact.start + "http:".length }, preferred: false }) },
    }),
};
