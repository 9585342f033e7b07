/**
 * A run of simple Markdown (prose paragraphs, one-line list items of prose, ATX headings of prose) is read
 * without the Markdown parser; it must read exactly as the parser reads it. Texts are built from words,
 * punctuation, list markers, heading marks and line breaks.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMarkdownTree, readSimpleMarkdown } from "../../server/src/engine/document";

const word = fc.constantFrom("We", "collect", "data", "Мы", "храним", "данные", "2024", "1.1.", "30", "e.g.", "(the", "Company)", "«Оператор»", "—", "-", "%", "$5", "a/b", "x@y.z", "|", "=", "~", "!", "?", ":", ";", ",", ".", "\u00a0", "🙂", "ALL", "CAPS", "SECTION", "1", "12)", "http://a.io", "#1", "#", "+7", "a'b", "\"q\"", "ё", "İ", "\u2028");
const words = fc.tuple(fc.array(word, { minLength: 1, maxLength: 10 }), fc.constantFrom(" ", "  ")).map(([list, between]) => list.join(between));
const marker = fc.constantFrom("-", "*", "+", "1.", "2.", "10.", "3)", "1)", "1234567890.", "#", "##", "######", "#######", "");
const line = fc
  .tuple(marker, fc.constantFrom(" ", "  ", "    ", "     ", ""), words, fc.constantFrom("", " ", "  ", " #"))
  .map(([mark, space, text, trailing]) => (mark ? mark + space : "") + text + trailing);
const text = fc
  .array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 2, arbitrary: fc.constantFrom("", "   ") }), { minLength: 1, maxLength: 8 })
  .chain((lines) => fc.boolean().map((finalBreak) => lines.join("\n") + (finalBreak ? "\n" : "")));

describe("a run of simple Markdown", () => {
  it("reads as the Markdown parser reads it", () => {
    const checked = { all: 0, items: 0, headings: 0 };
    fc.assert(
      fc.property(text, fc.boolean(), (source, opening) => {
        const simple = readSimpleMarkdown(source);
        if (!simple) return;
        checked.all++;
        if (/^(?:[-*+]|\d+[.)]) /mu.test(source)) checked.items++;
        if (/^#/mu.test(source)) checked.headings++;
        expect(simple).toEqual(readMarkdownTree(source, { opening, bom: false, definitions: "" }));
      }),
      { numRuns: 8000 },
    );
    expect(checked.all).toBeGreaterThan(1000);
    expect(checked.items).toBeGreaterThan(300);
    expect(checked.headings).toBeGreaterThan(80);
  });

  it("is told apart from other Markdown", () => {
    const other = ["a *b*", "a\n===", "    code", "a [b](c)", "a <b>", "a &amp;", "a\tb", "a\\", "a `b`", "-     code", "# a #", "#a", "- a\nlazy", "- a\n  b", "- # a", "> a", "---"];
    for (const markup of other) expect(readSimpleMarkdown(markup), markup).toBeUndefined();
    for (const simple of ["We collect data.\n\n1.1. Мы храним данные 30 дней.  \nSecond line\n", "- a\n- b", "# Title\n\nText.", "1. a\n2. b\n\n3) c", "- a\n2. b\n+ c", "a\u2028 - b\n\n- c\u2028# d"]) {
      expect(readSimpleMarkdown(simple), simple).toEqual(readMarkdownTree(simple, { opening: true, bom: false, definitions: "" }));
    }
  });
});
