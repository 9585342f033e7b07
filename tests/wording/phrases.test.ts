import { describe, expect, it } from "vitest";
import { ENGLISH_PHRASES } from "../../server/src/engine/wording/phrases-en";
import { RUSSIAN_PHRASES } from "../../server/src/engine/wording/phrases-ru";
import { WORDING_RULE_IDS } from "../../server/src/engine/wording/phrases";
import { compileCue, compileLocatedCue, cueText } from "../../server/src/engine/elements/cues";

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

  it("match nothing in a sentence that says nothing", () => {
    const plain = cueText(language === "en" ? "We collect your name to send you receipts." : "Мы собираем ваше имя, чтобы отправлять чеки.");
    for (const rule of WORDING_RULE_IDS) {
      for (const cue of vocabulary[rule].claims.flatMap((group) => group.cues)) expect(compileLocatedCue(cue).find(plain), `${rule}: ${cue}`).toBeUndefined();
    }
  });
});
