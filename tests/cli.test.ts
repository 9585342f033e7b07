import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_FINDINGS_PER_RULE } from "../server/src/engine";
import { RULES } from "../server/src/engine/rules";
import { SEVERITIES, type Range } from "../server/src/engine/types";
import { runCli } from "../server/src/cli/main";
import packageJson from "../package.json";

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "dist", "cli.js");
const FIXTURES = "tests/fixtures/cli";
const CORPUS_SEEDS = path.join(ROOT, "..", "shared", "corpus", "seeds");

interface JsonFile {
  path: string;
  language: string | null;
  profiles: string[];
  elements: { id: string; range: Range; source: string }[];
  diagnostics: { rule: string; severity: string; message: string; range: Range; data: Record<string, unknown> }[];
  truncated?: string[];
  error?: string;
}

function run(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "", ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runJson(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) {
  const result = run(["--format", "json", ...args], cwd, env);
  return { ...result, files: (JSON.parse(result.stdout) as { version: number; files: JsonFile[] }).files };
}

/** The document as the engine sees it: BOM dropped, split on every line break it knows. */
function linesOf(file: string): string[] {
  return readFileSync(file, "utf8").replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}

function expectInside(range: Range, lines: string[]): void {
  for (const position of [range.start, range.end]) {
    expect(position.line).toBeGreaterThanOrEqual(0);
    expect(position.line).toBeLessThan(lines.length);
    expect(position.character).toBeGreaterThanOrEqual(0);
    expect(position.character).toBeLessThanOrEqual(lines[position.line].length);
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  expect(ordered).toBe(true);
}

/** Zero-based line and UTF-16 character of the first `needle` in a fixture. */
function positionOf(file: string, needle: string): { line: number; character: number } {
  const lines = linesOf(file);
  const line = lines.findIndex((text) => text.includes(needle));
  if (line < 0) throw new Error(`${needle} is not in ${file}`);
  return { line, character: lines[line].indexOf(needle) };
}

/** A config that silences every rule but the ones given, so exit codes do not depend on rules added later. */
function onlyRules(dir: string, keep: Record<string, string>): string {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, keep[rule.meta.id] ?? "off"]));
  const file = path.join(dir, `only-${Object.keys(keep).join("-") || "none"}.json`);
  writeFileSync(file, JSON.stringify({ rules }));
  return file;
}

/** Russian letters in Windows-1251, as an old word processor would save them. */
function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === "ё") return 0xb8;
      if (char === "Ё") return 0xa8;
      throw new Error(`no Windows-1251 byte for ${char}`);
    }),
  );
}

let scratch: string;

beforeAll(() => {
  // What dist/cli.js bundles; a stale bundle would test old code.
  const newest = (entry: string): number =>
    statSync(entry).isDirectory() ? Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name)))) : statSync(entry).mtimeMs;
  const sources = ["server/src/cli.ts", "server/src/cli", "server/src/engine", "server/src/node", "snippets", "package.json"]
    .map((source) => path.join(ROOT, source))
    .filter(existsSync)
    .map(newest);
  if (!existsSync(CLI) || statSync(CLI).mtimeMs < Math.max(...sources)) {
    throw new Error("dist/cli.js is missing or older than its sources: run `npm run build` (npm test does it) first");
  }
  scratch = mkdtempSync(path.join(tmpdir(), "policylint-cli-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("JSON output", () => {
  it("has the shape of cli-json.md, with ranges inside each document", () => {
    const inputs = [`${FIXTURES}/draft-en.md`, `${FIXTURES}/draft-ru.md`];
    const { stdout, files } = runJson(inputs);
    const document = JSON.parse(stdout);
    expect(Object.keys(document).sort()).toEqual(["files", "version"]);
    expect(document.version).toBe(1);
    expect(files.map((file) => file.path)).toEqual(inputs);
    for (const file of files) {
      expect(Object.keys(file).sort()).toEqual(["diagnostics", "elements", "language", "path", "profiles"]);
      const lines = linesOf(path.join(ROOT, file.path));
      for (const element of file.elements) {
        expect(Object.keys(element).sort()).toEqual(["id", "range", "source"]);
        expect(["heading", "text"]).toContain(element.source);
        expectInside(element.range, lines);
      }
      expect(file.diagnostics.length).toBeGreaterThan(0);
      for (const diagnostic of file.diagnostics) {
        expect(Object.keys(diagnostic).sort()).toEqual(["data", "message", "range", "rule", "severity"]);
        expect(SEVERITIES).toContain(diagnostic.severity);
        expect(RULES.map((rule) => rule.meta.id)).toContain(diagnostic.rule);
        expect(typeof diagnostic.data).toBe("object");
        expectInside(diagnostic.range, lines);
      }
    }
    expect(files.map((file) => file.language)).toEqual(["en", "ru"]);
  });

  it("gives UTF-16 positions that Cyrillic and emoji before a finding do not shift", () => {
    const file = `${FIXTURES}/draft-ru.md`;
    const { files } = runJson([file]);
    const blank = files[0].diagnostics.find((diagnostic) => diagnostic.rule === "placeholder");
    const start = positionOf(path.join(ROOT, file), "[НАЗВАНИЕ КОМПАНИИ]");
    expect(blank?.range.start).toEqual(start);
    expect(blank?.range.end).toEqual({ line: start.line, character: start.character + "[НАЗВАНИЕ КОМПАНИИ]".length });
  });

  it("strips a UTF-8 byte-order mark without shifting the first line", () => {
    const file = path.join(scratch, "bom.md");
    writeFileSync(file, "\uFEFF[COMPANY NAME] keeps the data of its customers.\n");
    const { files } = runJson([file]);
    expect(files[0].diagnostics.find((diagnostic) => diagnostic.rule === "placeholder")?.range.start).toEqual({ line: 0, character: 0 });
  });
});

describe("translation pairs", () => {
  it("checks two versions given together against each other, with the other file in related", () => {
    const dir = path.join(scratch, "pair");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "privacy.en.md"), "# Privacy Policy\n\nWe keep your messages for 30 days. Write to help@example.org.\n");
    writeFileSync(path.join(dir, "privacy.ru.md"), "# Политика конфиденциальности\n\nМы храним ваши сообщения 90 дней. Пишите на help@example.org.\n");
    const mismatchesOf = (file: JsonFile) => file.diagnostics.filter((diagnostic) => diagnostic.rule === "translation-mismatch");
    const { files } = runJson(["privacy.en.md", "privacy.ru.md"], dir);
    const [english, russian] = files.map(mismatchesOf);
    expect(english.map((diagnostic) => diagnostic.data)).toEqual([{ fact: "quantity", here: "30 day", there: "90 day" }]);
    expect((english[0] as { related?: { path: string }[] }).related?.map((place) => place.path)).toEqual(["privacy.ru.md"]);
    expect(russian.map((diagnostic) => diagnostic.data)).toEqual([{ fact: "quantity", here: "90 day", there: "30 day" }]);
    const sarif = JSON.parse(run(["--format", "sarif", "privacy.en.md", "privacy.ru.md"], dir).stdout);
    const result = sarif.runs[0].results.find((candidate: { ruleId: string }) => candidate.ruleId === "translation-mismatch");
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe("privacy.ru.md");
    // Alone, a file has no partner to compare with.
    expect(mismatchesOf(runJson(["privacy.en.md"], dir).files[0])).toEqual([]);

    // --format coverage sets the two versions' facts side by side, the difference marked.
    const coverage = run(["--format", "coverage", "privacy.en.md", "privacy.ru.md"], dir).stdout.split("\n");
    expect(coverage).toContain("translation: privacy.en.md beside privacy.ru.md (ru): 1 difference(s)");
    expect(coverage.find((line) => line.includes("30 days"))).toMatch(/^DIFFERS +quantity +30 days \(line 3\) +90 дней \(line 3\)$/);
    expect(coverage.find((line) => line.includes("help@example.org ("))).toMatch(/^same +contact +help@example\.org \(line 3\) +help@example\.org \(line 3\)$/);
    expect(run(["--format", "coverage", "privacy.en.md"], dir).stdout).not.toContain("translation:");
  });
});

describe("bad input", () => {
  let dir: string;
  beforeAll(() => {
    dir = path.join(scratch, "bad-input");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "good.md"), "# Notice\n\nWe keep [YOUR NAME] on file.\n");
    writeFileSync(path.join(dir, "empty.md"), "");
    writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(dir, "russian-1251.txt"), windows1251("Политика конфиденциальности\nМы храним ваши данные только у себя.\n"));
    writeFileSync(path.join(dir, "picture.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(path.join(dir, "huge.md"), Buffer.alloc(31 * 1024 * 1024, "a"));
    mkdirSync(path.join(dir, "no-policies"));
    writeFileSync(path.join(dir, "no-policies", "data.json"), "{}");
  });

  it("lints an empty file like any other", () => {
    const { status, files, stderr } = runJson(["empty.md"], dir);
    expect(files[0].error).toBeUndefined();
    expect(files[0].language).toBe("en");
    expect(stderr).toBe("");
    expect(status).not.toBe(2);
  });

  it("says on stderr, in JSON and in SARIF which rules stopped at their limit of findings", () => {
    writeFileSync(path.join(dir, "markers.md"), "# Privacy\n\n" + "[image] ".repeat(MAX_FINDINGS_PER_RULE + 5) + "\n");
    const { files, stderr } = runJson(["markers.md"], dir);
    expect(files[0].diagnostics.filter((diagnostic) => diagnostic.rule === "conversion-artifact")).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(files[0].truncated).toEqual(["conversion-artifact"]);
    expect(stderr).toMatch(/markers\.md: rule "conversion-artifact" stopped at 1000 findings/);
    const [invocation] = JSON.parse(run(["--format", "sarif", "markers.md"], dir).stdout).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([expect.objectContaining({ level: "note", associatedRule: expect.objectContaining({ id: "conversion-artifact" }) })]);
  });

  it("reports each unreadable input as an entry with an error, lints the rest and exits 2", () => {
    const inputs = ["missing.md", "latin1.txt", "good.md", "russian-1251.txt", "picture.md", "huge.md", "no-policies", "nothing-*.md"];
    const started = Date.now();
    const { status, files, stderr } = runJson(inputs, dir);
    expect(Date.now() - started).toBeLessThan(10000);
    expect(status).toBe(2);
    expect(files.map((file) => file.path)).toEqual(inputs);
    const byPath = new Map(files.map((file) => [file.path, file]));

    const good = byPath.get("good.md")!;
    expect(good.error).toBeUndefined();
    expect(good.diagnostics.some((diagnostic) => diagnostic.rule === "placeholder")).toBe(true);

    const expected: [string, RegExp][] = [
      ["missing.md", /no such file/],
      ["latin1.txt", /not valid UTF-8/],
      ["russian-1251.txt", /Windows-1251/],
      ["picture.md", /binary/],
      ["huge.md", /too large/],
      ["no-policies", /no \.md, \.markdown or \.txt files/],
      ["nothing-*.md", /no files match/],
    ];
    for (const [input, error] of expected) {
      const file = byPath.get(input)!;
      expect(file.error).toMatch(error);
      expect(file).toMatchObject({ language: null, profiles: [], elements: [], diagnostics: [] });
      expect(stderr).toContain(`${input}: ${file.error}`);
    }
    expect(byPath.get("latin1.txt")!.error).not.toMatch(/Windows-1251/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("gives the same output, in the inputs' order, whatever the number of --jobs", () => {
    const inputs = ["missing.md", "good.md", "latin1.txt", "good.md", "picture.md", "good.md"];
    const one = run(["--format", "json", "--jobs", "1", ...inputs], dir);
    const three = run(["--format", "json", "--jobs", "3", ...inputs], dir);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.status).toBe(one.status);
    expect(one.stderr.trim().split("\n").map((line) => line.split(":")[1].trim())).toEqual(["missing.md", "latin1.txt", "picture.md"]);
  });

  it("stops a file that takes too long at the deadline, reports it and lints the others", () => {
    // 9 MB of prose: under the size limit, and far more than a second's work.
    // Every sentence new: a repeated one would be read once and found in the caches after.
    writeFileSync(path.join(dir, "slow.md"), Array.from({ length: 170_000 }, (_, i) => `We keep your name and email address for ${i + 1} days.`).join(" "));
    const alone = runJson(["good.md"], dir);
    const started = Date.now();
    const { status, files, stderr } = runJson(["slow.md", "good.md"], dir, { POLICYLINT_LINT_TIMEOUT_MS: "1000" });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(status).toBe(2);
    const [slow, good] = files;
    expect(slow.error).toBe("linting stopped after 1 s: the file is too large or too complex to lint quickly");
    expect(slow).toMatchObject({ language: null, profiles: [], elements: [], diagnostics: [] });
    expect(stderr).toBe(`policylint: slow.md: ${slow.error}\n`);
    // A fresh worker lints the next file exactly as a run of its own does.
    expect(good).toEqual(alone.files[0]);
  });
});

describe("exit status", () => {
  it("is 1 when a finding reaches --fail-on and 0 when none does", () => {
    const placeholderAsWarning = onlyRules(scratch, { placeholder: "warning" });
    const draft = `${FIXTURES}/draft-en.md`;
    expect(run(["--config", placeholderAsWarning, draft]).status).toBe(0);
    expect(run(["--config", placeholderAsWarning, "--fail-on", "warning", draft]).status).toBe(1);
    expect(run(["--config", placeholderAsWarning, "--fail-on", "hint", draft]).status).toBe(1);
    expect(run(["--config", onlyRules(scratch, {}), "--fail-on", "hint", draft]).status).toBe(0);
    expect(run(["--config", onlyRules(scratch, { placeholder: "error" }), draft]).status).toBe(1);
  });

  it("is 2 with a usage message for unknown options and bad values", () => {
    const draft = `${FIXTURES}/draft-en.md`;
    for (const args of [["--colour", draft], ["--format", "xml", draft], ["--fail-on", "fatal", draft], ["--language", "de", draft], ["--profile", "hipaa", draft], ["--jobs", "0", draft], ["--jobs", "two", draft], [], ["--format"]]) {
      const { status, stdout, stderr } = run(args);
      expect(status, args.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^policylint: .+\nRun "policylint --help" for usage\.\n$/);
    }
  });

  it("answers --help and --version", () => {
    const help = run(["--help"]);
    expect(help.status).toBe(0);
    for (const option of ["--format", "--fail-on", "--profile", "--language", "--config", "1-based"]) expect(help.stdout).toContain(option);
    expect(run(["--version"]).stdout.trim()).toBe(packageJson.version);
  });
});

describe("text output", () => {
  it("prints path:line:col  severity  message  rule with 1-based positions, then a summary", () => {
    const file = `${FIXTURES}/draft-en.md`;
    const json = runJson([file]).files[0];
    const { stdout } = run([file]);
    const lines = stdout.trimEnd().split("\n");
    expect(stdout).not.toContain("\u001b[");
    expect(lines).toHaveLength(json.diagnostics.length + 1);
    json.diagnostics.forEach((diagnostic, index) => {
      const { line, character } = diagnostic.range.start;
      expect(lines[index]).toBe(`${file}:${line + 1}:${character + 1}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.rule}`);
    });
    const counts = SEVERITIES.map((severity) => json.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(lines.at(-1)).toMatch(new RegExp(`^${total} problems? \\(.*\\) in 1 file\\.$`));
    expect(lines.at(-1)).toContain(`${counts[0]} error`);
  });

  it("colours only for a terminal without NO_COLOR", async () => {
    const output = async (stdoutIsTTY: boolean, env: NodeJS.ProcessEnv): Promise<string> => {
      let stdout = "";
      await runCli([`${FIXTURES}/draft-en.md`], { cwd: ROOT, env, stdoutIsTTY, stdout: (text) => (stdout += text), stderr: () => {} });
      return stdout;
    };
    expect(await output(true, {})).toContain("\u001b[31merror\u001b[0m");
    expect(await output(true, { NO_COLOR: "1" })).not.toContain("\u001b[");
    expect(await output(false, {})).not.toContain("\u001b[");
  });
});

describe("rule failures", () => {
  it("warns on stderr when a rule throws and still reports the other rules' findings", async () => {
    vi.resetModules();
    vi.doMock("../server/src/engine/rules", async (importOriginal) => {
      const original = await importOriginal<typeof import("../server/src/engine/rules")>();
      const broken = { meta: { ...original.RULES[0].meta, id: "always-throws" }, check: () => { throw new Error("deliberate test failure"); } };
      const rules = [broken, ...original.RULES];
      return { RULES: rules, RULES_BY_ID: new Map(rules.map((rule) => [rule.meta.id, rule])) };
    });
    try {
      const { runCli: runWithBrokenRule } = await import("../server/src/cli/main");
      let stdout = "";
      let stderr = "";
      const status = await runWithBrokenRule(["--format", "json", `${FIXTURES}/draft-en.md`], {
        cwd: ROOT,
        env: {},
        stdoutIsTTY: false,
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
      });
      expect(stderr).toMatch(/rule "always-throws" failed on tests\/fixtures\/cli\/draft-en\.md.*deliberate test failure/);
      const [file] = (JSON.parse(stdout) as { files: JsonFile[] }).files;
      expect(file.error).toBeUndefined();
      expect(file.diagnostics.some((diagnostic) => diagnostic.rule === "placeholder")).toBe(true);
      expect(status).toBe(1);
    } finally {
      vi.doUnmock("../server/src/engine/rules");
      vi.resetModules();
    }
  });
});

describe("inputs", () => {
  it("expands directories and quoted globs, skipping node_modules and .git", () => {
    const dir = path.join(scratch, "tree");
    for (const sub of ["docs/legal", "node_modules/pkg", ".git"]) mkdirSync(path.join(dir, sub), { recursive: true });
    for (const file of ["docs/a.md", "docs/legal/b.markdown", "docs/legal/c.txt", "docs/legal/d.json", "node_modules/pkg/e.md", ".git/f.md", "top.md"]) {
      writeFileSync(path.join(dir, file), "# Notice\n\nWe keep order records for three years.\n");
    }
    const paths = (args: string[]): string[] => runJson(args, dir).files.map((file) => file.path.split(path.sep).join("/"));
    expect(paths(["docs"])).toEqual(["docs/a.md", "docs/legal/b.markdown", "docs/legal/c.txt"]);
    expect(paths(["."])).toEqual(["docs/a.md", "docs/legal/b.markdown", "docs/legal/c.txt", "top.md"]);
    expect(paths(["**/*.md"])).toEqual(["docs/a.md", "top.md"]);
    expect(paths(["docs/*"])).toEqual(["docs/a.md"]);
    expect(paths(["docs/legal/d.json", "top.md", "./top.md"])).toEqual(["docs/legal/d.json", "top.md"]);
  });
});

describe("options and config", () => {
  const overridden = `${FIXTURES}/front-matter-overrides.md`;
  const project = `${FIXTURES}/project/notice.md`;

  it("reads language and profiles from front matter, and --language/--profile win over it", () => {
    expect(runJson([overridden]).files[0]).toMatchObject({ language: "ru", profiles: ["gdpr"] });
    const flags = runJson(["--language", "en", "--profile", "ccpa", "--profile", "coppa", overridden]).files[0];
    expect(flags).toMatchObject({ language: "en", profiles: ["ccpa", "coppa"] });
  });

  it("finds the nearest .policylintrc.json, and --config replaces it", () => {
    expect(runJson([project]).files[0].profiles).toEqual(["ccpa"]);
    const config = path.join(scratch, "gdpr.json");
    writeFileSync(config, JSON.stringify({ profiles: ["gdpr"] }));
    expect(runJson(["--config", config, project]).files[0].profiles).toEqual(["gdpr"]);
    expect(runJson(["--config", config, "--profile", "coppa", project]).files[0].profiles).toEqual(["coppa"]);
  });

  it("names the file and key of each config or front matter problem on stderr, and lints anyway", () => {
    const broken = runJson(["--config", `${FIXTURES}/broken-config.json`, project]);
    expect(broken.stderr).toMatch(/broken-config\.json: not valid JSON/);
    expect(broken.status).not.toBe(2);
    expect(broken.files[0]).toMatchObject({ path: project, profiles: ["baseline"] });
    expect(broken.files[0].error).toBeUndefined();

    const missing = runJson(["--config", path.join(scratch, "absent.json"), project]);
    expect(missing.stderr).toMatch(/absent\.json: could not be read/);
    expect(missing.files[0].error).toBeUndefined();

    const badValues = runJson(["--config", `${FIXTURES}/bad-values-config.json`, project]);
    expect(badValues.stderr).toMatch(/bad-values-config\.json: key "profiles": unknown profile "nonsense"/);
    expect(badValues.stderr).toMatch(/bad-values-config\.json: key "language"/);

    const frontMatter = runJson([`${FIXTURES}/bad-front-matter.md`]);
    expect(frontMatter.stderr).toMatch(/bad-front-matter\.md: front matter key "language"/);
    expect(frontMatter.stderr).toMatch(/bad-front-matter\.md: front matter key "profiles"/);
    expect(frontMatter.files[0]).toMatchObject({ language: "en", profiles: ["baseline"] });
    expect(frontMatter.stderr.trim().split("\n")).toHaveLength(2);
  });
});

describe("SARIF output", () => {
  it("is a SARIF 2.1.0 log whose rules are the engine's and whose regions match the JSON ranges", () => {
    const inputs = [`${FIXTURES}/draft-en.md`, `${FIXTURES}/draft-ru.md`];
    const json = runJson(inputs).files;
    const { stdout, status } = run(["--format", "sarif", ...inputs]);
    expect(status).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif.*2\.1\.0.*\.json$/);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.columnKind).toBe("utf16CodeUnits");
    const { driver } = sarifRun.tool;
    expect(driver.name).toBe("policylint");
    expect(driver.version).toBe(packageJson.version);
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    for (const [index, rule] of driver.rules.entries()) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.markdown).toContain(RULES[index].meta.explanation);
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun.invocations[0].executionSuccessful).toBe(true);

    const expected = json.flatMap((file) =>
      file.diagnostics.map((diagnostic) => ({
        ruleId: diagnostic.rule,
        ruleIndex: RULES.findIndex((rule) => rule.meta.id === diagnostic.rule),
        level: diagnostic.severity === "error" || diagnostic.severity === "warning" ? diagnostic.severity : "note",
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.path, uriBaseId: "%SRCROOT%" },
              region: {
                startLine: diagnostic.range.start.line + 1,
                startColumn: diagnostic.range.start.character + 1,
                endLine: diagnostic.range.end.line + 1,
                endColumn: diagnostic.range.end.character + 1,
              },
            },
          },
        ],
      })),
    );
    expect(sarifRun.results).toEqual(expected);
  });

  it("lists files that failed as error notifications and marks the run unsuccessful", () => {
    const { stdout, status } = run(["--format", "sarif", "no-such-policy.md", `${FIXTURES}/draft-en.md`]);
    expect(status).toBe(2);
    const [invocation] = JSON.parse(stdout).runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    expect(invocation.toolExecutionNotifications[0].level).toBe("error");
    expect(invocation.toolExecutionNotifications[0].message.text).toMatch(/no-such-policy\.md: no such file/);
    expect(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe("no-such-policy.md");
  });
});

const corpusAbsent = !existsSync(CORPUS_SEEDS);
describe("corpus", () => {
  it.skipIf(corpusAbsent)(
    corpusAbsent ? "detects the language of each seed (skipped: ../shared/corpus is absent)" : "detects the language of each seed",
    () => {
      const seeds = readdirSync(CORPUS_SEEDS).sort().map((name) => path.join("..", "shared", "corpus", "seeds", name));
      const { files, status } = runJson(seeds);
      expect(status).not.toBe(2);
      const expected: Record<string, string> = { "000": "en", "001": "ru", "002": "ru", "003": "en", "004": "ru" };
      for (const file of files) {
        const prefix = path.basename(file.path).slice(0, 3);
        if (prefix in expected) expect(file.language, file.path).toBe(expected[prefix]);
      }
      expect(files.filter((file) => path.basename(file.path).slice(0, 3) in expected)).toHaveLength(5);
    },
  );
});
