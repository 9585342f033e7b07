import { CANONICAL_ORDER, ELEMENT_INFO, legalSourcesFor, profilesRequiring } from "../../element-info";
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
    description: "An element that an active profile requires and the document does not disclose; the quick-fix inserts a standard section.",
    explanation:
      "Each jurisdiction's law lists what a privacy policy must tell people: who is responsible and how to reach them, what data is " +
      "collected and why, who receives it, how long it is kept, and which rights people have. One finding names each required " +
      "element the linter cannot find, with the profiles that require it and the legal source. Add a section that says it plainly, " +
      "under a heading that names it (\"How long we keep your data\"). The quick-fix inserts a standard section in the document's " +
      "language, in the usual place and heading style, with blanks such as `[EMAIL ADDRESS]` to fill in. Some elements apply only " +
      "when a fact holds (a DPO, transfers abroad, children, sale of data); they are reported at a lower severity, and a sentence " +
      "stating that they do not apply (\"We do not sell your personal information\") counts as the disclosure.",
    languages: ["en", "ru"],
    legalSource:
      "GDPR art. 13-14; Cal. Civ. Code 1798.100-1798.135 and 11 CCR §7011 (CCPA/CPRA); 152-FZ art. 14, 18.1 and the Roskomnadzor " +
      "recommendations; Cal. Bus. & Prof. Code 22575 (CalOPPA); 16 CFR 312.4 (COPPA)",
    fixable: true,
  },
  check({ document, language, profiles, elements, report }) {
    // A new, empty file is not a policy yet; the Insert Standard Section command fills it.
    if (!document.prose.trim()) return;
    const present = new Set(elements.map((element) => element.id));
    const missing = CANONICAL_ORDER[language].filter(
      (id) => !present.has(id) && !REPORTED_BY_OTHER_RULES.has(id) && profilesRequiring(id, profiles).length > 0,
    );
    if (!missing.length) return;
    const layout = outline(document);
    const insertAll = missing.length > 1 ? [{ title: "Insert all missing sections", edits: insertSectionsEdits(document, language, elements, missing, layout) }] : [];
    for (const id of missing) {
      const info = ELEMENT_INFO[id];
      const requiredBy = profilesRequiring(id, profiles);
      const sources = legalSourcesFor(id, requiredBy);
      const notApplicable = info.conditional ? " If it does not apply, say so: a statement that it does not apply counts as the disclosure." : "";
      report({
        ...layout.title,
        message:
          `Missing section "${info.name.en}" (${id}): the policy should say ${info.description.en}. ` +
          `Required by ${requiredBy.join(", ")}${sources.length ? ` (${sources.join("; ")})` : ""}.${notApplicable}`,
        severity: info.conditional ? ONE_STEP_LOWER[missingSection.meta.severity] : undefined,
        data: { element: id, profiles: requiredBy },
        fixes: [{ title: `Insert standard section: ${info.name.en}`, edits: insertSectionsEdits(document, language, elements, [id], layout) }, ...insertAll],
      });
    }
  },
};
