import { documentContacts } from "../../contacts/check";
import { profilesRequiring } from "../../element-info";
import { message } from "../../messages";
import type { Rule } from "../../rule";
import { outline } from "../../section-layout";

export const contactMissing: Rule = {
  meta: {
    id: "contact-missing",
    category: "contact",
    severity: "warning",
    description: message("en", "contact-missing.description"),
    explanation: message("en", "contact-missing.explanation"),
    languages: ["en", "ru"],
    legalSource: "GDPR art. 13(1)(a); 152-FZ art. 14(7); Cal. Civ. Code 1798.130(a)(1)",
    fixable: false,
  },
  check(context) {
    const { document, elements, profiles } = context;
    if (!document.prose.trim() || documentContacts(context).some((contact) => contact.usable)) return;
    // A policy with no contact section at all already hears so from missing-section; this is for the one whose
    // contact section holds nothing a reader can use ("[email protected]").
    const reportedAsMissingSection = !elements.some((element) => element.id === "contact") && profilesRequiring("contact", profiles).length > 0;
    if (reportedAsMissingSection) return;
    context.report({ ...outline(document).title, message: context.message("contact-missing.none") });
  },
};
