/**
 * Hostile input through the CLI: files no author means to write (binary, non-UTF-8, 20 MB, 1 MB on one
 * line, runs of phone-like digits and brackets, lone surrogates), made in a temporary folder outside the
 * repo. Each must get valid JSON with no stack trace in at most 2 s. Prints a table; exits 1 on a failure.
 * Usage: npm run hostile   (builds dist/ first)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const CLI = path.join(__dirname, "..", "dist", "cli.js");
const TIME_LIMIT_MS = 2000;
const MB = 1024 * 1024;

/** Repeats `unit` to `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const INPUTS: Record<string, () => string | Buffer> = {
  "binary.md": () => Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)),
  "latin1.md": () => Buffer.from("# Politique de confidentialit\xe9\n\nNous collectons votre adresse \xe9lectronique.\n", "latin1"),
  "cp1251.txt": () => Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0, 0x0a, 0xcc, 0xfb, 0x20, 0xf1, 0xee, 0xe1, 0xe8, 0xf0, 0xe0, 0xe5, 0xec, 0x0a]),
  "huge-20mb.md": () => fill("We collect your email address to send you receipts. ", 20 * MB),
  "one-line-1mb.md": () => fill("We may share your data with third parties and we bear no responsibility. ", MB),
  "phone-runs.md": () => `# Contact\n\n${fill("+7 (495) 123-45-67 8 800 ", MB)}\n`,
  "digit-run.md": () => fill("0123456789", MB),
  "bracket-runs.md": () => fill("[](", MB),
  "nested-brackets.md": () => `${"[".repeat(MB / 2)}${"](".repeat(MB / 4)}`,
  "emphasis-runs.md": () => fill("*_", MB),
  "comment-runs.md": () => fill("<!--", MB),
  "lone-surrogates.md": () => `# Privacy\n\n${fill("We collect \ud800 your \udfff data. ", MB)}`,
  "empty.md": () => "",
  "only-newlines.txt": () => "\n".repeat(MB),
};

const folder = mkdtempSync(path.join(tmpdir(), "policylint-hostile-"));
let failures = 0;
try {
  console.log(`${"file".padEnd(22)} ${"size".padStart(10)} ${"ms".padStart(6)}  answer`);
  for (const [name, make] of Object.entries(INPUTS)) {
    const file = path.join(folder, name);
    const content = make();
    writeFileSync(file, content);
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI, "--format", "json", file], { encoding: "utf8", maxBuffer: 1 << 30 });
    const ms = performance.now() - started;
    const problems: string[] = [];
    let answer = "";
    try {
      const [entry] = (JSON.parse(result.stdout) as { files: { error?: string; diagnostics: unknown[] }[] }).files;
      answer = entry.error ? `refused: ${entry.error}` : `${entry.diagnostics.length} diagnostics`;
    } catch {
      problems.push("output is not JSON");
    }
    if (/\n\s+at .+:\d+:\d+/u.test(result.stdout + result.stderr)) problems.push("a stack trace was printed");
    if (result.status === null) problems.push(`killed by ${result.signal}`);
    if (ms > TIME_LIMIT_MS) problems.push(`took over ${TIME_LIMIT_MS} ms`);
    if (problems.length) failures++;
    const size = typeof content === "string" ? Buffer.byteLength(content) : content.length;
    console.log(`${name.padEnd(22)} ${String(size).padStart(10)} ${ms.toFixed(0).padStart(6)}  ${problems.length ? `FAIL: ${problems.join("; ")}` : answer.slice(0, 90)}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(failures ? `${failures} of ${Object.keys(INPUTS).length} files failed` : `all ${Object.keys(INPUTS).length} files answered with valid JSON, no stack trace, each within ${TIME_LIMIT_MS} ms`);
process.exit(failures ? 1 : 0);
