import type { Rule } from "../rule";

interface ArtifactKind {
  pattern: RegExp;
  describe: string;
  /** Replacement text; removal unless set. */
  replaceWith?: string;
}

const KINDS: ArtifactKind[] = [
  {
    // No "[" inside: a line of unclosed "[image:" would otherwise be rescanned from each of them.
    pattern: /\[(?:image|bookmark|img|picture|рисунок|изображение)(?::[^[\]\n]*)?\]/giu,
    describe: "a word processor's image or bookmark marker",
  },
  { pattern: /file:\/\/[^\s)\]>"]*[^\s)\]>".,;:!?]/giu, describe: "a link to a file on the author's computer" },
  { pattern: /(?<![\p{L}\p{N}/\\])[A-Za-z]:\\[^\s\]<>"|?*]*[^\s\]<>"|?*.,;:!]/gu, describe: "a path on the author's computer" },
  { pattern: /(?<![\p{L}\p{N}/.:~-])\/(?:Users|home)\/[^\s)\]<>"]*[^\s)\]<>".,;:!?]/gu, describe: "a path on the author's computer" },
  { pattern: /(?<=\S)[ \t\u00a0]{10,}(?=\S)/gu, describe: "a run of spaces used for layout", replaceWith: " " },
];

export const conversionArtifact: Rule = {
  meta: {
    id: "conversion-artifact",
    category: "hygiene",
    severity: "warning",
    description: "Residue of a word processor export: `[image: ...]`, `[bookmark: _GoBack]`, local file paths, runs of 10+ spaces inside a line.",
    explanation:
      "Exporting a policy from Word or Google Docs leaves markers for pictures and bookmarks, paths on the author's computer " +
      "and spaces used for layout. Readers see them as noise, and a path can reveal a user name. Remove them; the quick-fix does.",
    languages: ["en", "ru"],
    fixable: true,
  },
  check({ document, report }) {
    const { text, prose } = document;
    // A path inside an "[image: C:\...]" marker is part of that marker, not a second finding. One flag per
    // character: the matches of one kind never overlap, so marking and checking stay linear.
    const taken = new Uint8Array(text.length);
    for (const kind of KINDS) {
      for (const match of text.matchAll(kind.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.subarray(start, end).includes(1)) continue;
        // Only prose: not code, not a link's target, not a table's alignment padding.
        if (!isProse(document.format, prose, text, start, end, kind.replaceWith !== undefined)) continue;
        taken.fill(1, start, end);
        const newText = kind.replaceWith ?? "";
        report({
          start,
          end,
          message: `Conversion residue: ${kind.describe}${newText ? "" : ` "${abbreviate(match[0])}"`}. Remove it.`,
          fixes: [{ title: newText ? "Collapse the spaces" : "Remove the conversion residue", edits: [{ start, end, newText }], preferred: true }],
        });
      }
    }
  },
};

function isProse(format: string, prose: string, text: string, start: number, end: number, isSpaceRun: boolean): boolean {
  if (format !== "markdown") return true;
  if (isSpaceRun) {
    // Spaces are blank in both views; require prose on both sides, in the same paragraph line, not a table row.
    const lineStart = text.lastIndexOf("\n", start) + 1;
    if (text.slice(lineStart, start).trimStart().startsWith("|")) return false;
    return prose[start - 1] !== " " && prose[end] !== " ";
  }
  return prose.slice(start, end).trim().length > 0 && prose[start] === text[start];
}

function abbreviate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
