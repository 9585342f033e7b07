/**
 * Drafts stay intact and settings stay data: the CLI reads a read-only tree and leaves every byte and
 * mtime as it was; config files and front matter are parsed as data, never run.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint } from "../server/src/engine";
import { loadProjectConfig } from "../server/src/node/project-config";

const CLI = path.join(__dirname, "..", "dist", "cli.js");

/** Drafts with what editors and converters leave: CRLF, a byte-order mark, trailing spaces, CR alone. */
const DRAFTS: Record<string, string> = {
  "privacy.md": "\uFEFF# Privacy Policy  \r\n\r\nWe may share your data with third parties.  \r\nWrite to privacy@acmewidgets.com.\r\n",
  "privacy.ru.md": "# Политика конфиденциальности\r\rКомпания не несёт ответственности за утечки.\r",
  "notes/notice.txt": "PRIVACY NOTICE\n\nWe keep your data as long as necessary. \t\n",
  ".policylintrc.json": JSON.stringify({ profiles: ["gdpr"], translations: [["privacy.md", "privacy.ru.md"]] }),
};

let tree: string;

function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" }).filter((name) => statSync(path.join(root, name)).isFile()).sort();
}

function snapshot(root: string): Record<string, { bytes: string; mtime: number; mode: number }> {
  return Object.fromEntries(filesOf(root).map((name) => {
    const file = path.join(root, name);
    const stat = statSync(file);
    return [name, { bytes: readFileSync(file).toString("base64"), mtime: stat.mtimeMs, mode: stat.mode }];
  }));
}

function setWritable(root: string, writable: boolean): void {
  for (const name of ["", ...readdirSync(root, { recursive: true, encoding: "utf8" })]) {
    const entry = path.join(root, name);
    chmodSync(entry, statSync(entry).isDirectory() ? (writable ? 0o755 : 0o555) : writable ? 0o644 : 0o444);
  }
}

beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), "policylint-intact-"));
  for (const [name, text] of Object.entries(DRAFTS)) {
    mkdirSync(path.dirname(path.join(tree, name)), { recursive: true });
    writeFileSync(path.join(tree, name), text);
  }
  setWritable(tree, false);
});

afterAll(() => {
  if (!tree) return;
  setWritable(tree, true);
  rmSync(tree, { recursive: true, force: true });
});

describe("the CLI on a read-only tree", () => {
  it.each(["text", "json", "sarif", "coverage"])("lints every draft (--format %s) and changes no byte, mtime or mode", (format) => {
    const before = snapshot(tree);
    const result = spawnSync(process.execPath, [CLI, "--format", format, "privacy.md", "privacy.ru.md", "notes"], { cwd: tree, encoding: "utf8" });
    expect(result.stderr).not.toMatch(/EACCES|EROFS|\n\s+at /u);
    // 0 or 1 by the findings' severities; 2 would mean a file could not be linted.
    expect([0, 1]).toContain(result.status);
    expect(result.stdout).toContain("privacy.ru.md");
    expect(snapshot(tree)).toEqual(before);
    expect(filesOf(tree)).toEqual(Object.keys(DRAFTS).sort());
  });
});

describe("settings and front matter are data", () => {
  it("reads a config's __proto__ key as a key: nothing is added to every object", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "policylint-config-"));
    try {
      writeFileSync(path.join(folder, ".policylintrc.json"), '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "profiles": ["gdpr"]}');
      const loaded = loadProjectConfig(path.join(folder, ".policylintrc.json"));
      expect(JSON.stringify(loaded)).toContain("gdpr");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("reads front matter with code-looking tags and values as plain data, running none of it", () => {
    const marker = path.join(tmpdir(), `policylint-ran-${process.pid}`);
    const text = [
      "---",
      `title: !!js/function "function () { require('fs').writeFileSync('${marker}', 'ran') }"`,
      `profiles: !!js/undefined ""`,
      "__proto__: { polluted: yes }",
      `translationOf: "$(touch ${marker})"`,
      "---",
      "# Privacy Policy",
      "",
      "We collect your email address.",
      "",
    ].join("\n");
    const result = lint({ text, fileName: "privacy.md" });
    expect(result.ruleFailures).toEqual([]);
    expect(result.document?.frontMatter?.data.title).toEqual(expect.stringContaining("function"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => statSync(marker)).toThrow();
  });
});
