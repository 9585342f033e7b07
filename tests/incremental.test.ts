import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint, type LintResult } from "../server/src/engine";
import { ParseLatin } from "parse-latin";
import { forgetCaches } from "../server/src/engine/caches";
import { parseDocument } from "../server/src/engine/document";
import { RunScanner } from "../server/src/engine/run-scanner";

const DRAFTS = path.join(__dirname, "e2e", "drafts");
const drafts = ["privacy-policy.md", "политика-конфиденциальности.md"].map((name) => readFileSync(path.join(DRAFTS, name), "utf8"));
// Long enough to be read in several runs, so an edit leaves most of them cached.
const documents = drafts.map((draft) => Array.from({ length: 6 }, () => draft).join("\n\n"));

/** Everything a lint reports, without the document model's object identities. */
function reported(result: LintResult): unknown {
  const { document, ...rest } = result;
  return { ...rest, blocks: document?.blocks, headings: document?.headings, links: document?.links, prose: document?.prose };
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.constantFrom("", "x", "\n", "\n\n", "# Heading\n", "- item\n", "**", "[", "](", "> ", "```\n", "<!--", "-->", "Мы не несём ответственности. ", "privacy@example.org ", "\n---\n", "[our terms][terms] ", "\n\n[terms]: https://example.org/terms\n\n", "\uFEFF"),
});

describe("incremental analysis", () => {
  it("gives after any sequence of edits what a fresh lint of the same text gives", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.constantFrom("policy.md", "policy.txt"), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, fileName, edits) => {
        let text = start;
        lint({ text, fileName });
        for (const { at, remove, insert } of edits) {
          const offset = Math.floor(at * text.length);
          text = text.slice(0, offset) + insert + text.slice(offset + remove);
          const warm = reported(lint({ text, fileName }));
          forgetCaches();
          const fresh = reported(lint({ text, fileName }));
          expect(warm).toEqual(fresh);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("reads front matter only at the top: a later run that opens with a thematic break keeps its headings", () => {
    // Long enough that the second "---" opens a run of its own.
    const paragraph = "We keep your data for thirty days and then delete it for good. ".repeat(70);
    const text = `# Policy\n\n${paragraph}\n\n---\n\n## Retention\n\nWe delete data.\n\n---\n\nEnd.\n`;
    const document = parseDocument(text, "policy.md");
    expect(document.runs.length).toBeGreaterThan(1);
    expect(document.runs.some((run) => text.startsWith("---", run.start) && run.start > 0)).toBe(true);
    expect(document.headings.map((heading) => heading.title)).toEqual(["Policy", "Retention"]);
    expect(document.frontMatter).toBeUndefined();
  });

  it("reads plain text in runs, cut at blank lines, with the same blocks as one reading would give", () => {
    const paragraph = "Мы храним ваши данные тридцать дней, а затем удаляем их. ".repeat(40);
    const text = `ПОЛИТИКА\n\n${paragraph}\n\n1. Сроки хранения\n\n${paragraph}\n\nКонец.\n`;
    const warm = parseDocument(text, "policy.txt");
    expect(warm.runs.length).toBeGreaterThan(1);
    for (const run of warm.runs.slice(1)) expect(text.slice(run.start - 2, run.start)).toBe("\n\n");
    forgetCaches();
    expect(warm.blocks).toEqual(parseDocument(text, "policy.txt").blocks);
  });
});

describe("a scan kept per run", () => {
  it("scans nothing again on a second look, even when many identical runs share one reading", () => {
    // Each heading is a run of its own (its markup is more than the simple reader takes; the paragraphs after have none), and every one is followed by other text.
    const text = Array.from({ length: 30 }, (_, i) => `## Contact **us**\n\nWrite to privacy@example.org about request ${i}.\n\n`).join("");
    const document = parseDocument(text, "policy.md");
    const headingReadings = document.runs.filter((run) => text.startsWith("## ", run.start)).map((run) => run.reading);
    expect(headingReadings).toHaveLength(30);
    expect(new Set(headingReadings).size).toBeLessThanOrEqual(2);
    let scans = 0;
    const scanner = new RunScanner((_text, prose) => {
      scans++;
      return Array.from(prose.matchAll(/privacy@example\.org/gu), (match) => ({ start: match.index, end: match.index + match[0].length }));
    }, 64);
    const first = scanner.find(document);
    expect(first).toHaveLength(30);
    const firstScans = scans;
    expect(scanner.find(parseDocument(text, "policy.md"))).toEqual(first);
    expect(scans).toBe(firstScans);
  });
});

describe("a one-sentence block", () => {
  it("is split as parse-latin splits it, without asking parse-latin", () => {
    const parser = new ParseLatin();
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Zа-я0-9 ,;:'"()«»\-–—\t*_@/\u00a0\u2003]{1,40}$/u), (line) => {
        const document = parseDocument(line, "p.txt");
        const expected = parser.parse(line).children.flatMap((paragraph) =>
          paragraph.type === "ParagraphNode"
            ? paragraph.children.flatMap((sentence) => (sentence.type === "SentenceNode" ? [{ start: sentence.position!.start.offset, end: sentence.position!.end.offset }] : []))
            : [],
        );
        expect(document.blocks.flatMap((block) => block.sentences.map(({ start, end }) => ({ start, end })))).toEqual(expected);
        for (const sentence of document.blocks.flatMap((block) => block.sentences)) expect(sentence.prose).toBe(document.prose.slice(sentence.start, sentence.end));
      }),
      { numRuns: 3000 },
    );
  });
});
