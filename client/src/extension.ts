import * as vscode from "vscode";
import {
  CloseAction,
  DidCloseTextDocumentNotification,
  ErrorAction,
  DidOpenTextDocumentNotification,
  LanguageClient,
  State,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { INSERT_SECTION_COMMAND, SETTINGS_SECTION, SHOW_RULE_DOCS_COMMAND } from "../../server/src/lsp/protocol";
import { CoverageView, OFFER_SECTION_COMMAND, REVEAL_ELEMENT_COMMAND, revealElement } from "./coverage-view";
import { insertSection, insertStandardSection } from "./insert-section";
import { LINTABLE_LANGUAGE_IDS, POLICY_LANGUAGE_ID, PolicyDocuments, type DocumentFacts } from "./policy-documents";
import { RestartPolicy, type CrashDecision } from "./restart-policy";

/** vscode-vfs: the files of a virtual workspace (Remote Repositories); they have no .policylintrc.json on disk. */
const SCHEMES = ["file", "untitled", "vscode-vfs"];
/** True while the active editor shows a policy; the editor context menu offers policy commands only then. */
const ACTIVE_IS_POLICY_CONTEXT = "policylint.activeEditorIsPolicy";
const DOCUMENT_SELECTOR: DocumentSelector = SCHEMES.flatMap((scheme) => LINTABLE_LANGUAGE_IDS.map((language) => ({ scheme, language })));

let client: LanguageClient | undefined;

/**
 * The client syncs Markdown, plain text and privacy-policy documents, but its middleware lets through only
 * those that are policies (see PolicyDocuments), so the server lints exactly what it is sent and a README
 * never reaches it. Asking for a file with "Lint This File" sends it to the server there and then.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("policylint");
  const policies = new PolicyDocuments(includePatterns());
  const isPolicy = (document: vscode.TextDocument): boolean => policies.isPolicy(factsOf(document));
  const isSynced = (document: vscode.TextDocument): boolean => vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;

  const serverModule = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const restarts = new RestartPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    errorHandler: {
      // As the library's default: a few write errors are survived, more stop the server.
      error: (_error, _message, count) => ({ action: count && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const decision = restarts.afterCrash(Date.now());
        tellAboutCrash(decision, output);
        // handled: the client only logs its own English notice.
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
    middleware: {
      didOpen: (document, next) => (isPolicy(document) ? next(document) : Promise.resolve()),
      didChange: (event, next) => (isPolicy(event.document) ? next(event) : Promise.resolve()),
      didSave: (document, next) => (isPolicy(document) ? next(document) : Promise.resolve()),
      didClose: (document, next) => (isPolicy(document) ? next(document) : Promise.resolve()),
    },
  };
  const languageClient = new LanguageClient("policylint", "policylint", serverOptions, clientOptions);
  client = languageClient;

  const sendOpen = (document: vscode.TextDocument): Promise<void> =>
    languageClient.sendNotification(DidOpenTextDocumentNotification.type, languageClient.code2ProtocolConverter.asOpenTextDocumentParams(document));
  const sendClose = (document: vscode.TextDocument): Promise<void> =>
    languageClient.sendNotification(DidCloseTextDocumentNotification.type, languageClient.code2ProtocolConverter.asCloseTextDocumentParams(document));
  const updatePolicyContext = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand("setContext", ACTIVE_IS_POLICY_CONTEXT, document !== undefined && isSynced(document) && isPolicy(document));
  };
  /** From now on the document is a policy whatever its name, and the server gets it at once. */
  const lintAsPolicy = async (document: vscode.TextDocument): Promise<void> => {
    policies.request(document.uri.toString());
    updatePolicyContext();
    if (languageClient.state === State.Running) await sendOpen(document);
  };

  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("policylint.lintThisFile", async (resource?: vscode.Uri) => {
      const document = resource ? await vscode.workspace.openTextDocument(resource) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t("policylint: open the file to lint first."));
        return;
      }
      if (resource) await vscode.window.showTextDocument(document);
      if (!SCHEMES.includes(document.uri.scheme)) {
        void vscode.window.showWarningMessage(vscode.l10n.t("policylint lints files in the workspace and untitled files only."));
        return;
      }
      if (!isSynced(document)) {
        // Another language mode (HTML, reStructuredText...): switching to privacy-policy makes it a policy.
        await vscode.languages.setTextDocumentLanguage(document, POLICY_LANGUAGE_ID);
        return;
      }
      if (isPolicy(document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t("policylint already lints this file as a privacy policy."));
        return;
      }
      await lintAsPolicy(document);
    }),
    vscode.commands.registerCommand(INSERT_SECTION_COMMAND, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t("policylint: open a privacy policy to insert a section into."));
        return;
      }
      await withServer(editor, () => insertStandardSection(languageClient, editor));
    }),
    vscode.commands.registerCommand(OFFER_SECTION_COMMAND, async (uri: vscode.Uri, element: string, name: string) => {
      const insert = vscode.l10n.t("Insert");
      const answer = await vscode.window.showInformationMessage(vscode.l10n.t("Insert the standard section “{0}” where it belongs in the policy?", name), insert);
      if (answer !== insert) return;
      const editor = await vscode.window.showTextDocument(uri);
      await withServer(editor, () => insertSection(languageClient, editor, element, { atCursor: false }));
    }),
    vscode.commands.registerCommand(REVEAL_ELEMENT_COMMAND, revealElement),
    vscode.window.onDidChangeActiveTextEditor(updatePolicyContext),
    vscode.workspace.onDidOpenTextDocument(updatePolicyContext),
    vscode.commands.registerCommand("policylint.restartServer", async () => {
      restarts.restartedByUser();
      await languageClient.restart();
      output.appendLine(vscode.l10n.t("policylint server restarted."));
    }),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, async (url?: string) => {
      const docs = url ? vscode.Uri.parse(url) : vscode.Uri.joinPath(context.extensionUri, "docs", vscode.env.language.startsWith("ru") ? "rules.ru.md" : "rules.md");
      try {
        await vscode.commands.executeCommand("markdown.showPreview", docs);
      } catch {
        // The built-in Markdown extension can be disabled; the file itself still reads well.
        await vscode.commands.executeCommand("vscode.open", docs);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS_SECTION}.include`)) return;
      const open = vscode.workspace.textDocuments.filter(isSynced);
      const before = new Set(open.filter(isPolicy));
      policies.setInclude(includePatterns());
      updatePolicyContext();
      if (languageClient.state !== State.Running) return;
      for (const document of open) {
        const now = isPolicy(document);
        if (now && !before.has(document)) void sendOpen(document);
        if (!now && before.has(document)) void sendClose(document);
      }
    }),
  );
  /** Runs a section insert once the document can take one, telling the user why not otherwise. */
  const withServer = async (editor: vscode.TextEditor, insert: () => Promise<void>): Promise<void> => {
    const { document } = editor;
    if (!isSynced(document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t("policylint inserts sections into Markdown, plain-text and privacy-policy files only."));
      return;
    }
    if (languageClient.state !== State.Running) {
      void vscode.window.showWarningMessage(vscode.l10n.t("policylint: the server is not running; try policylint: Restart Server."));
      return;
    }
    // Asking for a policy section says the file is a policy, even a new untitled one.
    try {
      if (!isPolicy(document)) await lintAsPolicy(document);
      await insert();
    } catch (error) {
      // A request fails when the server stops or crashes meanwhile.
      void vscode.window.showErrorMessage(vscode.l10n.t("policylint could not insert a section: {0}", error instanceof Error ? error.message : String(error)));
    }
  };

  updatePolicyContext();
  await languageClient.start();
  context.subscriptions.push(new CoverageView(languageClient, (document) => isSynced(document) && isPolicy(document)));
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

/** The user hears of a crash once, when the server is restarted, and again only if it is given up on. */
function tellAboutCrash({ tell }: CrashDecision, output: vscode.OutputChannel): void {
  if (!tell) return;
  const showLog = vscode.l10n.t("Show Log");
  const notice =
    tell === "restarted"
      ? vscode.window.showWarningMessage(vscode.l10n.t("The policylint server stopped unexpectedly and was restarted."), showLog)
      : vscode.window.showErrorMessage(vscode.l10n.t("The policylint server keeps stopping and was not restarted again; see its log, then try policylint: Restart Server."), showLog);
  void notice.then((answer) => {
    if (answer === showLog) output.show(true);
  });
}

/** A malformed setting (a string, not a list) must not stop the extension from activating. */
function includePatterns(): string[] {
  const include: unknown = vscode.workspace.getConfiguration(SETTINGS_SECTION).get("include");
  return Array.isArray(include) ? include : [];
}

function factsOf(document: vscode.TextDocument): DocumentFacts {
  const untitled = document.uri.scheme === "untitled";
  return {
    uri: document.uri.toString(),
    languageId: document.languageId,
    paths: untitled ? [] : [document.uri.path, vscode.workspace.asRelativePath(document.uri, false)],
  };
}
