import { describe, expect, it } from "vitest";
import { ENGLISH_PHRASES } from "../../server/src/engine/wording/phrases-en";
import { RUSSIAN_PHRASES } from "../../server/src/engine/wording/phrases-ru";
import { WORDING_RULE_IDS } from "../../server/src/engine/wording/phrases";
import { compileCue, compileLocatedCue, cueText } from "../../server/src/engine/elements/cues";
import { foldYo } from "../../server/src/engine/text";

const VOCABULARIES = { en: ENGLISH_PHRASES, ru: RUSSIAN_PHRASES };

describe.each(["en", "ru"] as const)("the %s wording phrases", (language) => {
  const vocabulary = VOCABULARIES[language];

  it("compile, every cue of every rule", () => {
    for (const rule of WORDING_RULE_IDS) {
      const { claims, unless = [], with: required = [] } = vocabulary[rule];
      for (const cue of claims.flatMap((group) => group.cues)) expect(() => compileLocatedCue(cue), cue).not.toThrow();
      for (const cue of [...unless, ...required]) expect(() => compileCue(cue), cue).not.toThrow();
    }
  });

  it("hold a trigger in a required word of each claim, in every alternative, so the prefilter never hides one", () => {
    const unguarded: string[] = [];
    for (const rule of WORDING_RULE_IDS) {
      const { triggers, claims } = vocabulary[rule];
      if (!triggers) continue;
      const covered = (text: string) => triggers.some((trigger) => foldYo(text.toLowerCase()).includes(trigger));
      for (const cue of claims.flatMap((group) => group.cues)) {
        // Words a match must contain: not gaps, lookarounds or optional groups ("(не )?" in front of a word is dropped).
        const required = topLevel(cue, " ")
          .filter((word) => !/\)\?$/u.test(word) && !word.startsWith("(?") && !word.startsWith("~"))
          .map((word) => word.replace(/^(?:\([^()]*\)\?)+/u, ""));
        const alternatives = (word: string) => (/^\(.*\)\*?$/su.test(word) ? topLevel(word.replace(/^\((.*)\)\*?$/su, "$1"), "|") : [word]);
        const multiWord = triggers.some((trigger) => trigger.includes(" ") && foldYo(cue.toLowerCase()).includes(trigger));
        const guarded = multiWord || required.some((word) => alternatives(word).every(covered));
        if (!guarded) unguarded.push(`${rule}: ${cue}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it("match nothing in a sentence that says nothing", () => {
    const plain = cueText(language === "en" ? "We collect your name to send you receipts." : "Мы собираем ваше имя, чтобы отправлять чеки.");
    for (const rule of WORDING_RULE_IDS) {
      for (const cue of vocabulary[rule].claims.flatMap((group) => group.cues)) expect(compileLocatedCue(cue).find(plain), `${rule}: ${cue}`).toBeUndefined();
    }
  });
});

/** Splits a cue at `separator` outside parentheses. */
function topLevel(cue: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of cue) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  return [...parts, current].filter(Boolean);
}
