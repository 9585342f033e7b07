/**
 * English messages, one entry per rule and message id: `<rule>.description`, `<rule>.explanation` (Markdown),
 * then the rule's messages and fix titles. `{name}` is a parameter. ru.ts has the same keys and parameters.
 */
export const EN = {
  "conversion-artifact.description":
    "Residue of a word processor export: `[image: ...]`, `[bookmark: _GoBack]`, local file paths, runs of 10+ spaces inside a line.",
  "conversion-artifact.explanation":
    "Exporting a policy from Word or Google Docs leaves markers for pictures and bookmarks, paths on the author's computer " +
    "and spaces used for layout. Readers see them as noise, and a path can reveal a user name. Remove them; the quick-fix does.",
  "conversion-artifact.residue": "Conversion residue: {what}. Remove it.",
  "conversion-artifact.residueQuoted": "Conversion residue: {what} \"{text}\". Remove it.",
  "conversion-artifact.imageMarker": "a word processor's image or bookmark marker",
  "conversion-artifact.fileLink": "a link to a file on the author's computer",
  "conversion-artifact.localPath": "a path on the author's computer",
  "conversion-artifact.spaceRun": "a run of spaces used for layout",
  "conversion-artifact.fixRemove": "Remove the conversion residue",
  "conversion-artifact.fixCollapse": "Collapse the spaces",
} satisfies Record<string, string>;

export type MessageKey = keyof typeof EN;
