import { MarkupKind, type Hover, type Position } from "vscode-languageserver/node";
import {
  ELEMENT_INFO,
  isElementId,
  isMessageKey,
  message,
  RULES_BY_ID,
  sectionTemplate,
  type ElementId,
  type Finding,
  type Language,
  type LintResult,
} from "../engine";
import { ruleDocsUrl } from "./docs-link";
import { touches } from "./ranges";

/**
 * Every finding under the cursor: what is wrong and, for a missing section, what to write there; and once
 * per rule (missing sections pile up on the title line), why it matters, the law behind it, and the docs.
 * All in the document's language, like the findings' messages.
 */
export function hoverAt(result: LintResult, position: Position): Hover | null {
  const point = { start: position, end: position };
  const findings = result.findings.filter((finding) => touches(finding.range, point));
  if (!findings.length) return null;
  const explained = new Set<string>();
  return {
    contents: { kind: MarkupKind.Markdown, value: findings.map((finding) => describe(finding, result.language, explained)).join("\n\n---\n\n") },
    range: findings.length === 1 ? findings[0].range : undefined,
  };
}

function describe(finding: Finding, language: Language, explained: Set<string>): string {
  const legalSource = RULES_BY_ID.get(finding.rule)?.meta.legalSource;
  const parts = [`**policylint** \`${finding.rule}\`: ${finding.message}`];
  const element = missingElement(finding);
  if (element) parts.push(whatToWrite(element, language));
  if (explained.has(finding.rule)) return parts.join("\n\n");
  explained.add(finding.rule);
  const explanation = `${finding.rule}.explanation`;
  if (isMessageKey(explanation)) parts.push(message(language, explanation));
  // A missing section's message cites the law behind its own element; the rule's source lists every law.
  if (legalSource && !element) parts.push(message(language, "lsp.legalSource", { source: legalSource }));
  parts.push(`[${message(language, "lsp.documentation", { rule: finding.rule })}](${ruleDocsUrl(finding.rule)})`);
  return parts.join("\n\n");
}

/** The element a missing-section finding is about. */
function missingElement(finding: Finding): ElementId | undefined {
  const element = finding.data?.element;
  return typeof element === "string" && isElementId(element) ? element : undefined;
}

/** The finding's message already says what the element is and which law asks for it; this adds the heading to put it under. */
function whatToWrite(id: ElementId, language: Language): string {
  const fix = message(language, "missing-section.fixInsert", { name: ELEMENT_INFO[id].name[language] });
  return message(language, "lsp.whatToWrite", { heading: sectionTemplate(id, language).title, fix });
}
