import type { Span } from "../document";
import type { MessageKey } from "../messages";
import type { OffsetEdit, RuleContext } from "../rule";
import { findClaims } from "./matcher";
import type { WordingRuleId } from "./phrases";

/** The longest phrase a message quotes; longer ones are cut with an ellipsis. */
const QUOTED_PHRASE_LENGTH = 60;

/**
 * What every wording rule does: report each clause that makes its claim, quoting the words, with a quick-fix
 * that replaces those words (a vague term, a blank to fill) or rewrites the clause in the rule's model wording.
 * Never preferred: the author must read a rewrite before taking it.
 */
export function checkWording(rule: WordingRuleId, { document, language, report, message }: RuleContext): void {
  const key = (suffix: "message" | "fixRewrite" | "rewrite"): MessageKey => `${rule}.${suffix}`;
  for (const { clause, phrase, replacement } of findClaims(document, language, rule)) {
    const words = document.text.slice(phrase.start, phrase.end).replace(/\s+/gu, " ");
    const quoted = words.length > QUOTED_PHRASE_LENGTH ? `${words.slice(0, QUOTED_PHRASE_LENGTH - 1)}…` : words;
    const fix: { title: string; edits: OffsetEdit[] } =
      replacement === undefined
        ? { title: message(key("fixRewrite")), edits: [{ ...clause, newText: fitClause(message(key("rewrite")), document.text.slice(clause.start, clause.end)) }] }
        : {
            title: replacement ? message("wording.fixReplace", { phrase: quoted, replacement: replacement.trim() }) : message("wording.fixRemove", { phrase: quoted }),
            edits: [{ ...(replacement ? phrase : withOneSpace(document.text, phrase)), newText: replacement }],
          };
    report({ ...clause, message: message(key("message"), { phrase: quoted }), data: { phrase: words }, fixes: [{ ...fix, preferred: false }] });
  }
}

/** A removed phrase takes one of the spaces around it along, so that no double space is left. */
function withOneSpace(text: string, phrase: Span): Span {
  if (text[phrase.end] === " ") return { start: phrase.start, end: phrase.end + 1 };
  if (text[phrase.start - 1] === " ") return { start: phrase.start - 1, end: phrase.end };
  return phrase;
}

/** The model sentence shaped like the clause it replaces: lower case and no full stop for a clause inside a sentence. */
function fitClause(model: string, clause: string): string {
  let text = model;
  if (/^\p{Ll}/u.test(clause)) text = text[0].toLowerCase() + text.slice(1);
  if (!/[.!?…]["»”)]*$/u.test(clause)) text = text.replace(/\.$/u, "");
  return text;
}
