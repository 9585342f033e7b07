// Talks to the built language server (dist/server.js) over stdio with the real protocol, as an editor would.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  ConfigurationRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { RULES_BY_ID } from "../server/src/engine";
import { PolicyDocuments } from "../client/src/policy-documents";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SERVER = path.join(ROOT, "dist", "server.js");
const RULES_DOC = pathToFileURL(path.join(ROOT, "docs", "rules.md")).href;

// Our own words. Line 4 puts Cyrillic and an emoji before two findings; line 7 is indented inside a list item.
const POLICY = [
  "# Privacy Policy",
  "",
  "## What we collect",
  "",
  "Мы 😀 храним [image: x.png] адрес для [COMPANY NAME].",
  "",
  "- Contact:",
  "  write to [EMAIL ADDRESS] with questions.",
  "",
  "### Cookies",
  "",
  "We use cookies to remember the language you chose.",
  "",
  "## How long we keep it",
  "",
  "We keep account data for two years after the account is closed.",
  "",
].join("\n");

/** Settings the fake editor hands out for `policyLint`; `include` belongs to the client and must not upset the server. */
const SETTINGS = { include: ["**/*policy*.md"], profiles: ["baseline"], language: "auto", rules: { "conversion-artifact": "error" } };

class TestClient {
  settings: unknown = SETTINGS;
  readonly logs: string[] = [];
  private readonly waiting: { uri: string; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  private readonly child: ChildProcess;
  readonly connection: ProtocolConnection;

  constructor() {
    this.child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const index = this.waiting.findIndex((waiter) => waiter.uri === params.uri);
      if (index >= 0) this.waiting.splice(index, 1)[0].resolve(params);
    });
    this.connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map((item) => (item.section === "policyLint" ? this.settings : null)));
    this.connection.onNotification("window/logMessage", (params: { message: string }) => this.logs.push(params.message));
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } },
    });
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

function applyEdits(text: string, edits: TextEdit[]): string {
  let result = text;
  for (const edit of sortedLastFirst(edits)) {
    result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end));
  }
  return result;
}

/** The text edits of a code action, whichever form the server chose. */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const fromDocumentChanges = action.edit?.documentChanges?.flatMap((change) => ("edits" in change && change.textDocument.uri === uri ? change.edits : []));
  return (fromDocumentChanges ?? action.edit?.changes?.[uri] ?? []) as TextEdit[];
}

/** Where `needle` sits in `text`, in UTF-16 units as JavaScript strings count them. */
function rangeOf(text: string, needle: string): Range {
  const start = text.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, start).split("\n");
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

function touches(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}

function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === rule);
}

describe("language server over stdio", () => {
  let client: TestClient;
  let folder: string;
  /** The main policy's text as the server holds it after each edit. */
  let policyText = POLICY;
  /** The diagnostics last published for it. */
  let policyDiagnostics: Diagnostic[] = [];
  const uriIn = (...parts: string[]): string => pathToFileURL(path.join(folder, ...parts)).href;

  beforeAll(async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node scripts/build.mjs\` (npm test does) first`);
    folder = mkdtempSync(path.join(os.tmpdir(), "policylint-lsp-"));
    client = new TestClient();
    await client.initialize();
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("publishes diagnostics on open with rule code, source, docs link and UTF-16 columns", async () => {
    const { diagnostics, version } = await client.open(uriIn("privacy-policy.md"), POLICY);
    expect(version).toBe(1);

    const [artifact] = byRule(diagnostics, "conversion-artifact");
    // "Мы 😀 храним " is 13 UTF-16 units: the emoji counts twice.
    expect(artifact.range).toEqual({ start: { line: 4, character: 13 }, end: { line: 4, character: 13 + "[image: x.png]".length } });
    expect(artifact.range).toEqual(rangeOf(POLICY, "[image: x.png]"));
    expect(artifact.source).toBe("policylint");
    expect(artifact.codeDescription?.href).toBe(`${RULES_DOC}#conversion-artifact`);
    // The settings raised the rule to error; nothing complains about their client-only `include` key.
    expect(artifact.severity).toBe(DiagnosticSeverity.Error);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === undefined)).toEqual([]);

    const placeholders = byRule(diagnostics, "placeholder");
    expect(placeholders.map((diagnostic) => diagnostic.range)).toEqual([rangeOf(POLICY, "[COMPANY NAME]"), rangeOf(POLICY, "[EMAIL ADDRESS]")]);
    expect(placeholders[0].severity).toBe(DiagnosticSeverity.Error);
  });

  it("offers the rule's fix as the preferred action, and applying it clears the finding", async () => {
    const uri = uriIn("privacy-policy.md");
    const artifactRange = rangeOf(POLICY, "[image: x.png]");
    const actions = await client.codeActions(uri, artifactRange);
    const titles = actions.map((action) => action.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Fix all policylint auto-fixable problems",
        "Disable conversion-artifact for this line",
        "Disable conversion-artifact in this file",
        "Show documentation for conversion-artifact",
      ]),
    );
    const docs = actions.find((action) => action.title === "Show documentation for conversion-artifact")!;
    expect(docs.command).toMatchObject({ command: "policylint.showRuleDocs", arguments: [`${RULES_DOC}#conversion-artifact`] });

    // What an editor asks for on save with "source.fixAll": the file-wide fix alone.
    const onSave = await client.codeActions(uri, artifactRange, ["source.fixAll"]);
    expect(onSave.map((action) => [action.title, action.kind])).toEqual([["Fix all policylint auto-fixable problems", "source.fixAll.policylint"]]);

    const fix = actions.find((action) => action.isPreferred && action.kind === "quickfix")!;
    expect(fix.title).toBe("Remove the conversion residue");
    const edits = editsOf(fix, uri);
    const fixed = applyEdits(POLICY, edits);
    expect(fixed).not.toContain("[image:");

    const { diagnostics, version } = await client.change(uri, 2, edits);
    expect(version).toBe(2);
    expect(byRule(diagnostics, "conversion-artifact")).toEqual([]);
    // The placeholder after the removed text moved left by exactly the removed length.
    expect(byRule(diagnostics, "placeholder")[0].range).toEqual(rangeOf(fixed, "[COMPANY NAME]"));
    policyText = fixed;
  });

  it("inserts a disable-next-line comment with the line's indentation that silences only that line", async () => {
    const uri = uriIn("privacy-policy.md");
    const text = policyText;
    const range = rangeOf(text, "[EMAIL ADDRESS]");
    const actions = await client.codeActions(uri, range);
    const disable = actions.find((action) => action.title === "Disable placeholder for this line")!;
    const edits = editsOf(disable, uri);
    const silenced = applyEdits(text, edits);
    expect(silenced.split("\n")[range.start.line]).toBe("  <!-- policylint-disable-next-line placeholder -->");

    const { diagnostics } = await client.change(uri, 3, edits);
    expect(byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([rangeOf(silenced, "[COMPANY NAME]")]);
    policyText = silenced;
    policyDiagnostics = diagnostics;
  });

  it("puts the disable-file comment below the front matter", async () => {
    const uri = uriIn("front-matter-policy.md");
    const text = "---\ntitle: Notice\n---\n# Notice\n\nWrite to [EMAIL ADDRESS].\n";
    const { diagnostics } = await client.open(uri, text);
    const [finding] = byRule(diagnostics, "placeholder");
    const actions = await client.codeActions(uri, finding.range);
    const disable = actions.find((action) => action.title === "Disable placeholder in this file")!;
    const edits = editsOf(disable, uri);
    expect(applyEdits(text, edits)).toBe("---\ntitle: Notice\n---\n<!-- policylint-disable-file placeholder -->\n# Notice\n\nWrite to [EMAIL ADDRESS].\n");
    const after = await client.change(uri, 2, edits);
    expect(byRule(after.diagnostics, "placeholder")).toEqual([]);
  });

  it("explains a finding on hover", async () => {
    const uri = uriIn("privacy-policy.md");
    const range = rangeOf(policyText, "[COMPANY NAME]");
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: range.start.line, character: range.start.character + 2 } });
    const markdown = (hover?.contents as MarkupContent).value;
    expect(markdown).toContain("placeholder");
    expect(markdown).toContain(RULES_BY_ID.get("placeholder")!.meta.explanation);
    expect(markdown).toContain(`${RULES_DOC}#placeholder`);

    // Other rules may flag other places; hovering where no diagnostic is shows nothing.
    const clear = policyText.split("\n").flatMap((content, line) => (content.length > 1 ? [{ line, character: 1 }] : [])).find((position) => !policyDiagnostics.some((diagnostic) => touches(diagnostic.range, position)))!;
    const nothing = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: clear });
    expect(nothing).toBeNull();
  });

  it("outlines the headings nested by level", async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriIn("privacy-policy.md") } })) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[] = []): unknown[] => list.map((symbol) => [symbol.name, outline(symbol.children)]);
    expect(outline(symbols)).toEqual([
      ["Privacy Policy", [
        ["What we collect", [["Cookies", []]]],
        ["How long we keep it", []],
      ]],
    ]);
    const [policy] = symbols;
    // A section spans its subsections.
    expect(policy.range.start).toEqual({ line: 0, character: 0 });
    expect(policy.range.end.line).toBeGreaterThanOrEqual(policy.children![1].range.end.line);
  });

  it("gives a binary-looking text one information diagnostic and no findings", async () => {
    const { diagnostics } = await client.open(uriIn("binary-policy.txt"), "Policy [COMPANY NAME]\u0000\u0001 text", "plaintext");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: DiagnosticSeverity.Information, range: { start: { line: 0, character: 0 } } });
    expect(diagnostics[0].message).toContain("binary");
  });

  it("reports a broken .policylintrc.json once at the top and still lints", async () => {
    mkdirSync(path.join(folder, "broken"));
    const configFile = path.join(folder, "broken", ".policylintrc.json");
    writeFileSync(configFile, '{ "profiles": [');
    const { diagnostics } = await client.open(uriIn("broken", "privacy.md"), "# Privacy\n\nWe are [COMPANY NAME].\n");
    const configProblems = diagnostics.filter((diagnostic) => diagnostic.code === undefined);
    expect(configProblems).toHaveLength(1);
    expect(configProblems[0]).toMatchObject({ severity: DiagnosticSeverity.Information, range: { start: { line: 0, character: 0 } } });
    expect(configProblems[0].message).toContain(configFile);
    expect(configProblems[0].message).toContain("JSON");
    expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
  });

  it("lets the project file win over settings, and re-reads it when it changes", async () => {
    mkdirSync(path.join(folder, "project"));
    const configFile = path.join(folder, "project", ".policylintrc.json");
    writeFileSync(configFile, JSON.stringify({ rules: { "conversion-artifact": "hint" } }));
    const uri = uriIn("project", "privacy.md");
    const { diagnostics } = await client.open(uri, "# Privacy\n\nSee [image: logo.png] above.\n");
    expect(byRule(diagnostics, "conversion-artifact").map((diagnostic) => diagnostic.severity)).toEqual([DiagnosticSeverity.Hint]);

    writeFileSync(configFile, JSON.stringify({ rules: { "conversion-artifact": "off" } }));
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(configFile).href, type: FileChangeType.Changed }],
    });
    expect(byRule((await published).diagnostics, "conversion-artifact")).toEqual([]);
  });

  it("lints once after a burst of edits, and again on save", async () => {
    const uri = uriIn("typing-policy.md");
    await client.open(uri, "# Notes\n\nWe are\n");
    const type = (version: number, character: number, text: string): Promise<void> => {
      const at = { line: 2, character };
      return client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text }],
      });
    };
    const published = client.nextDiagnostics(uri);
    await type(2, "We are".length, " [COMP");
    await type(3, "We are [COMP".length, "ANY NAME]");
    const afterTyping = await published;
    // Without the pause the first publish would describe version 2 and its half-typed "[COMP".
    expect(afterTyping.version).toBe(3);
    expect(byRule(afterTyping.diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([
      { start: { line: 2, character: 7 }, end: { line: 2, character: 7 + "[COMPANY NAME]".length } },
    ]);

    const onSave = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    expect((await onSave).version).toBe(3);
  });

  it("re-lints open documents with new settings and names a bad setting", async () => {
    const uri = uriIn("privacy-policy.md");
    client.settings = { language: "fr", rules: { placeholder: "off" } };
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const { diagnostics } = await published;
    expect(byRule(diagnostics, "placeholder")).toEqual([]);
    const problems = diagnostics.filter((diagnostic) => diagnostic.code === undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain("policyLint.language");
    expect(problems[0].severity).toBe(DiagnosticSeverity.Information);
  });

  it("shuts down and exits cleanly", async () => {
    expect(client.logs.filter((line) => /failed|could not/i.test(line))).toEqual([]);
    expect(await client.shutdown()).toBe(0);
  });
});

describe("which documents the client sends to the server", () => {
  const facts = (filePath: string, languageId = "markdown") => ({ uri: pathToFileURL(filePath).href, languageId, paths: [filePath] });
  const defaults = ["**/*{privacy,policy,конфиденциальн,персональн}*.{md,markdown,txt}"];

  it("matches policy-like names case-insensitively, in English and Russian, but not a README", () => {
    const policies = new PolicyDocuments(defaults);
    expect(policies.isPolicy(facts("/site/docs/Privacy-Policy.MD"))).toBe(true);
    expect(policies.isPolicy(facts("/site/ПОЛИТИКА_КОНФИДЕНЦИАЛЬНОСТИ.txt", "plaintext"))).toBe(true);
    expect(policies.isPolicy(facts("/site/согласие-на-обработку-персональных-данных.md"))).toBe(true);
    expect(policies.isPolicy(facts("/site/README.md"))).toBe(false);
    // A policy-like name in another language mode is not ours unless asked.
    expect(policies.isPolicy(facts("/site/privacy.md", "html"))).toBe(false);
  });

  it("always takes the privacy-policy language mode and files the user asked for", () => {
    const policies = new PolicyDocuments(defaults);
    expect(policies.isPolicy(facts("/site/terms.policy", "privacy-policy"))).toBe(true);
    const readme = facts("/site/README.md");
    policies.request(readme.uri);
    expect(policies.isPolicy(readme)).toBe(true);
  });

  it("follows a changed include setting", () => {
    const policies = new PolicyDocuments(defaults);
    policies.setInclude(["legal/**/*.md"]);
    expect(policies.isPolicy({ uri: "file:///w/legal/terms.md", languageId: "markdown", paths: ["/w/legal/terms.md", "legal/terms.md"] })).toBe(true);
    expect(policies.isPolicy(facts("/w/privacy.md"))).toBe(false);
    policies.setInclude([]);
    expect(policies.isPolicy(facts("/w/legal/privacy.md"))).toBe(false);
  });
});
