import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint, type Range } from "../server/src/engine";
import { LineIndex } from "../server/src/engine/text";

const corpus = path.join(__dirname, "..", "..", "shared", "corpus");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function inside(range: Range, lines: LineIndex): boolean {
  const within = (p: Range["start"]) =>
    p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && lines.lineStart(p.line) + p.character <= lines.lineEnd(p.line);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return within(range.start) && within(range.end) && ordered;
}

if (existsSync(corpus)) {
  describe("corpus smoke test", () => {
    const files = filesUnder(corpus);

    it("finds the corpus", () => {
      expect(files.length).toBeGreaterThan(10);
    });

    it.each(files.map((file) => [path.relative(corpus, file), file]))("lints %s with every range inside the document", (_name, file) => {
      const text = readFileSync(file, "utf8");
      const result = lint({ text, fileName: file });
      expect(result.error).toBeUndefined();
      expect(result.ruleFailures).toEqual([]);
      const lines = new LineIndex(text);
      for (const finding of result.findings) {
        expect(inside(finding.range, lines), `${finding.rule} ${JSON.stringify(finding.range)}`).toBe(true);
        for (const edit of finding.fixes?.flatMap((fix) => fix.edits) ?? []) expect(inside(edit.range, lines)).toBe(true);
      }
      for (const element of result.elements) expect(inside(element.range, lines), element.id).toBe(true);
    });
  });
} else {
  describe("corpus smoke test", () => {
    it(`skips: ${corpus} does not exist on this machine`, () => {
      console.warn(`corpus smoke test skipped: ${corpus} not found`);
      expect(existsSync(corpus)).toBe(false);
    });
  });
}
