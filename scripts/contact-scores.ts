/**
 * Scores the contact rules against the contacts of the corpus labels (labels/*.json): shared by scripts/eval.ts
 * (npm run eval) and tests/contact-scores.test.ts. Each labelled document is linted once; each labelled contact is
 * found in the document's text (its exact occurrences, else those of locateQuote) and checked against the findings of
 * the contact rules (`contact-*`) and of `placeholder`, which reports example domains:
 * - an unusable contact (`valid: false`) is flagged when such a finding of severity error or warning overlaps one of
 *   its occurrences;
 * - a usable contact (`valid: true`) is a false error when such a finding of severity error overlaps one of them,
 *   unless the finding also overlaps an unusable contact of the same document: it is then taken to be about that one.
 *   (In `[a@b.com](mailto://a@b.com)` the usable link text, and its address inside the target, sit next to and inside
 *   the malformed target; a finding on the link or the target is right, not a false error on the address.)
 */
import { readFileSync } from "node:fs";
import { type Finding, type Rule, type Span, RULES, lint } from "../server/src/engine";
import { excerpt, locateQuote, overlaps } from "./clause-scores";
import type { Label, LabelledDocument } from "./element-scores";

export interface LabelledContact {
  text: string;
  /** "email", "mailto", "phone", …; the tallies are kept per kind. */
  kind: string;
  /** Whether a reader can use the contact as written. */
  valid: boolean;
  why?: string;
  note?: string;
}

/** A corpus label with the contact details the document gives. */
export interface ContactLabel extends Label {
  contacts?: LabelledContact[];
}

export interface ContactTally {
  /** Unusable contacts, and how many of them were flagged (error or warning). */
  unusable: number;
  flagged: number;
  /** Usable contacts, and how many of them were reported as errors. */
  usable: number;
  falseErrors: number;
}

export interface ContactMiss {
  /** `missed`: an unusable contact nothing flagged; `false error`: a usable contact reported as an error. */
  kind: "missed" | "false error";
  file: string;
  contact: LabelledContact;
  /** For a false error, the error findings that overlap the contact; for a miss, any finding that does (too weak, or of another rule). */
  findings: Pick<Finding, "rule" | "severity" | "message">[];
}

export interface ContactScore {
  /** Documents with at least one labelled contact, each linted once. */
  documents: number;
  byKind: Map<string, ContactTally>;
  overall: ContactTally;
  /** Contacts that are not in their document (`file: text`); left out of the tallies. */
  unlocated: string[];
  /** Documents that could not be linted, and rules that threw (`file: rule: message`). */
  failures: string[];
  misses: ContactMiss[];
}

/** Whether a finding's rule is one that may report a contact: the contact rules, and `placeholder` for example domains. */
export function isContactRule(rule: string): boolean {
  return rule.startsWith("contact-") || rule === "placeholder";
}

/** Every exact occurrence of a contact's text; when there is none, every occurrence by locateQuote (whitespace- and Markdown-tolerant). */
export function locateContact(text: string, contact: string): Span[] {
  if (!contact) return [];
  const spans: Span[] = [];
  for (let at = text.indexOf(contact); at >= 0; at = text.indexOf(contact, at + 1)) spans.push({ start: at, end: at + contact.length });
  return spans.length ? spans : locateQuote(text, contact);
}

function emptyTally(): ContactTally {
  return { unusable: 0, flagged: 0, usable: 0, falseErrors: 0 };
}

/** Lints each labelled document that has contacts once (with default options and `rules`, all rules unless given) and scores its contacts. */
export function scoreContacts(documents: LabelledDocument[], rules: readonly Rule[] = RULES): ContactScore {
  const score: ContactScore = { documents: 0, byKind: new Map(), overall: emptyTally(), unlocated: [], failures: [], misses: [] };

  for (const { label, documentPath } of documents) {
    const contacts = (label as ContactLabel).contacts ?? [];
    if (!contacts.length) continue;
    const result = lint({ text: readFileSync(documentPath, "utf8"), fileName: documentPath, rules });
    if (!result.document) {
      score.failures.push(`${label.file}: not linted: ${result.error ?? "no document"}`);
      continue;
    }
    score.documents++;
    for (const failure of result.ruleFailures) score.failures.push(`${label.file}: ${failure.rule}: ${failure.message}`);
    const { text, lines } = result.document;
    const findings = result.findings.map((finding) => ({ finding, start: lines.offsetAt(finding.range.start), end: lines.offsetAt(finding.range.end) }));

    const located = contacts.map((contact) => ({ contact, spans: locateContact(text, contact.text) }));
    const unusableSpans = located.flatMap(({ contact, spans }) => (contact.valid ? [] : spans));
    const aboutUnusable = (finding: Finding): boolean => {
      const span = { start: lines.offsetAt(finding.range.start), end: lines.offsetAt(finding.range.end) };
      return unusableSpans.some((unusable) => overlaps(span, unusable));
    };

    for (const { contact, spans } of located) {
      if (!spans.length) {
        score.unlocated.push(`${label.file}: ${excerpt(contact.text)}`);
        continue;
      }
      const overlapping = findings.filter((span) => spans.some((occurrence) => overlaps(span, occurrence))).map(({ finding }) => finding);
      const reported = overlapping.filter((finding) => isContactRule(finding.rule));
      const kindTally = score.byKind.get(contact.kind) ?? emptyTally();
      score.byKind.set(contact.kind, kindTally);
      const brief = ({ rule, severity, message }: Finding) => ({ rule, severity, message });

      if (contact.valid) {
        const errors = reported.filter((finding) => finding.severity === "error" && !aboutUnusable(finding));
        for (const tally of [kindTally, score.overall]) {
          tally.usable++;
          if (errors.length) tally.falseErrors++;
        }
        if (errors.length) score.misses.push({ kind: "false error", file: label.file, contact, findings: errors.map(brief) });
      } else {
        const flagged = reported.some((finding) => finding.severity === "error" || finding.severity === "warning");
        for (const tally of [kindTally, score.overall]) {
          tally.unusable++;
          if (flagged) tally.flagged++;
        }
        if (!flagged) score.misses.push({ kind: "missed", file: label.file, contact, findings: overlapping.map(brief) });
      }
    }
  }
  score.byKind = new Map([...score.byKind].sort(([a], [b]) => a.localeCompare(b)));
  return score;
}
