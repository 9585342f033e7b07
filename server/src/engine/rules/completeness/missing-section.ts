import { CANONICAL_ORDER, ELEMENT_INFO, legalSourcesFor, profilesRequiring } from "../../element-info";
import { message } from "../../messages";
import type { Rule } from "../../rule";
import { insertSectionsEdits, outline } from "../../section-layout";
import type { Severity } from "../../types";

/** Conditional elements are reported a step lower: the author may rightly have nothing to disclose yet. */
const ONE_STEP_LOWER: Record<Severity, Severity> = { error: "warning", warning: "information", information: "hint", hint: "hint" };

/** The effective-date rule reports a missing date itself, with a fix that inserts a dated line, so it is not said twice. */
const REPORTED_BY_OTHER_RULES = new Set(["effective-date"]);

export const missingSection: Rule = {
  meta: {
    id: "missing-section",
    category: "completeness",
    severity: "warning",
    description: message("en", "missing-section.description"),
    explanation: message("en", "missing-section.explanation"),
    languages: ["en", "ru"],
    legalSource:
      "GDPR art. 13-14; Cal. Civ. Code 1798.100-1798.135 and 11 CCR §7011 (CCPA/CPRA); 152-FZ art. 14, 18.1 and the Roskomnadzor " +
      "recommendations; Cal. Bus. & Prof. Code 22575 (CalOPPA); 16 CFR 312.4 (COPPA)",
    fixable: true,
  },
  check({ document, language, messageLanguage, profiles, elements, considered, report, message: say }) {
    // A new, empty file is not a policy yet; the Insert Standard Section command fills it.
    if (!document.prose.trim()) return;
    const present = new Set(elements.map((element) => element.id));
    const missing = CANONICAL_ORDER[language].filter(
      (id) => !present.has(id) && !REPORTED_BY_OTHER_RULES.has(id) && profilesRequiring(id, profiles).length > 0,
    );
    if (!missing.length) return;
    const layout = outline(document);
    const insertAll = missing.length > 1 ? [{ title: say("missing-section.fixInsertAll"), edits: insertSectionsEdits(document, language, elements, missing, layout) }] : [];
    for (const id of missing) {
      const info = ELEMENT_INFO[id];
      const name = info.name[messageLanguage];
      const requiredBy = profilesRequiring(id, profiles);
      const sources = legalSourcesFor(id, requiredBy);
      // One catalogue entry per sentence, so that each language words the optional parts whole.
      const sentences = [
        say("missing-section.missing", { name, id, description: info.description[messageLanguage] }),
        sources.length
          ? say("missing-section.requiredByCited", { profiles: requiredBy.join(", "), sources: sources.join("; ") })
          : say("missing-section.requiredBy", { profiles: requiredBy.join(", ") }),
      ];
      if (info.conditional) sentences.push(say("missing-section.notApplicable"));
      const nearest = considered.find((text) => text.id === id);
      report({
        ...layout.title,
        message: sentences.join(" "),
        severity: info.conditional ? ONE_STEP_LOWER[missingSection.meta.severity] : undefined,
        data: { element: id, profiles: requiredBy },
        // The text an author may think is the section, so they can see what to change.
        related: nearest && [{ start: nearest.start, end: nearest.end, message: say(`missing-section.considered.${nearest.reason}`) }],
        fixes: [{ title: say("missing-section.fixInsert", { name }), edits: insertSectionsEdits(document, language, elements, [id], layout) }, ...insertAll],
      });
    }
  },
};
