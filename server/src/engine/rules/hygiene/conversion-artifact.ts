import { message, type MessageKey } from "../../messages";
import type { Rule } from "../../rule";

interface ArtifactKind {
  pattern: RegExp;
  describe: MessageKey;
  /** Replacement text; removal unless set. */
  replaceWith?: string;
}

const KINDS: ArtifactKind[] = [
  {
    // No "[" inside: a line of unclosed "[image:" would otherwise be rescanned from each of them.
    pattern: /\[(?:image|bookmark|img|picture|рисунок|изображение)(?::[^[\]\n]*)?\]/giu,
    describe: "conversion-artifact.imageMarker",
  },
  { pattern: /file:\/\/[^\s)\]>"]*[^\s)\]>".,;:!?]/giu, describe: "conversion-artifact.fileLink" },
  { pattern: /(?<![\p{L}\p{N}/\\])[A-Za-z]:\\[^\s\]<>"|?*]*[^\s\]<>"|?*.,;:!]/gu, describe: "conversion-artifact.localPath" },
  { pattern: /(?<![\p{L}\p{N}/.:~-])\/(?:Users|home)\/[^\s)\]<>"]*[^\s)\]<>".,;:!?]/gu, describe: "conversion-artifact.localPath" },
  // Greedy from the run's first space, so the run is whole; isProse wants text on both sides. (A lookbehind
  // here would be tried at every offset of the document.)
  { pattern: /[ \t\u00a0]{10,}/gu, describe: "conversion-artifact.spaceRun", replaceWith: " " },
];

export const conversionArtifact: Rule = {
  meta: {
    id: "conversion-artifact",
    category: "hygiene",
    severity: "warning",
    description: message("en", "conversion-artifact.description"),
    explanation: message("en", "conversion-artifact.explanation"),
    languages: ["en", "ru"],
    fixable: true,
  },
  check({ document, report, message: say }) {
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
          message: newText
            ? say("conversion-artifact.residue", { what: say(kind.describe) })
            : say("conversion-artifact.residueQuoted", { what: say(kind.describe), text: abbreviate(match[0]) }),
          fixes: [{ title: say(newText ? "conversion-artifact.fixCollapse" : "conversion-artifact.fixRemove"), edits: [{ start, end, newText }], preferred: true }],
        });
      }
    }
  },
};

const NOT_SPACE = /\S/u;

function isProse(format: string, prose: string, text: string, start: number, end: number, isSpaceRun: boolean): boolean {
  // A run of spaces is residue only between words, not an indent or spaces before a line break.
  if (isSpaceRun && !(NOT_SPACE.test(text[start - 1] ?? " ") && NOT_SPACE.test(text[end] ?? " "))) return false;
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
