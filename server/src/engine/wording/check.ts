import type { PolicyDocument, Span } from "../document";
import { matchCase } from "../text";
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
  const { text, prose } = document;
  for (const { clause, phrase, replacement } of findClaims(document, language, rule)) {
    // The words as the reader sees them: markup inside the phrase is blank in the prose.
    const words = prose.slice(phrase.start, phrase.end).replace(/\s+/gu, " ").trim();
    const quoted = words.length > QUOTED_PHRASE_LENGTH ? `${words.slice(0, QUOTED_PHRASE_LENGTH - 1)}…` : words;
    // Swapping words that markup runs through ("third **parties**") would break the markup: rewrite the clause then.
    const swappable = replacement !== undefined && text.slice(phrase.start, phrase.end) === prose.slice(phrase.start, phrase.end);
    let fix: { title: string; edits: OffsetEdit[] };
    if (swappable && replacement) {
      const cased = matchCase(words, replacement);
      fix = { title: message("wording.fixReplace", { phrase: quoted, replacement: cased }), edits: [{ ...phrase, newText: cased }] };
    } else if (swappable) {
      fix = { title: message("wording.fixRemove", { phrase: quoted }), edits: [removal(text, emphasised(document, phrase), clause)] };
    } else {
      const target = withMarkup(document, clause);
      fix = { title: message(key("fixRewrite")), edits: [{ ...target, newText: fitClause(message(key("rewrite")), text.slice(clause.start, clause.end)) }] };
    }
    report({ ...clause, message: message(key("message"), { phrase: quoted }), data: { phrase: words }, fixes: [{ ...fix, preferred: false }] });
  }
}

/**
 * Removing a hedge leaves the sentence as it would have been written without it: "We may, from time to time,
 * update" loses both commas; "Generally, we collect" becomes "We collect"; otherwise one neighbouring space goes.
 */
function removal(text: string, phrase: Span, clause: Span): OffsetEdit {
  const before = text.slice(Math.max(clause.start, phrase.start - 2), phrase.start);
  const after = text.slice(phrase.end, phrase.end + 1);
  if (before === ", " && after === ",") return { start: phrase.start - 2, end: phrase.end + 1, newText: "" };
  if (phrase.start <= clause.start) {
    // Skip the comma and space after a sentence-opening hedge, and capitalise the word that now opens it.
    const rest = /^[,\s]*/u.exec(text.slice(phrase.end))![0].length;
    const next = text[phrase.end + rest] ?? "";
    const capital = /^[^\p{L}]*\p{Lu}/u.test(text.slice(phrase.start, phrase.end)) ? next.toUpperCase() : next;
    return { start: phrase.start, end: phrase.end + rest + next.length, newText: capital };
  }
  if (text[phrase.end] === " ") return { start: phrase.start, end: phrase.end + 1, newText: "" };
  if (text[phrase.start - 1] === " ") return { start: phrase.start - 1, end: phrase.end, newText: "" };
  return { ...phrase, newText: "" };
}

/** The phrase with its emphasis when markup wraps exactly it ("**From time to time** we"), so removing it leaves no empty "****". */
function emphasised(document: PolicyDocument, phrase: Span): Span {
  const wrapped = withMarkup(document, phrase);
  return wrapped.start < phrase.start && wrapped.end > phrase.end ? wrapped : phrase;
}

/** The clause with the markup that opens or closes right at its edges ("**We may … time**"), so a rewrite keeps it balanced. */
function withMarkup(document: PolicyDocument, clause: Span): Span {
  const { text, prose } = document;
  const isMarkup = (at: number): boolean => prose[at] === " " && text[at] !== " " && text[at] !== "\n" && text[at] !== "\r";
  let { start, end } = clause;
  while (start > 0 && isMarkup(start - 1)) start--;
  while (end < text.length && isMarkup(end)) end++;
  return { start, end };
}

/** The model sentence shaped like the clause it replaces: lower case and no full stop for a clause inside a sentence. */
function fitClause(model: string, clause: string): string {
  let text = model;
  if (/^\p{Ll}/u.test(clause)) text = text[0].toLowerCase() + text.slice(1);
  if (!/[.!?…]["»”)]*$/u.test(clause)) text = text.replace(/\.$/u, "");
  return text;
}
