import { message } from "../../messages";
import { documentContacts } from "../../contacts/check";
import type { Rule } from "../../rule";
import { isAllCaps, wordPattern } from "../../text";

/** Words that open a fill-in-the-blank in square or angle brackets: "[insert date]", "<ваш e-mail>". */
const BLANK_OPENERS =
  "insert|enter|add|your|company|business|name|date|address|e-?mail|phone|url|website|link|country|city|" +
  "вставьте|вставить|укажите|указать|введите|ваш|ваша|ваше|название|наименование|адрес|дата|телефон|город|фио";

const BRACKETED = /\[([^[\]\n]{1,80})\]|<([^<>\n]{1,80})>/gu;
const OPENER = new RegExp(`^(?:${BLANK_OPENERS})(?![\\p{L}\\p{N}])`, "iu");

/** Bracketed text that a word processor or an email-protection script left, owned by other rules. */
const NOT_A_BLANK = /^(?:image|bookmark|email(?:&#160;|\s)protected)\b/iu;

// Upper case only: "todo" and "xxx" in running text are rarely blanks. The second XXX is Cyrillic.
const MARKERS = wordPattern("TODO|TBD|FIXME|XXX+|ХХХ+", "gu");
const LOREM = /lorem ipsum/giu;
const UNDERSCORE_BLANK = /_{3,}/gu;
const MUSTACHE = /\{\{[^{}\n]{0,80}\}\}/gu;

function isBlank(inner: string): boolean {
  const trimmed = inner.trim();
  if (!trimmed || NOT_A_BLANK.test(trimmed)) return false;
  if (/^(?:\.\.\.|…|_+)$/u.test(trimmed)) return true;
  return isAllCaps(trimmed, 2) || OPENER.test(trimmed);
}

export const placeholder: Rule = {
  meta: {
    id: "placeholder",
    category: "hygiene",
    severity: "error",
    description: message("en", "placeholder.description"),
    explanation: message("en", "placeholder.explanation"),
    languages: ["en", "ru"],
    fixable: false,
  },
  check(context) {
    const { document, report, message: say } = context;
    const { text, prose } = document;
    const seen = new Set<number>();
    const inComment = commentFinder(text);
    const flag = (start: number, end: number, what: string): void => {
      if (seen.has(start)) return;
      seen.add(start);
      report({ start, end, message: say("placeholder.unfilled", { text: what }), data: { text: what } });
    };
    // Angle-bracket blanks are HTML to a Markdown parser, so they are looked for in the source text.
    for (const match of text.matchAll(BRACKETED)) {
      const inner = match[1] ?? match[2];
      const start = match.index;
      if (match[2] !== undefined && (inner.startsWith("!") || inner.startsWith("/"))) continue;
      if (isBlank(inner) && isInText(document.format, prose, start, match[1] !== undefined, inComment)) {
        flag(start, start + match[0].length, match[0]);
      }
    }
    for (const pattern of [MARKERS, LOREM, UNDERSCORE_BLANK, MUSTACHE]) {
      for (const match of prose.matchAll(pattern)) flag(match.index, match.index + match[0].length, match[0]);
    }
    // An address at example.com (RFC 2606) is a template's stand-in for the real one, not a contact. A warning, not an
    // error: samples and documentation use such domains on purpose.
    for (const contact of documentContacts(context)) {
      if (contact.fault !== "example-domain" || seen.has(contact.start)) continue;
      seen.add(contact.start);
      report({ start: contact.start, end: contact.end, severity: "warning", message: say("placeholder.exampleDomain", { written: contact.written }), data: { text: contact.written } });
    }
  },
};

/**
 * Square brackets must be prose (not a link's URL or code); angle brackets in Markdown are raw HTML,
 * so they count when they are not inside a comment or code, i.e. when the text around them is prose.
 */
function isInText(format: string, prose: string, start: number, square: boolean, inComment: (offset: number) => boolean): boolean {
  if (format !== "markdown") return true;
  if (square) return prose[start] === "[";
  return !inComment(start);
}

/**
 * Whether an offset lies inside a closed `<!-- ... -->`, asked for offsets in ascending order: one pass
 * over the text, where searching back from every blank was quadratic.
 */
function commentFinder(text: string): (offset: number) => boolean {
  let open = text.indexOf("<!--");
  let close = open < 0 ? -1 : text.indexOf("-->", open + 2);
  return (offset) => {
    while (close >= 0 && close + 3 <= offset) {
      open = text.indexOf("<!--", close + 3);
      close = open < 0 ? -1 : text.indexOf("-->", open + 2);
    }
    return close >= 0 && open < offset;
  };
}
