// Talks to the built language server (dist/server.js) over stdio with the real protocol, as an editor would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
  type Position,
  type Range,
} from "vscode-languageserver-protocol/node";
import { ELEMENT_INFO, RULES_BY_ID } from "../server/src/engine";
import {
  COVERAGE_REQUEST,
  INSERT_SECTION_REQUEST,
  SECTION_CHOICES_REQUEST,
  type CoverageResult,
  type InsertSectionParams,
  type InsertSectionResult,
  type SectionChoicesResult,
} from "../server/src/lsp/protocol";
import { PolicyDocuments } from "../client/src/policy-documents";
import { sectionPickGroups } from "../client/src/section-picks";
import englishSnippets from "../snippets/policy-sections.en.json";
import russianSnippets from "../snippets/policy-sections.ru.json";
import { ROOT, TestClient, applyEdits, byRule, editsOf, rangeOf } from "./lsp-client";

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

function touches(range: Range, position: Position): boolean {
  const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
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
    folder = mkdtempSync(path.join(os.tmpdir(), "policylint-lsp-"));
    client = new TestClient({ settings: SETTINGS });
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

  it("appends an inline disable-line comment that silences only that line and keeps the paragraph whole", async () => {
    const uri = uriIn("privacy-policy.md");
    const text = policyText;
    const range = rangeOf(text, "[EMAIL ADDRESS]");
    const actions = await client.codeActions(uri, range);
    const disable = actions.find((action) => action.title === "Disable placeholder for this line")!;
    const edits = editsOf(disable, uri);
    const silenced = applyEdits(text, edits);
    const originalLine = text.split("\n")[range.start.line];
    expect(silenced.split("\n")[range.start.line]).toBe(`${originalLine} <!-- policylint-disable-line placeholder -->`);
    expect(silenced.split("\n").length).toBe(text.split("\n").length);

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

  it("compares a policy with its other language's version, from disk and then from the open buffer", async () => {
    const english = "# Privacy Policy\n\nWe keep your messages for 30 days. Write to help@example.org.\n";
    const russian = (days: number) => `# Политика конфиденциальности\n\nМы храним ваши сообщения ${days} дней. Пишите на help@example.org.\n`;
    writeFileSync(path.join(folder, "terms.ru.md"), russian(90));
    const opened = await client.open(uriIn("terms.en.md"), english);
    const [mismatch] = byRule(opened.diagnostics, "translation-mismatch");
    expect(mismatch.message).toContain("terms.ru.md");
    expect(mismatch.relatedInformation?.map(({ location }) => location.uri)).toEqual([uriIn("terms.ru.md")]);
    // The coverage view sets the versions' facts side by side, and can open the other one.
    const coverage = (await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri: uriIn("terms.en.md") } })) as Extract<CoverageResult, { version: number }>;
    expect(coverage.translationUri).toBe(uriIn("terms.ru.md"));
    expect(coverage.translation?.rows.filter((row) => !row.agrees).map((row) => [row.here?.text, row.there?.text])).toEqual([["30 days", "90 дней"]]);
    // The Russian buffer, once open, is what counts, and an edit there re-checks the English version.
    const republished = client.nextDiagnostics(uriIn("terms.en.md"));
    await client.open(uriIn("terms.ru.md"), russian(30));
    expect(byRule((await republished).diagnostics, "translation-mismatch")).toEqual([]);
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

  it("takes plain-language thresholds from policyLint.plainLanguage", async () => {
    const uri = uriIn("privacy-policy.md");
    client.settings = { plainLanguage: { maxSentenceWords: { en: 5 } } };
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const long = byRule((await published).diagnostics, "plain-language").filter((diagnostic) => diagnostic.message.includes("words"));
    expect(long.length).toBeGreaterThan(0);
    expect(long[0].message).toMatch(/\(more than 5\)/);
  });

  it("speaks the language policyLint.messageLanguage names, docs links included", async () => {
    const uri = uriIn("политика.md");
    const russian = "# Политика конфиденциальности\n\nМы храним имя покупателя. Компания не несёт ответственности за сбои.\n";
    const { diagnostics: inRussian } = await client.open(uri, russian);
    expect(byRule(inRussian, "liability-disclaimer")[0].message).toMatch(/ответственности/);
    expect(byRule(inRussian, "liability-disclaimer")[0].codeDescription?.href).toMatch(/rules\.ru\.md#liability-disclaimer$/);
    client.settings = { messageLanguage: "en" };
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const [disclaimer] = byRule((await published).diagnostics, "liability-disclaimer");
    expect(disclaimer.message).toMatch(/disclaims a responsibility/);
    expect(disclaimer.codeDescription?.href).toMatch(/rules\.md#liability-disclaimer$/);
  });

  it("shuts down and exits cleanly", async () => {
    expect(client.logs.filter((line) => /failed|could not/i.test(line))).toEqual([]);
    expect(await client.shutdown()).toBe(0);
  });
});

describe("a document too large to lint before the deadline", () => {
  // 9 MB of prose, under the size limit, takes the engine far longer than the deadline.
  // Every sentence new: a repeated one would be read once and found in the caches after.
  const SLOW_POLICY = Array.from({ length: 170_000 }, (_, i) => `We keep your name and email address for ${i + 1} days.`).join(" ") + "\n";
  const DEADLINE_MS = 4000;
  let client: TestClient;
  let folder: string;
  const uriIn = (name: string): string => pathToFileURL(path.join(folder, name)).href;
  const placeholderRanges = (diagnostics: Diagnostic[]): Range[] => byRule(diagnostics, "placeholder").map((diagnostic) => diagnostic.range);

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "policylint-slow-"));
    client = new TestClient({ settings: SETTINGS, env: { ...process.env, POLICYLINT_LINT_TIMEOUT_MS: String(DEADLINE_MS) } });
    await client.initialize();
  });

  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(folder, { recursive: true, force: true });
  });

  it("is stopped at the deadline with one information diagnostic, while the server keeps answering", async () => {
    const policy = uriIn("privacy-policy.md");
    await client.open(policy, POLICY);

    const slowPublished = client.open(uriIn("large-policy.md"), SLOW_POLICY);
    // The lint runs off the main thread: another document's outline comes back long before the deadline.
    const asked = performance.now();
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: policy } })) as DocumentSymbol[];
    expect(performance.now() - asked).toBeLessThan(DEADLINE_MS / 2);
    expect(symbols[0].name).toBe("Privacy Policy");

    const { diagnostics } = await slowPublished;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: DiagnosticSeverity.Information, range: { start: { line: 0, character: 0 } } });
    expect(diagnostics[0].message).toBe(
      `policylint did not lint this file: linting stopped after ${DEADLINE_MS / 1000} s: the file is too large or too complex to lint quickly.`,
    );

    // A fresh worker lints the next document as usual.
    const { diagnostics: next } = await client.open(uriIn("second-policy.md"), POLICY);
    expect(placeholderRanges(next)).toEqual([rangeOf(POLICY, "[COMPANY NAME]"), rangeOf(POLICY, "[EMAIL ADDRESS]")]);
  });

  it("fixes on save what was typed just before, not what the last finished analysis saw", async () => {
    const uri = uriIn("saved-policy.md");
    await client.open(uri, POLICY);
    const start = { line: 0, character: 0 };
    // Typed, then saved at once: the editor asks for fix-all before the debounced lint has run.
    const published = client.change(uri, 2, [{ range: { start, end: start }, newText: "[image: typed.png]\n\n" }]);
    const [onSave] = await client.codeActions(uri, { start, end: start }, ["source.fixAll"]);
    const edits = onSave.edit?.documentChanges?.flatMap((change) => ("edits" in change ? change.edits : [])) ?? [];
    expect(edits.some((edit) => edit.range.start.line === 0 && edit.newText === "")).toBe(true);
    await published;
  });

  it("answers hovers, outlines and code actions from the last finished analysis while a long lint runs", async () => {
    const uri = uriIn("typed-policy.md");
    await client.open(uri, POLICY);
    const lines = POLICY.split("\n");
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    // The author pastes a great deal of text: its lint takes longer than the deadline.
    const slow = client.change(uri, 2, [{ range: { start: end, end }, newText: SLOW_POLICY }]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const asked = performance.now();
    const placeholder = rangeOf(POLICY, "[COMPANY NAME]");
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: placeholder.start });
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const actions = await client.codeActions(uri, placeholder);
    expect(performance.now() - asked).toBeLessThan(DEADLINE_MS / 4);
    expect((hover?.contents as MarkupContent).value).toContain("placeholder");
    expect(symbols[0].name).toBe("Privacy Policy");
    expect(actions.length).toBeGreaterThan(0);
    await slow;
  });

  it("stops a slow lint once its version is replaced and publishes only the new version", async () => {
    const uri = uriIn("edited-policy.md");
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text: SLOW_POLICY } });
    // Time for the server to fetch settings and start linting version 1.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const whole = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const changed = performance.now();
    const { version, diagnostics } = await client.change(uri, 2, [{ range: whole, newText: POLICY }]);
    // Waiting for the stale lint would have taken until its deadline, 3 s from now.
    expect(performance.now() - changed).toBeLessThan(DEADLINE_MS / 2);
    expect(version).toBe(2);
    expect(placeholderRanges(diagnostics)).toEqual([rangeOf(POLICY, "[COMPANY NAME]"), rangeOf(POLICY, "[EMAIL ADDRESS]")]);
    expect(diagnostics.some((diagnostic) => diagnostic.message.includes("linting stopped"))).toBe(false);
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

/** The heading line a snippet file gives an element, read from the snippet data itself. */
function snippetHeading(snippets: Record<string, { prefix: string; body: string[] }>, id: string): string {
  return Object.values(snippets).find((snippet) => snippet.prefix === `policy-${id}`)!.body[0];
}

// Our own words: discloses controller, data categories (with a cookies subsection), retention and contact under
// headings, the date in the title's section; says nothing of purposes, recipients, security, rights or changes.
const PARTIAL_POLICY = [
  "# Privacy Policy for Plant Diary",
  "",
  "Last updated: 3 March 2025.",
  "",
  "## Who we are",
  "",
  "Plant Diary Ltd, 4 Fern Lane, Leafton, runs the Plant Diary app and is responsible for your personal data.",
  "",
  "## What we collect",
  "",
  "We collect your email address and the photos of plants you upload.",
  "",
  "### Cookies",
  "",
  "The website sets one cookie to keep you signed in.",
  "",
  "## How long we keep your data",
  "",
  "We delete your data 30 days after you close your account.",
  "",
  "## Questions",
  "",
  "Write to privacy@plantdiary.example with any question about your data.",
  "",
].join("\n");
const NOT_DISCLOSED = ["purposes", "recipients", "security", "rights", "changes"];

describe("standard sections over the protocol", () => {
  let client: TestClient;
  let folder: string;
  const uriIn = (name: string): string => pathToFileURL(path.join(folder, name)).href;
  const choicesFor = (uri: string): Promise<SectionChoicesResult | null> => client.connection.sendRequest(SECTION_CHOICES_REQUEST, { textDocument: { uri } });
  const insert = (params: InsertSectionParams): Promise<InsertSectionResult | null> => client.connection.sendRequest(INSERT_SECTION_REQUEST, params);
  const missingElements = (diagnostics: Diagnostic[]): string[] =>
    byRule(diagnostics, "missing-section").map((diagnostic) => /\(([a-z-]+)\)/.exec(diagnostic.message)![1]);

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "policylint-sections-"));
    client = new TestClient({ settings: { profiles: ["baseline"] } });
    await client.initialize();
  });

  afterAll(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it("lists all 29 elements, the ones missing for the active profiles first and marked", async () => {
    const uri = uriIn("plant-privacy.md");
    const { diagnostics } = await client.open(uri, PARTIAL_POLICY);
    expect(missingElements(diagnostics).sort()).toEqual([...NOT_DISCLOSED].sort());

    const reply = await choicesFor(uri);
    if (!reply || "refused" in reply) throw new Error(`no choices: ${JSON.stringify(reply)}`);
    expect(reply).toMatchObject({ language: "en", profiles: ["baseline"] });
    expect(reply.choices).toHaveLength(29);
    const missing = reply.choices.filter((choice) => choice.missing);
    expect(missing.map((choice) => choice.id).sort()).toEqual([...NOT_DISCLOSED].sort());
    expect(reply.choices.slice(0, missing.length)).toEqual(missing);
    expect(reply.choices.find((choice) => choice.id === "retention")).toMatchObject({ missing: false, present: true, requiredBy: ["baseline"] });
    expect(reply.choices.find((choice) => choice.id === "security")).toMatchObject({ name: ELEMENT_INFO.security.name.en, requiredBy: ["baseline"] });

    // What the client's quick pick shows.
    const [missingGroup, others] = sectionPickGroups(reply.choices);
    expect(missingGroup.picks.map((pick) => pick.id)).toEqual(missing.map((choice) => choice.id));
    const security = missingGroup.picks.find((pick) => pick.id === "security")!;
    expect(security.label).toBe(ELEMENT_INFO.security.name.en);
    expect(security.description).toContain("$(warning) missing for baseline");
    expect(security.detail.toLowerCase()).toBe(ELEMENT_INFO.security.description.en.toLowerCase());
    expect(others.picks).toHaveLength(29 - missing.length);
    expect(others.picks.find((pick) => pick.id === "retention")!.description).toContain("in the document");
    expect(others.picks.find((pick) => pick.id === "cookies")!.description).not.toContain("missing");
    // With nothing missing, one group says so.
    const complete = sectionPickGroups(reply.choices.map((choice) => ({ ...choice, missing: false })));
    expect(complete.map((group) => [group.label, group.picks.length])).toEqual([["Nothing missing for the active profiles", 29]]);
  });

  it("answers the coverage view: the profile's elements, found with their line or missing", async () => {
    const uri = uriIn("plant-privacy.md");
    const coverage: CoverageResult | null = await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri } });
    if (!coverage || "refused" in coverage) throw new Error(`no coverage: ${JSON.stringify(coverage)}`);
    expect(coverage).toMatchObject({ version: 1, language: "en", required: 10, found: 10 - NOT_DISCLOSED.length });
    const [baseline] = coverage.profiles;
    expect(baseline.elements.filter((element) => !element.found).map((element) => element.id).sort()).toEqual([...NOT_DISCLOSED].sort());
    const retentionLine = PARTIAL_POLICY.split("\n").indexOf("## How long we keep your data");
    expect(baseline.elements.find((element) => element.id === "retention")!.found!.range.start.line).toBe(retentionLine);
    expect(await client.connection.sendRequest(COVERAGE_REQUEST, { textDocument: { uri: uriIn("never-opened.md") } })).toBeNull();
  });

  it("returns a TextEdit at the cursor's line end that inserts the section, for the document's version only", async () => {
    const uri = uriIn("plant-privacy.md");
    const cursorLine = PARTIAL_POLICY.split("\n").indexOf("We delete your data 30 days after you close your account.");
    const position = { line: cursorLine, character: 3 };
    const reply = await insert({ textDocument: { uri, version: 1 }, element: "security", position });
    if (!reply || !("edit" in reply)) throw new Error(`no edit: ${JSON.stringify(reply)}`);
    const lineEnd = { line: cursorLine, character: PARTIAL_POLICY.split("\n")[cursorLine].length };
    // At the end of the cursor's line, so no line is split; an insert, nothing replaced.
    expect(reply.edit.range).toEqual({ start: lineEnd, end: lineEnd });
    expect(reply.edit.newText).toContain(`\n${snippetHeading(englishSnippets, "security")}\n`);
    expect(reply.edit.newText).not.toContain("${");

    const { diagnostics } = await client.change(uri, 2, [reply.edit]);
    expect(missingElements(diagnostics)).not.toContain("security");
    expect(missingElements(diagnostics).length).toBe(NOT_DISCLOSED.length - 1);

    // An edit computed for version 1 would land in the wrong place now: the server refuses, and says asking again helps.
    const stale = await insert({ textDocument: { uri, version: 1 }, element: "rights", position });
    expect(stale).toMatchObject({ stale: true });
    expect((stale as { refused: string }).refused).toMatch(/changed/);
    const unknown = await insert({ textDocument: { uri, version: 2 }, element: "horoscope", position });
    expect(unknown).toMatchObject({ refused: expect.stringContaining("horoscope") });
    // A document the server was never sent.
    expect(await choicesFor(uriIn("never-opened.md"))).toBeNull();
  });

  it("inserts Russian sections into a plain-text policy without Markdown, at UTF-16 positions", async () => {
    const uri = uriIn("политика.txt");
    const text = [
      "ПОЛИТИКА ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
      "",
      "ООО «Ромашка» 🌼 обрабатывает персональные данные пользователей сайта и отвечает за их обработку.",
      "",
    ].join("\n");
    const { diagnostics } = await client.open(uri, text, "plaintext");
    // The hover says in Russian what a missing section must say.
    const [missing] = byRule(diagnostics, "missing-section");
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: missing.range.start });
    const missingId = /\(([a-z-]+)\)/.exec(missing.message)![1] as "security";
    expect((hover?.contents as MarkupContent).value).toContain(ELEMENT_INFO[missingId].description.ru);
    const reply = await choicesFor(uri);
    if (!reply || "refused" in reply) throw new Error(`no choices: ${JSON.stringify(reply)}`);
    expect(reply.language).toBe("ru");
    expect(reply.choices.find((choice) => choice.id === "security")).toMatchObject({ name: ELEMENT_INFO.security.name.ru, missing: true });

    const inserted = await insert({ textDocument: { uri, version: 1 }, element: "security", position: { line: 2, character: 5 } });
    if (!inserted || !("edit" in inserted)) throw new Error(`no edit: ${JSON.stringify(inserted)}`);
    // The emoji counts as two UTF-16 units in the line's length.
    expect(inserted.edit.range.start).toEqual({ line: 2, character: text.split("\n")[2].length });
    const heading = snippetHeading(russianSnippets, "security").replace(/^## /, "");
    expect(inserted.edit.newText).toContain(heading);
    expect(inserted.edit.newText).not.toContain("#");
  });

  it("fills an empty untitled document from its first line", async () => {
    const uri = "untitled:Untitled-1";
    await client.open(uri, "", "markdown");
    const reply = await choicesFor(uri);
    if (!reply || "refused" in reply) throw new Error(`no choices: ${JSON.stringify(reply)}`);
    // Nothing is disclosed yet, so every baseline element is missing.
    expect(reply.choices.filter((choice) => choice.missing).map((choice) => choice.requiredBy)).toEqual(Array(10).fill(["baseline"]));
    const inserted = await insert({ textDocument: { uri, version: 1 }, element: "controller", position: { line: 0, character: 0 } });
    if (!inserted || !("edit" in inserted)) throw new Error(`no edit: ${JSON.stringify(inserted)}`);
    expect(inserted.edit.range.start).toEqual({ line: 0, character: 0 });
    expect(inserted.edit.newText.startsWith(`${snippetHeading(englishSnippets, "controller")}\n`)).toBe(true);
  });

  it("offers the missing-section quick fixes, one per element and one for all, and applying the latter clears them", async () => {
    const uri = uriIn("quick-fix-privacy.md");
    const { diagnostics } = await client.open(uri, PARTIAL_POLICY);
    const findings = byRule(diagnostics, "missing-section");
    expect(findings).toHaveLength(NOT_DISCLOSED.length);
    const actions = await client.codeActions(uri, findings[0].range);
    for (const id of NOT_DISCLOSED) {
      const action = actions.find((candidate) => candidate.title === `Insert standard section: ${ELEMENT_INFO[id as "security"].name.en}`);
      expect(action, id).toBeDefined();
      expect(editsOf(action!, uri).map((edit) => edit.newText).join("")).toContain(snippetHeading(englishSnippets, id));
    }
    const insertAll = actions.filter((action) => action.title === "Insert all missing sections");
    expect(insertAll).toHaveLength(1);
    const edits = editsOf(insertAll[0], uri);
    const filled = applyEdits(PARTIAL_POLICY, edits);
    for (const id of NOT_DISCLOSED) expect(filled).toContain(snippetHeading(englishSnippets, id));
    const after = await client.change(uri, 2, edits);
    expect(missingElements(after.diagnostics)).toEqual([]);
  });

  it("explains on hover what a missing section must say and which law asks for it", async () => {
    const uri = uriIn("hover-privacy.md");
    const { diagnostics } = await client.open(uri, PARTIAL_POLICY);
    const [finding] = byRule(diagnostics, "missing-section");
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: finding.range.start });
    const markdown = (hover?.contents as MarkupContent).value;
    for (const id of NOT_DISCLOSED) {
      const info = ELEMENT_INFO[id as "security"];
      expect(markdown).toContain(info.description.en);
      expect(markdown).toContain(snippetHeading(englishSnippets, id).replace(/^## /, ""));
      // baseline cites no law of its own, so every known source of the element is listed.
      for (const source of Object.values(info.sources)) expect(markdown).toContain(source);
    }
    // The rule's general explanation once, not once per missing element.
    const explanation = RULES_BY_ID.get("missing-section")!.meta.explanation;
    expect(markdown.split(explanation)).toHaveLength(2);
  });

  it("names in the outline the elements each section covers, keeping the nesting", async () => {
    const uri = uriIn("plant-privacy.md");
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const outline = (list: DocumentSymbol[] = []): unknown[] => list.map((symbol) => [symbol.name, symbol.detail, outline(symbol.children)]);
    expect(outline(symbols)).toEqual([
      ["Privacy Policy for Plant Diary", "effective-date", [
        ["Who we are", "controller", []],
        ["What we collect", "data-categories", [["Cookies", "cookies", []]]],
        ["How long we keep your data", "retention", []],
        [snippetHeading(englishSnippets, "security").replace(/^## /, ""), "security", []],
        ["Questions", "contact", []],
      ]],
    ]);
  });
});
