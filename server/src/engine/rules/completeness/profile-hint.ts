import type { PolicyDocument, Span } from "../../document";
import { message, type MessageKey } from "../../messages";
import type { OffsetEdit, Rule } from "../../rule";
import { RunScanner } from "../../run-scanner";
import { lineBreakOf, wordPattern } from "../../text";

/** How a text names each law that has a profile. Acronyms are matched in capitals only ("gdpr" is often a URL slug). */
const LAWS: { profile: string; name: MessageKey; patterns: RegExp[] }[] = [
  {
    profile: "gdpr",
    name: "profile-hint.lawGdpr",
    patterns: [
      wordPattern("GDPR", "u"),
      wordPattern("General\\s+Data\\s+Protection\\s+Regulation|Regulation\\s+\\((?:EU|ЕС)\\)\\s+2016/679|2016/679", "iu"),
      wordPattern("Общ\\p{L}*\\s+регламент\\p{L}*\\s+(?:\\(?ЕС\\)?\\s+)?(?:по\\s+|о\\s+)?защит\\p{L}*\\s+(?:персональных\\s+)?данных", "iu"),
    ],
  },
  {
    profile: "ccpa",
    name: "profile-hint.lawCcpa",
    patterns: [wordPattern("CCPA|CPRA", "u"), wordPattern("California\\s+(?:Consumer\\s+Privacy|Privacy\\s+Rights)\\s+Act", "iu")],
  },
  {
    profile: "ru-152fz",
    name: "profile-hint.lawRu152fz",
    patterns: [
      // "\\s*(?:-\\s*)?", not "\\s*-?\\s*": two runs of spaces around an optional dash backtrack quadratically.
      wordPattern("152\\s*(?:[-‑–—]\\s*)?(?:ФЗ|FZ)", "iu"),
      // «О персональных данных» only in quotes: unquoted it is an ordinary phrase ("сведения о персональных данных").
      /[«"“„]О\s+персональных\s+данных[»"”“]/iu,
      wordPattern("Federal\\s+Law\\s+(?:No\\.?\\s*)?152(?:\\s*(?:[-‑–—]\\s*)?FZ)?|Federal\\s+Law\\s+[\"“]?On\\s+Personal\\s+Data", "iu"),
    ],
  },
  {
    profile: "caloppa",
    name: "profile-hint.lawCaloppa",
    patterns: [wordPattern("CalOPPA", "iu"), wordPattern("California\\s+Online\\s+Privacy\\s+Protection\\s+Act", "iu")],
  },
  {
    profile: "coppa",
    name: "profile-hint.lawCoppa",
    patterns: [wordPattern("COPPA", "u"), wordPattern("Children['’]?s\\s+Online\\s+Privacy\\s+Protection\\s+(?:Act|Rule)", "iu")],
  },
];

export const profileHint: Rule = {
  meta: {
    id: "profile-hint",
    category: "completeness",
    severity: "information",
    description: message("en", "profile-hint.description"),
    explanation: message("en", "profile-hint.explanation"),
    languages: ["en", "ru"],
    fixable: true,
  },
  check({ document, profiles, report, message: say }) {
    const mentions = lawMentions.find(document);
    for (const [index, law] of LAWS.entries()) {
      if (profiles.includes(law.profile)) continue;
      const first = mentions.find((mention) => mention.law === index);
      if (!first) continue;
      const wanted = [...profiles, law.profile];
      const fix = frontMatterFix(document, profiles, law.profile);
      report({
        start: first.start,
        end: first.end,
        message: say("profile-hint.notActive", {
          law: say(law.name),
          profile: law.profile,
          frontMatter: `profiles: [${wanted.join(", ")}]`,
          json: `"profiles": [${wanted.map((id) => `"${id}"`).join(", ")}]`,
        }),
        data: { profile: law.profile },
        fixes: fix ? [{ title: say("profile-hint.fixTurnOn", { profile: law.profile }), edits: [fix], preferred: false }] : undefined,
      });
    }
  },
};

/** Far enough past a run's end for a law's name broken over the line where the run ends. */
const NAME_LOOKAHEAD = 96;

/** Each law's first mention in a run, by its index in LAWS; kept by the run's text, so an edit rescans one run. */
const lawMentions = new RunScanner<Span & { law: number }>((_text, prose) => {
  const found: (Span & { law: number })[] = [];
  for (const [law, { patterns }] of LAWS.entries()) {
    for (const match of patterns.map((pattern) => prose.match(pattern))) {
      if (match) found.push({ start: match.index!, end: match.index! + match[0].length, law });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}, NAME_LOOKAHEAD);

/**
 * Markdown only (front matter is a Markdown convention): rewrite the front matter's `profiles` entry,
 * add one before its closing fence, or open a front matter block at the top.
 */
function frontMatterFix(document: PolicyDocument, active: readonly string[], profile: string): OffsetEdit | undefined {
  if (document.format !== "markdown") return undefined;
  const { text, frontMatter } = document;
  const newline = lineBreakOf(text);
  if (!frontMatter) {
    // After a byte-order mark, which must stay first.
    const top = text.startsWith("\uFEFF") ? 1 : 0;
    return { start: top, end: top, newText: `---${newline}profiles: [${[...active, profile].join(", ")}]${newline}---${newline}` };
  }
  if (frontMatter.error) return undefined;

  // Keep what the author wrote there (even ids the config check rejects), then add the new one.
  const written = frontMatter.data.profiles;
  const kept: unknown[] = typeof written === "string" ? [written] : Array.isArray(written) ? written : [];
  // Anything but plain ids would need YAML quoting: leave such an entry for the author to edit.
  if (!kept.every((id) => typeof id === "string" && /^[\p{L}\p{N}_-]+$/u.test(id))) return undefined;
  const profiles = [...new Set([...(kept.length ? kept : active), profile])];
  const entry = `profiles: [${profiles.join(", ")}]`;

  const block = text.slice(frontMatter.start, frontMatter.end);
  // The key's line and its continuation lines (a block list: "- gdpr"), but not the closing fence.
  const existing = /^profiles[ \t]*:.*(?:\r?\n(?!---[ \t]*(?:\r?\n|$))(?:[ \t]+|-).*)*/mu.exec(block);
  if (existing) {
    const start = frontMatter.start + existing.index;
    return { start, end: start + existing[0].length, newText: entry };
  }
  const fence = block.search(/(?:\r?\n)---[ \t]*(?:\r?\n)?$/u);
  if (fence < 0) return undefined;
  const at = frontMatter.start + fence + (block[fence] === "\r" ? 2 : 1);
  return { start: at, end: at, newText: `${entry}${newline}` };
}
