import type { Language } from "../types";

/**
 * Legal jargon with a plain alternative, per language, as data (the shape of retext-equality's word lists).
 * `phrase` is a cue (elements/cues.ts shorthand: `*` a stem, ` ` a word break); `plain` is what to write
 * instead, or "" where the word can simply go. Only words a plain rewrite never misses: "shall" and
 * «осуществлять» are everywhere in policies and would drown the rest.
 */
export interface JargonEntry {
  phrase: string;
  plain: string;
}

export const JARGON: Record<Language, readonly JargonEntry[]> = {
  en: [
    { phrase: "hereinafter", plain: "from now on" },
    { phrase: "herein", plain: "in this policy" },
    { phrase: "hereby", plain: "" },
    { phrase: "hereto", plain: "to this" },
    { phrase: "hereof", plain: "of this" },
    { phrase: "thereof", plain: "of it" },
    { phrase: "therein", plain: "in it" },
    { phrase: "whereby", plain: "by which" },
    { phrase: "notwithstanding", plain: "despite" },
    { phrase: "pursuant to", plain: "under" },
    { phrase: "prior to", plain: "before" },
    { phrase: "subsequent to", plain: "after" },
    { phrase: "in the event that", plain: "if" },
    { phrase: "forthwith", plain: "at once" },
    { phrase: "aforementioned", plain: "this" },
    { phrase: "aforesaid", plain: "this" },
    { phrase: "inter alia", plain: "among other things" },
    { phrase: "including but not limited to", plain: "including" },
    { phrase: "including without limitation", plain: "including" },
    { phrase: "utili[sz]e", plain: "use" },
    { phrase: "in lieu of", plain: "instead of" },
  ],
  ru: [
    { phrase: "нижеследующ*", plain: "следующий" },
    { phrase: "вышеуказанн*", plain: "этот" },
    { phrase: "вышеупомянут*", plain: "этот" },
    { phrase: "вышеизложенн*", plain: "сказанное выше" },
    { phrase: "вышеназванн*", plain: "этот" },
    { phrase: "нижеуказанн*", plain: "указанный ниже" },
    { phrase: "в целях осуществления", plain: "чтобы" },
    { phrase: "не представляется возможным", plain: "нельзя" },
    { phrase: "в связи с тем, что", plain: "потому что" },
    { phrase: "по истечении", plain: "после" },
  ],
};
