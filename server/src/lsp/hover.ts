import { MarkupKind, type Hover, type Position } from "vscode-languageserver/node";
import {
  ELEMENT_INFO,
  isElementId,
  isMessageKey,
  message,
  RULES_BY_ID,
  sectionTemplate,
  type ElementId,
  regionName,
  type Finding,
  type FoundContact,
  type Language,
  type LintResult,
  type MessageKey,
  type MessageParams,
} from "../engine";
import { ruleDocsUrl } from "./docs-link";
import { touches } from "./ranges";

/**
 * Every finding under the cursor: what is wrong and, for a missing section, what to write there; and once
 * per rule (missing sections pile up on the title line), why it matters, the law behind it, and the docs.
 * In the findings' language (the document's unless messageLanguage says otherwise); the heading to write is the document's.
 */
export function hoverAt(result: LintResult, position: Position): Hover | null {
  const point = { start: position, end: position };
  const findings = result.findings.filter((finding) => touches(finding.range, point));
  const contacts = result.contacts.filter((contact) => touches(contact.range, point));
  if (!findings.length && !contacts.length) return null;
  const explained = new Set<string>();
  const parts = [
    ...contacts.map((contact) => parsedAs(contact, result.messageLanguage)),
    ...findings.map((finding) => describe(finding, result, explained)),
  ];
  const only = findings.length + contacts.length === 1 ? (findings[0] ?? contacts[0]) : undefined;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join("\n\n---\n\n") }, range: only?.range };
}

/** What a contact detail parsed as: "Phone, Russia, +7 495 589 52 16, valid"; "Email, domain пример.рф". */
function parsedAs(contact: FoundContact, language: Language): string {
  const say = (key: MessageKey, params?: MessageParams) => message(language, key, params);
  switch (contact.kind) {
    case "email":
    case "mailto":
      return contact.host ? say("lsp.contactEmail", { host: contact.host }) : say("lsp.contactEmailInvalid");
    case "obfuscated":
      return contact.value ? say("lsp.contactSpelled", { address: contact.value }) : say("lsp.contactProtected");
    case "url":
      return say("lsp.contactLink", { scheme: contact.scheme ?? "?", host: contact.host ?? "?" });
    case "phone":
      if (!contact.region || !contact.international) return say("lsp.contactPhoneUnknown");
      return say("lsp.contactPhone", {
        region: regionName(contact.region, language),
        international: contact.international,
        validity: say(contact.usable ? "lsp.contactValid" : "lsp.contactInvalid"),
      });
  }
}

function describe(finding: Finding, { language: documentLanguage, messageLanguage: language, document }: LintResult, explained: Set<string>): string {
  const legalSource = RULES_BY_ID.get(finding.rule)?.meta.legalSource;
  const parts = [`**policylint** \`${finding.rule}\`: ${finding.message}`];
  const element = missingElement(finding);
  if (element) parts.push(whatToWrite(element, documentLanguage, language));
  const nearest = element && finding.related?.[0];
  if (nearest && document) {
    const text = document.text.slice(document.lines.offsetAt(nearest.range.start), document.lines.offsetAt(nearest.range.end));
    parts.push(message(language, "lsp.nearestText", { line: nearest.range.start.line + 1, text: excerpt(text), why: nearest.message }));
  }
  if (explained.has(finding.rule)) return parts.join("\n\n");
  explained.add(finding.rule);
  const explanation = `${finding.rule}.explanation`;
  if (isMessageKey(explanation)) parts.push(message(language, explanation));
  // A missing section's message cites the law behind its own element; the rule's source lists every law.
  if (legalSource && !element) parts.push(message(language, "lsp.legalSource", { source: legalSource }));
  parts.push(`[${message(language, "lsp.documentation", { rule: finding.rule })}](${ruleDocsUrl(finding.rule, language)})`);
  return parts.join("\n\n");
}

const EXCERPT_LENGTH = 120;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

/** The element a missing-section finding is about. */
function missingElement(finding: Finding): ElementId | undefined {
  const element = finding.data?.element;
  return typeof element === "string" && isElementId(element) ? element : undefined;
}

/** The finding's message already says what the element is and which law asks for it; this adds the heading to put it under. */
function whatToWrite(id: ElementId, documentLanguage: Language, language: Language): string {
  const fix = message(language, "missing-section.fixInsert", { name: ELEMENT_INFO[id].name[language] });
  return message(language, "lsp.whatToWrite", { heading: sectionTemplate(id, documentLanguage).title, fix });
}
