import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  RegistrationRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type Disposable,
  type Registration,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { PROJECT_CONFIG_NAME } from "../node/project-config";
import { lintTimeoutMs, WorkerLinter } from "../node/worker-linter";
import { Analyses, type Analysis } from "./analyses";
import { codeActions } from "./code-actions";
import { configProblemDiagnostic, findingDiagnostic, siblingUri, unlintableDiagnostic } from "./diagnostics";
import { hoverAt } from "./hover";
import { OptionsResolver } from "./options";
import { coverageOf } from "../engine";
import {
  COVERAGE_REQUEST,
  FIX_ALL_SOURCE_KIND,
  INSERT_SECTION_REQUEST,
  SECTION_CHOICES_REQUEST,
  SETTINGS_SECTION,
  type CoverageParams,
  type CoverageResult,
  type InsertSectionParams,
  type InsertSectionResult,
  type SectionChoicesParams,
  type SectionChoicesResult,
} from "./protocol";
import { DiagnosticsScheduler } from "./scheduler";
import { insertSection, sectionChoices } from "./sections";
import { documentSymbols } from "./symbols";

/** Past this a lint is stopped, so one pathological file cannot hold up every document's diagnostics and hovers. */
const LINT_TIMEOUT_MS = 10_000;

/**
 * Wires the engine to an LSP connection. The server lints every document the client opens with it:
 * deciding which files are policies is the client's job.
 */
export function startSession(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let canPullSettings = false;
  let canRegisterWatchers = false;
  let canRegisterConfigurationChanges = false;
  let useDocumentChanges = false;
  /** Settings pushed with didChangeConfiguration, for clients that cannot be asked. */
  let pushedSettings: unknown;

  // A fault that recurs on every keystroke or for every document must not flood the log.
  const warnOnce = once((line) => connection.console.warn(line));
  const errorOnce = once((line) => connection.console.error(line));
  const options = new OptionsResolver(async (uri) => {
    if (!canPullSettings) return pushedSettings;
    try {
      return await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
    } catch (error) {
      warnOnce(`could not read the ${SETTINGS_SECTION} settings: ${(error as Error).message}`);
      return undefined;
    }
  });
  const linter = new WorkerLinter(lintTimeoutMs(LINT_TIMEOUT_MS));
  linter.warmUp();
  const analyses = new Analyses((uri) => documents.get(uri), options, linter, errorOnce);
  const scheduler = new DiagnosticsScheduler(async (uri) => {
    try {
      const analysis = await analyses.current(uri);
      if (analysis) await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: diagnosticsOf(analysis, uri) });
    } catch (error) {
      // An engine bug must cost one file its diagnostics, not the whole server.
      connection.console.error(`could not lint ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  });

  const relintAll = (): void => {
    options.forget();
    analyses.forget();
    for (const document of documents.all()) void scheduler.now(document.uri);
  };

  connection.onInitialize(({ capabilities }) => {
    canPullSettings = capabilities.workspace?.configuration === true;
    canRegisterWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRegisterConfigurationChanges = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    useDocumentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_SOURCE_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: "policylint" },
      },
      serverInfo: { name: "policylint" },
    };
  });

  connection.onInitialized(() => {
    const registrations: Registration[] = [];
    if (canRegisterConfigurationChanges) {
      registrations.push({ id: "policylint-settings", method: DidChangeConfigurationNotification.method, registerOptions: { section: SETTINGS_SECTION } });
    }
    if (canRegisterWatchers) {
      const watchers = [{ globPattern: `**/${PROJECT_CONFIG_NAME}` }];
      registrations.push({ id: "policylint-config-files", method: DidChangeWatchedFilesNotification.method, registerOptions: { watchers } });
    }
    if (!registrations.length) return;
    // Asked directly rather than through connection.client.register, whose refusal logs a line of its own: a client that
    // refuses what it said it supports costs one line here, and the server lives without those notifications.
    connection.sendRequest(RegistrationRequest.type, { registrations }).catch((error: Error) => {
      const methods = registrations.map(({ method }) => method).join(" and ");
      connection.console.warn(`the client refused to register ${methods} (${error.message}): restart the server to apply changed settings or config files`);
    });
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    pushedSettings = (settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
    relintAll();
  });
  connection.onDidChangeWatchedFiles(relintAll);

  documents.onDidChangeContent(({ document }) => {
    scheduler.request(document.uri);
    // The other language's version, if open, is compared with this text: its mismatches change too.
    for (const paired of analyses.pairedWith(document.uri)) {
      analyses.forget(paired);
      scheduler.request(paired);
    }
  });
  documents.onDidSave(({ document }) => void scheduler.now(document.uri));
  documents.onDidClose(({ document }) => {
    scheduler.forget(document.uri);
    analyses.forget(document.uri);
    options.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** Answers from the document's current analysis; null when it is not open here (the client only sends policies) or the request was cancelled. */
  const answer = async <T>(uri: string, token: CancellationToken, from: (analysis: Analysis) => T): Promise<T | null> => {
    // A cancelled request is answered at once, not when the lint it waits for ends.
    let stopWaiting: Disposable | undefined;
    const cancelled = new Promise<undefined>((resolve) => (stopWaiting = token.onCancellationRequested(() => resolve(undefined))));
    try {
      const analysis = await Promise.race([analyses.current(uri, () => token.isCancellationRequested), cancelled]);
      return analysis && !token.isCancellationRequested ? from(analysis) : null;
    } finally {
      stopWaiting?.dispose();
    }
  };
  /** Answers at once from the last finished analysis, so typing never waits on a lint; the current one when there is none yet. */
  const answerNow = <T>(uri: string, token: CancellationToken, from: (analysis: Analysis) => T): Promise<T | null> => {
    const latest = analyses.latest(uri);
    return latest ? Promise.resolve(from(latest)) : answer(uri, token, from);
  };

  // Versioned edits from an older analysis are refused by the client, so quick fixes can be offered at once; plain
  // ones cannot, and fix-all on save must cover what was typed just before the save.
  connection.onCodeAction(({ textDocument, range, context }, token) =>
    (useDocumentChanges && !context.only?.some((kind) => kind.startsWith(CodeActionKind.Source)) ? answerNow : answer)(textDocument.uri, token, (analysis) =>
      codeActions(analysis.result, { uri: textDocument.uri, version: analysis.version, range, only: context.only, useDocumentChanges }),
    ),
  );
  connection.onHover(({ textDocument, position }, token) => answerNow(textDocument.uri, token, (analysis) => hoverAt(analysis.result, position)));
  connection.onDocumentSymbol(({ textDocument }, token) => answerNow(textDocument.uri, token, (analysis) => documentSymbols(analysis.result)));
  connection.onRequest(SECTION_CHOICES_REQUEST, ({ textDocument }: SectionChoicesParams, token): Promise<SectionChoicesResult | null> =>
    answerNow(textDocument.uri, token, sectionChoices),
  );
  connection.onRequest(INSERT_SECTION_REQUEST, (params: InsertSectionParams, token): Promise<InsertSectionResult | null> =>
    answer(params.textDocument.uri, token, (analysis) => insertSection(analysis, params)),
  );

  connection.onRequest(COVERAGE_REQUEST, ({ textDocument }: CoverageParams, token): Promise<CoverageResult | null> =>
    answerNow(textDocument.uri, token, ({ version, result }) =>
      result.error
        ? { refused: result.error }
        : { version, language: result.language, ...coverageOf(result), ...(result.translation && { translationUri: siblingUri(textDocument.uri, result.translation.path) }) },
    ),
  );

  documents.listen(connection);
  connection.listen();
}

function diagnosticsOf({ result, configProblems }: Analysis, uri: string): Diagnostic[] {
  if (result.error) return [unlintableDiagnostic(result.error)];
  return [...configProblems.map(configProblemDiagnostic), ...result.findings.map((finding) => findingDiagnostic(finding, uri, result.messageLanguage))];
}

/** Writes each distinct line once. */
function once(write: (line: string) => void): (line: string) => void {
  const written = new Set<string>();
  return (line) => {
    if (written.has(line)) return;
    written.add(line);
    write(line);
  };
}
