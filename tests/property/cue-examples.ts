/**
 * Example wordings for cues written in the shorthand of server/src/engine/elements/cues.ts: each cue is read as a
 * small pattern and one path through it is written out ("(may|can) chang* ~3 terms" -> "can changes also terms").
 * The examples need not be good English or Russian; they need to be words a rule's cue was written to catch.
 */

/** Deterministic choices (mulberry32), so the pools of examples are the same on every run. */
export function choices(seed: number): (count: number) => number {
  let state = seed >>> 0;
  return (count) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % count) | 0;
  };
}

const STEM_ENDINGS = { latin: ["", "e", "es", "ed", "ing", "s"], cyrillic: ["", "ие", "ет", "ы", "ой", "ам"] };
const GAP_WORDS = { latin: ["also", "all", "the", "such"], cyrillic: ["также", "все", "эти", "любые"] };

/** One example of a cue, or undefined for a shape such as `{email}`. */
export function cueExample(cue: string, pick: (count: number) => number): string | undefined {
  if (/^\{\w+\}$/u.test(cue)) return undefined;
  const source = cue.startsWith("=") ? cue.slice(1) : cue;
  const script = /[а-яё]/iu.test(source) ? "cyrillic" : "latin";
  let at = 0;

  // alternative := sequence ("|" sequence)*, read up to the ")" that closes the group (or the end).
  const alternative = (): string => {
    const branches: string[] = [sequence()];
    while (source[at] === "|") {
      at++;
      branches.push(sequence());
    }
    return branches[pick(branches.length)];
  };

  const sequence = (): string => {
    let out = "";
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const gap = /^ ~(\d*) /u.exec(source.slice(at));
      if (gap) {
        at += gap[0].length;
        const words = Array.from({ length: pick(Math.min(Number(gap[1] || 5), 2) + 1) }, () => GAP_WORDS[script][pick(4)]);
        out += ` ${words.map((word) => `${word} `).join("")}`;
        continue;
      }
      out += quantified(atom());
    }
    return out;
  };

  const atom = (): { text: string; stem: boolean } => {
    const char = source[at];
    if (char === "(") {
      at++;
      const lookaround = /^\?(?:<?[=!])/u.exec(source.slice(at));
      if (lookaround) {
        // A lookahead's words follow the match, so they are written; other lookarounds write nothing.
        at += lookaround[0].length;
        const ahead = alternative();
        at++;
        return { text: lookaround[0] === "?=" ? ahead : "", stem: false };
      }
      if (source.startsWith("?:", at)) at += 2;
      const text = alternative();
      at++;
      return { text, stem: false };
    }
    if (char === "[") {
      const end = source.indexOf("]", at + 1);
      const inside = source.slice(at + 1, end);
      at = end + 1;
      return { text: inside.startsWith("^") ? "x" : inside.replace(/^\\/u, "")[0] ?? "", stem: false };
    }
    if (char === "\\") {
      const escaped = source[at + 1];
      at += 2;
      return { text: ({ d: "1", s: " ", b: "", w: "a" } as Record<string, string>)[escaped] ?? escaped, stem: false };
    }
    at++;
    return { text: char, stem: /\p{L}/u.test(char) };
  };

  const quantified = ({ text, stem }: { text: string; stem: boolean }): string => {
    const quantifier = /^(?:\*|\+|\?|\{(\d+)(?:,\d*)?\})\??/u.exec(source.slice(at));
    if (!quantifier) return text;
    at += quantifier[0].length;
    const kind = quantifier[0][0];
    if (kind === "*" && stem) return text + STEM_ENDINGS[script][pick(STEM_ENDINGS[script].length)];
    if (kind === "?" || kind === "*") return pick(2) ? text : "";
    if (kind === "{") return text.repeat(Math.max(1, Number(quantifier[1])));
    return text;
  };

  return alternative().replace(/\s+/gu, " ").trim();
}

/** A few examples of every cue in a list, without repeats. */
export function examplesOf(cues: readonly string[], perCue: number, seed: number): string[] {
  const pick = choices(seed);
  const out = new Set<string>();
  for (const cue of cues) {
    for (let i = 0; i < perCue; i++) {
      const example = cueExample(cue, pick);
      if (example) out.add(example);
    }
  }
  return [...out];
}
