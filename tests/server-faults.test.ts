// The built language server under faults, over the real protocol: broken settings and config files, cancelled
// requests, documents that change or close mid-lint, a flood of documents, a rule that throws, a worker that dies.
// Each time the server must answer every request, write at most one clear log line, and keep serving.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CancellationTokenSource,
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ErrorCodes,
  FileChangeType,
  HoverRequest,
  RegistrationRequest,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { COVERAGE_REQUEST, INSERT_SECTION_REQUEST, SECTION_CHOICES_REQUEST } from "../server/src/lsp/protocol";
import { RULE_THROWS_MARKER, TEST_FAULTS_ENV, THROWING_RULE, WORKER_EXIT_CODE, WORKER_EXITS_MARKER } from "../server/src/node/test-faults";
import { CRASH_WINDOW_MS, MAX_RESTARTS, RestartPolicy } from "../client/src/restart-policy";
import { TestClient, byRule, rangeOf } from "./lsp-client";

// Our own words: one placeholder on line 3.
const SMALL = "# Privacy\n\nWe are [COMPANY NAME] and we keep your email address.\n";
const PLACEHOLDER = rangeOf(SMALL, "[COMPANY NAME]");

/** About a megabyte of prose: long enough to lint (a second or so) that requests and edits arrive mid-lint. `word` keeps texts apart, so no cache shortens a lint. */
function slowText(word: string): string {
  return `# Notice\n\n${`We keep your ${word} and email address for thirty days. `.repeat(18_000)}\n\nWe are [COMPANY NAME].\n`;
}

const problemsIn = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((diagnostic) => diagnostic.message.startsWith("Configuration problem"));

/** Polls for what arrives without a reply to wait on (a log line after a refused registration). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 15_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The log lines the server writes while `action` runs; `action` must end on a reply the lines come before. */
async function logsDuring(client: TestClient, action: () => Promise<unknown>): Promise<string[]> {
  const before = client.logs.length;
  await action();
  return client.logs.slice(before);
}

describe("the language server under faults", () => {
  let client: TestClient;
  let folder: string;
  let opened = 0;
  const uriIn = (...parts: string[]): string => pathToFileURL(path.join(folder, ...parts)).href;
  /** A document name not used before, in `dir` under the test folder. */
  const freshUri = (dir = "."): string => uriIn(dir, `policy-${++opened}.md`);
  const folderWith = (name: string): string => {
    mkdirSync(path.join(folder, name), { recursive: true });
    return path.join(folder, name);
  };
  const notifyConfigFile = (file: string, type: FileChangeType): Promise<void> =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type }] });
  /** After a fault: the process is up and a new document gets its findings. */
  const expectServing = async (): Promise<void> => {
    expect(client.child.exitCode).toBeNull();
    const { diagnostics } = await client.open(freshUri(), SMALL);
    expect(byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([PLACEHOLDER]);
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "policylint-faults-"));
    client = new TestClient({ env: { ...process.env, [TEST_FAULTS_ENV]: "1" } });
    await client.initialize();
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(folder, { recursive: true, force: true });
  });

  it("names each malformed or wrongly-typed setting once, lints on without it, and logs nothing", async () => {
    const uri = freshUri();
    await client.open(uri, SMALL);
    const badSettings: [unknown, string][] = [
      ["gdpr", 'the "policyLint" settings'],
      [[1, 2], 'the "policyLint" settings'],
      [42, 'the "policyLint" settings'],
      [{ profiles: 7 }, "policyLint.profiles"],
      [{ profiles: [["gdpr"]] }, "policyLint.profiles"],
      [{ language: 7 }, "policyLint.language"],
      [{ messageLanguage: {} }, "policyLint.messageLanguage"],
      [{ phoneRegion: 12 }, "policyLint.phoneRegion"],
      [{ phoneRegion: "ZZ" }, "policyLint.phoneRegion"],
      [{ rules: "off" }, "policyLint.rules"],
      [{ rules: { placeholder: 3 } }, "policyLint.rules.placeholder"],
      [{ rules: { "no-such-rule": "error" } }, "policyLint.rules.no-such-rule"],
    ];
    for (const [settings, named] of badSettings) {
      client.settings = settings;
      const logs = await logsDuring(client, async () => {
        const published = client.nextDiagnostics(uri);
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
        const { diagnostics } = await published;
        const problems = problemsIn(diagnostics);
        expect(problems, JSON.stringify(settings)).toHaveLength(1);
        expect(problems[0].message).toContain(named);
        expect(problems[0].severity).toBe(DiagnosticSeverity.Information);
        expect(byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([PLACEHOLDER]);
      });
      expect(logs).toEqual([]);
    }
    client.settings = {};
  });

  it("lints with the known profiles and names the unknown ones, from settings, config file or front matter", async () => {
    client.settings = { profiles: ["mars", "gdpr"] };
    const fromSettings = freshUri();
    const { diagnostics } = await client.open(fromSettings, SMALL);
    expect(problemsIn(diagnostics).map((problem) => problem.message)).toEqual([expect.stringContaining('unknown profile "mars"')]);
    const coverage = await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri: fromSettings } });
    expect(coverage).toMatchObject({ profiles: [{ profile: "gdpr" }] });

    // Nothing known at all: the default profile.
    client.settings = {};
    const dir = folderWith("unknown-profile");
    writeFileSync(path.join(dir, ".policylintrc.json"), JSON.stringify({ profiles: ["venus"] }));
    const fromFile = freshUri("unknown-profile");
    const fromFileDiagnostics = (await client.open(fromFile, SMALL)).diagnostics;
    expect(problemsIn(fromFileDiagnostics).map((problem) => problem.message)).toEqual([expect.stringContaining('unknown profile "venus"')]);
    expect(await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri: fromFile } })).toMatchObject({ profiles: [{ profile: "baseline" }] });

    const inFrontMatter = (await client.open(freshUri(), `---\nprofiles: [jupiter]\n---\n${SMALL}`)).diagnostics;
    expect(problemsIn(inFrontMatter).map((problem) => problem.message)).toEqual([expect.stringContaining('unknown profile "jupiter"')]);
    expect(byRule(inFrontMatter, "placeholder")).toHaveLength(1);
  });

  it("logs one line when the editor cannot give its settings, however many documents ask, and lints with defaults", async () => {
    const healthy = client.answerConfiguration;
    try {
      client.answerConfiguration = () => new ResponseError(ErrorCodes.InternalError, "the settings store is locked");
      const logs = await logsDuring(client, async () => {
        for (let i = 0; i < 3; i++) {
          const { diagnostics } = await client.open(freshUri(), SMALL);
          expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
          expect(problemsIn(diagnostics)).toEqual([]);
        }
      });
      expect(logs).toEqual(["could not read the policyLint settings: the settings store is locked"]);

      // Answers of the wrong shape are no settings at all.
      for (const reply of [{ not: "a list" }, [], [null], null]) {
        client.answerConfiguration = () => reply;
        const quiet = await logsDuring(client, async () => {
          const { diagnostics } = await client.open(freshUri(), SMALL);
          expect(byRule(diagnostics, "placeholder"), JSON.stringify(reply)).toHaveLength(1);
        });
        expect(quiet).toEqual([]);
      }
    } finally {
      client.answerConfiguration = healthy;
    }
    await expectServing();
  });

  it("names a broken or wrongly-typed .policylintrc.json once at the top of the document and lints on", async () => {
    const brokenFiles: [string, RegExp][] = [
      ["", /not valid JSON/],
      ['{ "profiles": ["gdpr"', /not valid JSON/],
      ["[]", /expected an object/],
      ['"gdpr"', /expected an object/],
      ["42", /expected an object/],
      ['{ "profiles": 5 }', /key "profiles"/],
      ['{ "rules": [] }', /key "rules"/],
      ['{ "rules": { "placeholder": "loud" } }', /key "rules.placeholder"/],
      ['{ "colour": "blue" }', /key "colour": unknown key/],
    ];
    for (const [index, [content, expected]] of brokenFiles.entries()) {
      const dir = folderWith(`broken-${index}`);
      const configFile = path.join(dir, ".policylintrc.json");
      writeFileSync(configFile, content);
      const logs = await logsDuring(client, async () => {
        const { diagnostics } = await client.open(freshUri(`broken-${index}`), SMALL);
        const problems = problemsIn(diagnostics);
        expect(problems, content).toHaveLength(1);
        expect(problems[0].message).toContain(configFile);
        expect(problems[0].message).toMatch(expected);
        expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
      });
      expect(logs).toEqual([]);
    }

    // A folder where the file should be cannot be read.
    mkdirSync(path.join(folderWith("folder-config"), ".policylintrc.json"));
    const { diagnostics } = await client.open(freshUri("folder-config"), SMALL);
    expect(problemsIn(diagnostics).map((problem) => problem.message)).toEqual([expect.stringMatching(/could not be read: EISDIR/)]);
    expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
  });

  it("reads a .policylintrc.json saved with a byte-order mark", async () => {
    const dir = folderWith("bom");
    writeFileSync(path.join(dir, ".policylintrc.json"), `\uFEFF${JSON.stringify({ rules: { placeholder: "off" } })}`);
    const { diagnostics } = await client.open(freshUri("bom"), SMALL);
    expect(problemsIn(diagnostics)).toEqual([]);
    expect(byRule(diagnostics, "placeholder")).toEqual([]);
  });

  it("follows a config file that appears, changes, breaks and goes while its documents are open", async () => {
    const dir = folderWith("live");
    const configFile = path.join(dir, ".policylintrc.json");
    const uris = [freshUri("live"), freshUri("live")];
    for (const uri of uris) expect(byRule((await client.open(uri, SMALL)).diagnostics, "placeholder")).toHaveLength(1);
    /** Writes (or deletes) the file, tells the server, and returns each document's new diagnostics. */
    const configBecomes = async (content: string | undefined, type: FileChangeType): Promise<Diagnostic[][]> => {
      if (content === undefined) unlinkSync(configFile);
      else writeFileSync(configFile, content);
      const published = uris.map((uri) => client.nextDiagnostics(uri));
      await notifyConfigFile(configFile, type);
      return (await Promise.all(published)).map(({ diagnostics }) => diagnostics);
    };
    const placeholderSeverities = (diagnostics: Diagnostic[][]): (DiagnosticSeverity | undefined)[][] =>
      diagnostics.map((list) => byRule(list, "placeholder").map((diagnostic) => diagnostic.severity));

    const logs = await logsDuring(client, async () => {
      const appeared = await configBecomes(JSON.stringify({ rules: { placeholder: "off" } }), FileChangeType.Created);
      expect(placeholderSeverities(appeared)).toEqual([[], []]);

      const changed = await configBecomes(JSON.stringify({ rules: { placeholder: "hint" } }), FileChangeType.Changed);
      expect(placeholderSeverities(changed)).toEqual([[DiagnosticSeverity.Hint], [DiagnosticSeverity.Hint]]);

      // Half-saved: the problem is named and the rule's own severity is back.
      const broken = await configBecomes('{ "rules": { "placeholder": "of', FileChangeType.Changed);
      expect(placeholderSeverities(broken)).toEqual([[DiagnosticSeverity.Error], [DiagnosticSeverity.Error]]);
      for (const list of broken) expect(problemsIn(list).map((problem) => problem.message)).toEqual([expect.stringContaining("not valid JSON")]);

      const gone = await configBecomes(undefined, FileChangeType.Deleted);
      expect(placeholderSeverities(gone)).toEqual([[DiagnosticSeverity.Error], [DiagnosticSeverity.Error]]);
      for (const list of gone) expect(problemsIn(list)).toEqual([]);
    });
    expect(logs).toEqual([]);
  });

  it("ends with the new config's diagnostics when the config file changes in the middle of a lint", async () => {
    const dir = folderWith("racing");
    const configFile = path.join(dir, ".policylintrc.json");
    const uri = freshUri("racing");
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text: slowText("postcode") } });
    writeFileSync(configFile, JSON.stringify({ rules: { placeholder: "off" } }));
    await notifyConfigFile(configFile, FileChangeType.Created);
    const lastFor = (): PublishDiagnosticsParams | undefined => client.published.filter((params) => params.uri === uri).at(-1);
    await until(() => lastFor() !== undefined && byRule(lastFor()!.diagnostics, "placeholder").length === 0, "diagnostics under the new config");
    // Once the lints queued behind have run, nothing older was published over them.
    await expectServing();
    expect(byRule(lastFor()!.diagnostics, "placeholder")).toEqual([]);
  });

  it("answers every kind of request at once with null when it is cancelled while the document is still being linted", async () => {
    const uri = freshUri();
    const text = slowText("birthday");
    const placeholder = rangeOf(text, "[COMPANY NAME]");
    const published = client.nextDiagnostics(uri);
    let linted = false;
    void published.then(() => (linted = true));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text } });

    const textDocument = { uri };
    // A token only when there is one: an undefined last argument would be sent as a parameter.
    const ask = (method: string, params: object) => (token?: CancellationToken) =>
      token ? client.connection.sendRequest(method, params, token) : client.connection.sendRequest(method, params);
    const requests: [string, (token?: CancellationToken) => Promise<unknown>][] = [
      ["hover", ask(HoverRequest.method, { textDocument, position: placeholder.start })],
      ["documentSymbol", ask(DocumentSymbolRequest.method, { textDocument })],
      ["codeAction", ask(CodeActionRequest.method, { textDocument, range: placeholder, context: { diagnostics: [] } })],
      ["fix-all", ask(CodeActionRequest.method, { textDocument, range: placeholder, context: { diagnostics: [], only: ["source.fixAll"] } })],
      [SECTION_CHOICES_REQUEST, ask(SECTION_CHOICES_REQUEST, { textDocument })],
      [INSERT_SECTION_REQUEST, ask(INSERT_SECTION_REQUEST, { textDocument: { uri, version: 1 }, element: "security" })],
      [COVERAGE_REQUEST, ask(COVERAGE_REQUEST, { textDocument })],
    ];
    const logs = await logsDuring(client, async () => {
      const cancelled = requests.map(async ([name, send]) => {
        const source = new CancellationTokenSource();
        const answer = send(source.token);
        // The server has read the request and is waiting for the lint when the cancellation comes.
        await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: freshUri() } });
        source.cancel();
        return [name, await answer, linted];
      });
      expect(await Promise.all(cancelled)).toEqual(requests.map(([name]) => [name, null, false]));
      await published;
    });
    expect(logs).toEqual([]);

    // Asked again, uncancelled, each gets its answer.
    for (const [name, send] of requests) expect(await send(), name).not.toBeNull();
  });

  it("publishes nothing for a document closed mid-lint but the clearing, and answers requests for it with null", async () => {
    const uri = freshUri();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text: slowText("haircut") } });
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    expect(await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri } })).toBeNull();
    // The worker lints one document at a time: this one's diagnostics come after the closed one's lint ended.
    await expectServing();
    expect(client.published.filter((params) => params.uri === uri)).toEqual([{ uri, diagnostics: [] }]);
  });

  it("publishes only the text that replaced the one being linted: a new version, or the document closed and reopened", async () => {
    const changed = freshUri();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: changed, languageId: "markdown", version: 1, text: slowText("shoe size") } });
    const whole = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    const published = client.nextDiagnostics(changed);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: changed, version: 2 }, contentChanges: [{ range: whole, text: SMALL }] });
    expect(byRule((await published).diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([PLACEHOLDER]);

    const reopened = freshUri();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: reopened, languageId: "markdown", version: 1, text: slowText("eye colour") } });
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: reopened } });
    const publishedFor = (uri: string): PublishDiagnosticsParams[] => client.published.filter((params) => params.uri === uri);
    await until(() => publishedFor(reopened).length === 1, "the closed document's diagnostics cleared");
    const { diagnostics } = await client.open(reopened, SMALL);
    expect(byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([PLACEHOLDER]);
    await expectServing();
    expect(publishedFor(changed).map((params) => params.version)).toEqual([2]);
    expect(publishedFor(reopened).map((params) => byRule(params.diagnostics, "placeholder").map((diagnostic) => diagnostic.range))).toEqual([[], [PLACEHOLDER]]);
  });

  it("lints 200 documents opened at once, each once and with its own findings, and answers meanwhile", async () => {
    const texts = Array.from({ length: 200 }, (_, index) => `# Privacy ${index}\n${"\n".repeat(1 + (index % 7))}We are [COMPANY NAME].\n`);
    const uris = texts.map(() => freshUri("flood"));
    const logs = await logsDuring(client, async () => {
      const all = Promise.all(uris.map((uri, index) => client.open(uri, texts[index])));
      const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uris[0] } });
      expect(symbols).toMatchObject([{ name: "Privacy 0" }]);
      const results = await all;
      results.forEach(({ diagnostics, version }, index) => {
        expect(version).toBe(1);
        expect(byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([rangeOf(texts[index], "[COMPANY NAME]")]);
      });
    });
    expect(logs).toEqual([]);
    for (const uri of uris) expect(client.published.filter((params) => params.uri === uri)).toHaveLength(1);
  });

  it("keeps the other rules' findings when a rule throws, and logs one line for it however often it fails", async () => {
    const uri = freshUri();
    const text = `${SMALL}\n${RULE_THROWS_MARKER}\n`;
    const logs = await logsDuring(client, async () => {
      const { diagnostics } = await client.open(uri, text);
      expect(byRule(diagnostics, THROWING_RULE)).toEqual([]);
      expect(byRule(diagnostics, "missing-section").length).toBeGreaterThan(0);
      const end = { line: 4, character: 0 };
      for (let version = 2; version <= 3; version++) await client.change(uri, version, [{ range: { start: end, end }, newText: "More text.\n" }]);
    });
    expect(logs).toEqual([`rule ${THROWING_RULE} failed on ${uri}: injected fault`]);
    await expectServing();
  });

  it("tells the document it was not linted when the worker dies, logs one line, and lints on with a fresh worker", async () => {
    const uri = freshUri();
    const text = `${SMALL}\n${WORKER_EXITS_MARKER}\n`;
    const reason = `the lint worker stopped unexpectedly (exit code ${WORKER_EXIT_CODE})`;
    const queued = [freshUri(), freshUri()];
    const logs = await logsDuring(client, async () => {
      // Two documents wait behind the one the worker dies on.
      const [dead, ...others] = await Promise.all([uri, ...queued].map((each, index) => client.open(each, index ? SMALL : text)));
      expect(dead.diagnostics).toEqual([expect.objectContaining({ severity: DiagnosticSeverity.Information, message: `policylint did not lint this file: ${reason}.` })]);
      for (const { diagnostics } of others) expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: PLACEHOLDER.start })).toBeNull();
      expect(await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri } })).toEqual({ refused: reason });
    });
    expect(logs).toEqual([`could not lint ${uri}: ${reason}`]);

    // The author removes what killed it: the document is linted again.
    const markerLine = text.split("\n").indexOf(WORKER_EXITS_MARKER);
    const { diagnostics } = await client.change(uri, 2, [{ range: { start: { line: markerLine, character: 0 }, end: { line: markerLine + 1, character: 0 } }, newText: "" }]);
    expect(byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range)).toEqual([PLACEHOLDER]);
  });

  it("answers malformed requests with an error and keeps serving", async () => {
    const uri = freshUri();
    await client.open(uri, SMALL);
    const malformed: [string, unknown][] = [
      [HoverRequest.method, { textDocument: { uri } }],
      [CodeActionRequest.method, { textDocument: { uri }, range: PLACEHOLDER }],
      [COVERAGE_REQUEST, null],
      [SECTION_CHOICES_REQUEST, {}],
    ];
    for (const [method, params] of malformed) {
      await expect(client.connection.sendRequest(method, params), method).rejects.toMatchObject({ code: ErrorCodes.InternalError });
    }
    expect(await client.connection.sendRequest(INSERT_SECTION_REQUEST, { textDocument: { uri, version: 1 }, element: 5 })).toEqual({ refused: '"5" is not a policy element.' });
    await expectServing();
  });
});

describe("a client that refuses registrations and pushes its settings", () => {
  let client: TestClient;

  beforeAll(async () => {
    client = new TestClient();
    client.connection.onRequest(RegistrationRequest.type, () => new ResponseError(ErrorCodes.InvalidRequest, "dynamic registration is switched off"));
    // No workspace/configuration: settings come with didChangeConfiguration.
    await client.initialize({ workspace: { didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } } });
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it("logs the refusal in one line and keeps serving", async () => {
    await until(() => client.logs.length > 0, "a log line");
    expect(client.logs).toEqual([
      "the client refused to register workspace/didChangeConfiguration and workspace/didChangeWatchedFiles (dynamic registration is switched off): restart the server to apply changed settings or config files",
    ]);
    const { diagnostics } = await client.open("untitled:Untitled-1", SMALL);
    expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
  });

  it("takes malformed pushed settings as none, or names the bad key", async () => {
    const uri = "untitled:Untitled-1";
    const pushed: [unknown, number][] = [
      ["junk", 0],
      [{ policyLint: 5 }, 1],
      [{ policyLint: { profiles: {} } }, 1],
      [{ policyLint: null }, 0],
      [null, 0],
    ];
    for (const [settings, problems] of pushed) {
      const published = client.nextDiagnostics(uri);
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
      const { diagnostics } = await published;
      expect(problemsIn(diagnostics), JSON.stringify(settings)).toHaveLength(problems);
      expect(byRule(diagnostics, "placeholder")).toHaveLength(1);
    }
    expect(client.logs).toHaveLength(1);
  });
});

describe("the client when its server crashes", () => {
  const minute = 60_000;

  it("restarts the server each time, and tells the user at the first crash only", () => {
    const policy = new RestartPolicy();
    // Crashes spread over hours never add up to giving up.
    const decisions = Array.from({ length: 10 }, (_, index) => policy.afterCrash(index * CRASH_WINDOW_MS));
    expect(decisions.map((decision) => decision.restart)).toEqual(Array(10).fill(true));
    expect(decisions.map((decision) => decision.tell)).toEqual(["restarted", ...Array(9).fill(undefined)]);
  });

  it(`gives up after ${MAX_RESTARTS} restarts within the window and says so once`, () => {
    const policy = new RestartPolicy();
    const decisions = Array.from({ length: MAX_RESTARTS + 2 }, (_, index) => policy.afterCrash(index * (minute / 10)));
    expect(decisions.map((decision) => decision.restart)).toEqual([...Array(MAX_RESTARTS).fill(true), false, false]);
    expect(decisions.map((decision) => decision.tell)).toEqual(["restarted", ...Array(MAX_RESTARTS - 1).fill(undefined), "gave-up", undefined]);
  });

  it("starts counting again when the user restarts the server", () => {
    const policy = new RestartPolicy();
    for (let crash = 0; crash <= MAX_RESTARTS; crash++) policy.afterCrash(crash);
    policy.restartedByUser();
    expect(policy.afterCrash(minute)).toEqual({ restart: true });
    for (let crash = 1; crash < MAX_RESTARTS; crash++) policy.afterCrash(minute + crash);
    expect(policy.afterCrash(minute + MAX_RESTARTS)).toEqual({ restart: false, tell: "gave-up" });
  });
});
