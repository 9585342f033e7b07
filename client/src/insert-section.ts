import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import {
  INSERT_SECTION_REQUEST,
  SECTION_CHOICES_REQUEST,
  type InsertSectionParams,
  type InsertSectionResult,
  type SectionChoicesParams,
  type SectionChoicesResult,
} from "../../server/src/lsp/protocol";
import { sectionPickGroups, sectionPickPlaceholder } from "./section-picks";

/** The document may change between asking for the edit and applying it; then the edit is asked for again. */
const ATTEMPTS = 3;

const notSynced = (): string => vscode.l10n.t("the policylint server has not received this document yet; try again in a moment.");

/**
 * "Insert Standard Section…": the server lists the sections (missing ones first) and computes the insert
 * for the exact document version; the edit goes through the editor, so one Undo takes it back.
 */
export async function insertStandardSection(client: LanguageClient, editor: vscode.TextEditor): Promise<void> {
  const uri = editor.document.uri.toString();
  const offer = await client.sendRequest<SectionChoicesResult | null>(SECTION_CHOICES_REQUEST, { textDocument: { uri } } satisfies SectionChoicesParams);
  if (!offer) return warn(notSynced());
  if ("refused" in offer) return warn(offer.refused);

  const items = sectionPickGroups(offer.choices, vscode.l10n.t).flatMap((group) => [
    { label: group.label, kind: vscode.QuickPickItemKind.Separator, id: undefined },
    ...group.picks,
  ]);
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t("policylint: Insert Standard Section"),
    placeHolder: sectionPickPlaceholder(offer.language, vscode.l10n.t),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.id) await insertSection(client, editor, picked.id, { atCursor: true });
}

/** Inserts one element's standard section at the cursor, or where the standard order puts it. */
export async function insertSection(client: LanguageClient, editor: vscode.TextEditor, element: string, { atCursor }: { atCursor: boolean }): Promise<void> {
  const { document } = editor;
  const uri = document.uri.toString();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (document.isClosed) return warn(vscode.l10n.t("the document was closed, so the section was not inserted."));
    const version = document.version;
    const { line, character } = editor.selection.active;
    const params: InsertSectionParams = { textDocument: { uri, version }, element, ...(atCursor && { position: { line, character } }) };
    const reply = await client.sendRequest<InsertSectionResult | null>(INSERT_SECTION_REQUEST, params);
    if (!reply) return warn(notSynced());
    if ("refused" in reply) {
      if (reply.stale) continue;
      return warn(reply.refused);
    }
    if (document.version !== version) continue;
    const range = client.protocol2CodeConverter.asRange(reply.edit.range);
    // VS Code refuses the edit (false) if the document changed after `version`, so nothing typed meanwhile is lost.
    const applied = await editor.edit((builder) => builder.replace(range, reply.edit.newText)).then(
      (done) => done,
      () => false,
    );
    if (applied) return showInserted(editor, range.start, reply.edit.newText);
  }
  warn(vscode.l10n.t("the document kept changing, so the section was not inserted; run the command again."));
}

/** Puts the cursor at the start of the new heading, past the blank lines the insert opens with. */
function showInserted(editor: vscode.TextEditor, start: vscode.Position, newText: string): void {
  const leading = newText.length - newText.trimStart().length;
  const heading = editor.document.positionAt(editor.document.offsetAt(start) + leading);
  editor.selection = new vscode.Selection(heading, heading);
  editor.revealRange(new vscode.Range(heading, heading), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function warn(message: string): void {
  void vscode.window.showWarningMessage(`policylint: ${message}`);
}
