import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionContext,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import { directiveComment, ELEMENT_INFO, isElementId, lineBreakOf, message, type Finding, type LintResult, type MessageKey, type MessageParams, type PolicyDocument } from "../engine";
import { findingDiagnostic } from "./diagnostics";
import { ruleDocsUrl } from "./docs-link";
import { FIX_ALL_SOURCE_KIND, SHOW_RULE_DOCS_COMMAND } from "./protocol";
import { comparePositions, overlaps, touches } from "./ranges";

export interface CodeActionRequest {
  uri: string;
  version: number;
  range: Range;
  only?: CodeActionContext["only"];
  /** Versioned edits, which the client refuses to apply to a changed document, when it supports them. */
  useDocumentChanges: boolean;
}

export function codeActions(result: LintResult, request: CodeActionRequest): CodeAction[] {
  const document = result.document;
  if (!document) return [];
  // In the messages' language, like the findings' own fix titles.
  const say = (key: MessageKey, params?: MessageParams): string => message(result.messageLanguage, key, params);
  const toWorkspaceEdit = (edits: TextEdit[]): WorkspaceEdit =>
    request.useDocumentChanges
      ? { documentChanges: [TextDocumentEdit.create({ uri: request.uri, version: request.version }, edits)] }
      : { changes: { [request.uri]: edits } };

  const here = result.findings.filter((finding) => touches(finding.range, request.range));
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  const once = (key: string, action: () => CodeAction): void => {
    if (offered.has(key)) return;
    offered.add(key);
    actions.push(action());
  };
  for (const finding of here) {
    for (const fix of finding.fixes ?? []) {
      // Findings can share a fix ("Insert all missing sections" comes with every missing section): offer it once.
      once(`fix ${fix.title} ${JSON.stringify(fix.edits)}`, () => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [findingDiagnostic(finding, request.uri, result.messageLanguage)],
        isPreferred: fix.preferred,
        edit: toWorkspaceEdit(fix.edits),
      }));
    }
  }

  const fixAll = preferredEdits(result.findings);
  if (fixAll.length) {
    const title = say("lsp.fixAll");
    if (here.some(hasPreferredFix)) actions.push({ title, kind: CodeActionKind.QuickFix, edit: toWorkspaceEdit(fixAll) });
    actions.push({ title, kind: FIX_ALL_SOURCE_KIND, edit: toWorkspaceEdit(fixAll) });
  }

  const eol = lineBreakOf(document.text);
  for (const { rule, range } of here) {
    // A comment above a line of front matter would end the front matter.
    if (document.lines.offsetAt(range.start) < (document.frontMatter?.end ?? 0)) continue;
    once(`line ${range.start.line} ${rule}`, () => ({
      title: say("lsp.disableLine", { rule }),
      kind: CodeActionKind.QuickFix,
      edit: toWorkspaceEdit([disableLineEdit(document, range.start.line, rule, eol)]),
    }));
  }
  for (const { rule } of here) {
    once(`file ${rule}`, () => ({
      title: say("lsp.disableFile", { rule }),
      kind: CodeActionKind.QuickFix,
      edit: toWorkspaceEdit([disableFileEdit(document, rule, eol)]),
    }));
  }
  for (const { rule, data } of here) {
    // Missing sections share the title line: one of them can be silenced for good without the others.
    const element = data?.element;
    if (typeof element !== "string" || !isElementId(element)) continue;
    once(`file ${rule}:${element}`, () => ({
      title: say("lsp.disableElement", { rule, name: ELEMENT_INFO[element].name[result.messageLanguage] }),
      kind: CodeActionKind.QuickFix,
      edit: toWorkspaceEdit([disableFileEdit(document, `${rule}:${element}`, eol)]),
    }));
  }
  for (const { rule } of here) {
    once(`docs ${rule}`, () => {
      const title = say("lsp.showDocs", { rule });
      return { title, kind: CodeActionKind.QuickFix, command: { title, command: SHOW_RULE_DOCS_COMMAND, arguments: [ruleDocsUrl(rule, result.messageLanguage)] } };
    });
  }
  return actions.filter((action) => isWanted(action.kind, request.only));
}

function hasPreferredFix(finding: Finding): boolean {
  return finding.fixes?.some((fix) => fix.preferred) ?? false;
}

/** Every preferred fix in the file, skipping any that would collide with one already taken. */
function preferredEdits(findings: Finding[]): TextEdit[] {
  // Sorted by start and pairwise apart, so only the two neighbours of a new edit can collide with it:
  // code actions are asked for at every cursor move, and a file can hold a hundred thousand fixes.
  const taken: TextEdit[] = [];
  const slot = (edit: TextEdit): number => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (comparePositions(taken[mid].range.start, edit.range.start) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const collides = (edit: TextEdit): boolean => {
    const index = slot(edit);
    return [taken[index - 1], taken[index]].some((other) => other !== undefined && overlaps(edit.range, other.range));
  };
  for (const finding of findings) {
    for (const fix of finding.fixes ?? []) {
      if (!fix.preferred || fix.edits.some(collides)) continue;
      // Findings come in order, so their edits mostly go at the end.
      for (const edit of fix.edits) taken.splice(slot(edit), 0, edit);
    }
  }
  return taken;
}

/**
 * Markdown: an inline comment at the end of the line, which leaves its paragraph or table whole.
 * Plain text: the comment on its own line above, indented like the line it silences.
 */
function disableLineEdit(document: PolicyDocument, line: number, rule: string, eol: string): TextEdit {
  if (document.format === "markdown") {
    const end = document.lines.positionAt(document.lines.lineEnd(line));
    return { range: { start: end, end }, newText: " " + directiveComment("markdown", "disable-line", rule) };
  }
  const content = document.lines.lineText(line);
  const indent = /^[ \t]*/.exec(content)![0];
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: indent + directiveComment(document.format, "disable-next-line", rule) + eol };
}

/** At the top, or just below the front matter, which must stay first in the file. */
function disableFileEdit(document: PolicyDocument, rule: string, eol: string): TextEdit {
  const comment = directiveComment(document.format, "disable-file", rule);
  const after = document.lines.positionAt(document.frontMatter?.end ?? 0);
  if (after.character === 0) return { range: { start: after, end: after }, newText: comment + eol };
  if (after.line + 1 < document.lines.lineCount) {
    const nextLine = { line: after.line + 1, character: 0 };
    return { range: { start: nextLine, end: nextLine }, newText: comment + eol };
  }
  return { range: { start: after, end: after }, newText: eol + comment };
}

function isWanted(kind: string | undefined, only: string[] | undefined): boolean {
  if (!only?.length || kind === undefined) return true;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}
