// A fake editor for the built language server (dist/server.js): it spawns the server over stdio and talks
// the real protocol to it. Shared by the server's protocol tests and its fault-injection tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import {
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type ConfigurationParams,
  type Diagnostic,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
} from "vscode-languageserver-protocol/node";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SERVER = path.join(ROOT, "dist", "server.js");

/** What the fake editor says it can do unless a test says otherwise: pull settings, versioned edits. */
const CAPABILITIES: ClientCapabilities = { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } };

export interface TestClientOptions {
  /** What the editor hands out for the `policyLint` section. */
  settings?: unknown;
  env?: NodeJS.ProcessEnv;
}

export class TestClient {
  settings: unknown;
  /** The server's window/logMessage lines (its connection.console). */
  readonly logs: string[] = [];
  /** Every diagnostics notification, in the order the server sent them. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  /** How the editor answers workspace/configuration; a test can swap in a faulty answer. */
  answerConfiguration = ({ items }: ConfigurationParams): unknown => items.map((item) => (item.section === "policyLint" ? this.settings : null));
  private readonly waiting: { uri: string; resolve: (params: PublishDiagnosticsParams) => void }[] = [];

  constructor({ settings = {}, env = process.env }: TestClientOptions = {}) {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node scripts/build.mjs\` (npm test does) first`);
    this.settings = settings;
    this.child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      const index = this.waiting.findIndex((waiter) => waiter.uri === params.uri);
      if (index >= 0) this.waiting.splice(index, 1)[0].resolve(params);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => this.answerConfiguration(params));
    this.connection.onNotification("window/logMessage", (params: { message: string }) => this.logs.push(params.message));
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities = CAPABILITIES): Promise<void> {
    const result = await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities });
    expect(result.capabilities.hoverProvider).toBe(true);
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /**
   * The next diagnostics published for `uri` after this call; register before sending what triggers them.
   * The first lint of a session warms the engine up and can take seconds.
   */
  nextDiagnostics(uri: string, timeoutMs = 25_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.push({ uri, resolve: (params) => (clearTimeout(timer), resolve(params)) });
    });
  }

  async open(uri: string, text: string, languageId = "markdown"): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return published;
  }

  /** Sends the edits as incremental changes, last first so earlier positions stay valid. */
  async change(uri: string, version: number, edits: TextEdit[]): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri);
    const contentChanges = sortedLastFirst(edits).map((edit) => ({ range: edit.range, text: edit.newText }));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    return published;
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only } }) as Promise<CodeAction[]>;
  }

  /** Resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once("exit", (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

function offsetAt(text: string, position: Position): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line].length + 1;
  return offset + position.character;
}

function sortedLastFirst(edits: TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  let result = text;
  for (const edit of sortedLastFirst(edits)) {
    result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end));
  }
  return result;
}

/** The text edits of a code action, whichever form the server chose. */
export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const fromDocumentChanges = action.edit?.documentChanges?.flatMap((change) => ("edits" in change && change.textDocument.uri === uri ? change.edits : []));
  return (fromDocumentChanges ?? action.edit?.changes?.[uri] ?? []) as TextEdit[];
}

/** Where `needle` sits in `text`, in UTF-16 units as JavaScript strings count them. */
export function rangeOf(text: string, needle: string): Range {
  const start = text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, start).split("\n");
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

export function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === rule);
}
