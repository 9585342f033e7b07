import { MarkupKind, type Hover, type Position } from "vscode-languageserver/node";
import { RULES_BY_ID, type Finding, type LintResult } from "../engine";
import { ruleDocsUrl } from "./docs-link";
import { touches } from "./ranges";

/** Every finding under the cursor: what is wrong, why it matters, the law behind it, and the docs. */
export function hoverAt(result: LintResult, position: Position): Hover | null {
  const point = { start: position, end: position };
  const findings = result.findings.filter((finding) => touches(finding.range, point));
  if (!findings.length) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: findings.map(describe).join("\n\n---\n\n") },
    range: findings.length === 1 ? findings[0].range : undefined,
  };
}

function describe(finding: Finding): string {
  const meta = RULES_BY_ID.get(finding.rule)?.meta;
  const parts = [`**policylint** \`${finding.rule}\`: ${finding.message}`];
  if (meta?.explanation) parts.push(meta.explanation);
  if (meta?.legalSource) parts.push(`Legal source: ${meta.legalSource}`);
  parts.push(`[Documentation for ${finding.rule}](${ruleDocsUrl(finding.rule)})`);
  return parts.join("\n\n");
}
