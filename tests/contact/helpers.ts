import { coveredFindings, type Found } from "../text-edits";

/** Contact findings (every contact-* rule, or one) with the text each covers. */
export function contactFindings(text: string, options: { rule?: string; fileName?: string; language?: "en" | "ru"; profiles?: string[] } = {}): Found[] {
  const { rule, fileName = "policy.md", language, profiles } = options;
  return coveredFindings({ text, fileName, options: { ...(language && { language }), ...(profiles && { profiles }) } }, (finding) =>
    rule ? finding.rule === rule : finding.rule.startsWith("contact-") && finding.rule !== "contact-missing",
  );
}
