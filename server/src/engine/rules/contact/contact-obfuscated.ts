import { reportFaults } from "../../contacts/check";
import { message } from "../../messages";
import type { Rule } from "../../rule";

export const contactObfuscated: Rule = {
  meta: {
    id: "contact-obfuscated",
    category: "contact",
    severity: "error",
    description: message("en", "contact-obfuscated.description"),
    explanation: message("en", "contact-obfuscated.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 12(2) and 13(1)(a); 152-FZ art. 14(7)",
    fixable: true,
  },
  check: (context) =>
    reportFaults(context, {
      // The address is lost: a blank that `placeholder` flags until the author writes it in.
      protected: { message: "contact-obfuscated.protected", fix: (_, language) => ({ title: "contact-obfuscated.fixBlank", newText: message(language, "contact-obfuscated.blank"), preferred: false }) },
      // The address is there, spelled out against spam robots; writing it plainly is the author's choice.
      "spelled-out": { message: "contact-obfuscated.spelled", fix: (contact) => ({ title: "contact-obfuscated.fixWrite", newText: contact.value!, preferred: false }) },
    }),
};
