/**
 * A run of plain paragraphs is read without the Markdown parser; it must read exactly as the parser
 * reads it. Texts are built from words, punctuation and line breaks that carry no markup.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMarkdownTree, readProseOnly } from "../../server/src/engine/document";
import { isProseOnly } from "../../server/src/engine/markdown-chunks";

const word = fc.constantFrom("We", "collect", "data", "Мы", "храним", "данные", "2024", "1.1.", "30", "e.g.", "(the", "Company)", "«Оператор»", "—", "-", "%", "$5", "a/b", "x@y.z", "|", "=", "~", "!", "?", ":", ";", ",", ".", "\u00a0", "🙂", "ALL", "CAPS", "SECTION", "1", "12)", "http://a.io", "#1", "+7", "a'b", "\"q\"", "ё", "İ", "\u2028");
const line = fc.array(word, { minLength: 1, maxLength: 12 }).chain((words) =>
  fc.tuple(fc.constantFrom("", " ", "  "), fc.constantFrom(" ", "  ")).map(([trailing, between]) => words.join(between) + trailing),
);
const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom("", "   ") }), { minLength: 1, maxLength: 14 })
  .chain((lines) => fc.boolean().map((finalBreak) => lines.join("\n") + (finalBreak ? "\n" : "")));

describe("a run of prose paragraphs", () => {
  it("reads as the Markdown parser reads it", () => {
    let checked = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (source, opening) => {
        if (!isProseOnly(source)) return;
        checked++;
        expect(readProseOnly(source)).toEqual(readMarkdownTree(source, { opening, bom: false, definitions: "" }));
      }),
      { numRuns: 1000 },
    );
    expect(checked).toBeGreaterThan(250);
  });

  it("is told apart from Markdown", () => {
    for (const markup of ["a *b*", "- a", "# a", "a\n===", "    code", "1. a", "a [b](c)", "a <b>", "a &amp;", "a\tb", "a\\", "a `b`"]) expect(isProseOnly(markup), markup).toBe(false);
    expect(isProseOnly("We collect data.\n\n1.1. Мы храним данные 30 дней.  \nSecond line\n")).toBe(true);
  });
});
