import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralIndex, neededLiterals } from "../../server/src/engine/elements/cue-literals";
import { cuePattern, cueText } from "../../server/src/engine/elements/cues";
import { ENGLISH } from "../../server/src/engine/elements/vocabulary-en";
import { RUSSIAN } from "../../server/src/engine/elements/vocabulary-ru";
import type { Vocabulary } from "../../server/src/engine/elements/vocabulary";
import { ENGLISH_PHRASES } from "../../server/src/engine/wording/phrases-en";
import { RUSSIAN_PHRASES } from "../../server/src/engine/wording/phrases-ru";
import type { WordingVocabulary } from "../../server/src/engine/wording/phrases";
import { parseDocument } from "../../server/src/engine/document";
import { examplesOf } from "../property/cue-examples";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/policies");
const SHAPE = /^\{\w+\}$/u;

function elementCues(vocabulary: Vocabulary): string[] {
  return Object.values(vocabulary).flatMap((cues) => [
    ...(cues.heading ?? []),
    ...(cues.text ?? []),
    ...(cues.unless ?? []),
    ...(cues.all ?? []).flat().flatMap((condition) => ("atLeast" in condition ? condition.of : condition)),
  ]);
}

function wordingCues(vocabulary: WordingVocabulary): string[] {
  return Object.values(vocabulary).flatMap((phrases) => [...phrases.claims.flatMap((group) => group.cues), ...(phrases.with ?? []), ...(phrases.unless ?? [])]);
}

const CUES = {
  en: [...new Set([...elementCues(ENGLISH), ...wordingCues(ENGLISH_PHRASES)])].filter((cue) => !SHAPE.test(cue)),
  ru: [...new Set([...elementCues(RUSSIAN), ...wordingCues(RUSSIAN_PHRASES)])].filter((cue) => !SHAPE.test(cue)),
};

/** Sentences of the corpus policies in a language, when the corpus is here. */
function corpusSentences(language: "en" | "ru", count: number): string[] {
  if (!existsSync(CORPUS)) return [];
  const sentences: string[] = [];
  for (const name of readdirSync(CORPUS).filter((file) => file.startsWith(`${language}-`)).sort()) {
    const document = parseDocument(readFileSync(path.join(CORPUS, name), "utf8"), name);
    for (const block of document.blocks) sentences.push(...block.sentences.map((sentence) => sentence.prose));
    if (sentences.length >= count) break;
  }
  return sentences.slice(0, count);
}

describe("the literals a cue needs", () => {
  it.each([
    ["(e-?mail|postal) address*", [["mail", "postal"], ["address"]]],
    ["хран*", [["хран"]]],
    ["toll-free", [["toll-free"]]],
    ["(first |last |full |user ?)?names?", [["name"]]],
    ["we (may )?use (your |this )*(data|information) (to|for)", [["we"], ["use"], ["data", "information"], ["to", "for"]]],
    ["(art(icle)?\\.?) 6 ~ gdpr", [["art"], ["6"], ["gdpr"]]],
    ["(data (we|you) keep|retention)", [["data", "retention"]]],
    ["s+x", [["s"], ["x"]]],
    ["ab{2}c", [["ab"], ["c"]]],
    ["(a|b)?c", [["c"]]],
    ["(?!(?:you|we)\\b)[a-z]{1,40}", []],
    ["[a-z]+ \\u00e9", []],
    ["(this|that|[a-z])", []],
  ] as const)("%s needs %j", (cue, expected) => {
    expect(neededLiterals(cue)).toEqual(expected);
  });

  // Generated examples of each cue, and corpus sentences when the corpus is here: a match without one of
  // each of the cue's lists of literals would be a sentence the guard hides from its cue.
  describe.each(["en", "ru"] as const)("of every %s cue", (language) => {
    it("are in every match of it", () => {
      const corpus = corpusSentences(language, 400);
      if (!corpus.length) console.warn(`cue literals: ../shared/corpus is absent; checked on generated examples only`);
      let matches = 0;
      const missed: string[] = [];
      for (const cue of CUES[language]) {
        const { pattern, caseSensitive, needed } = cuePattern(cue, "g");
        const literals = neededLiterals(cue.startsWith("=") ? cue.slice(1) : cue.toLowerCase());
        expect(needed).toEqual(literals);
        for (const sentence of [...examplesOf([cue], 8, 7), ...corpus]) {
          const text = cueText(sentence);
          for (const match of (caseSensitive ? text.original : text.lower).matchAll(pattern)) {
            matches++;
            if (!literals.every((list) => list.some((literal) => match[0].includes(literal)))) missed.push(`${cue}: «${match[0]}»`);
          }
        }
      }
      expect(missed).toEqual([]);
      expect(matches).toBeGreaterThan(CUES[language].length);
    });
  });
});

describe("the literal index", () => {
  it("finds exactly the literals a text holds", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "д", "-"), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom("a", "b", "c", "д", "-", " "), maxLength: 40 }), (literals, text) => {
        const index = new LiteralIndex();
        const ids = index.add(literals);
        const found = index.scan(text);
        expect(ids.map((id) => index.holdsAll(found, [[id]]))).toEqual(literals.map((literal) => text.includes(literal)));
      }),
      { numRuns: 1000 },
    );
  });

  it("answers for each scan's result, whichever was asked about last", () => {
    const index = new LiteralIndex();
    const [privacy, policy] = index.add(["privacy", "policy"]);
    const first = index.scan("a privacy notice");
    const second = index.scan("a cookie policy");
    expect([index.holdsAll(first, [[privacy]]), index.holdsAll(second, [[privacy]]), index.holdsAll(first, [[privacy], [policy]])]).toEqual([true, false, false]);
    expect(index.holdsAll(second, [[privacy, policy]])).toBe(true);
  });

  it("takes literals added after a scan", () => {
    const index = new LiteralIndex();
    const [policy] = index.add(["policy"]);
    const before = index.build();
    expect(index.holdsAll(index.scan("the privacy policy"), [[policy]])).toBe(true);
    const [privacy] = index.add(["privacy"]);
    expect(index.build()).not.toBe(before);
    expect(index.holdsAll(index.scan("the privacy policy"), [[policy], [privacy]])).toBe(true);
  });
});
