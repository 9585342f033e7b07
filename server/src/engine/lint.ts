import { parseDocument, type DocumentFormat, type PolicyDocument } from "./document";
import { Suppressions } from "./directives";
import { mergeOptions, validateOptions } from "./config";
import { DEFAULT_PROFILES } from "./elements";
import { RULES } from "./rules";
import type { Report, Rule, RuleContext, TranslationFacts } from "./rule";
import { policyFacts } from "./translation/facts";
import { comparison, factTable, type TranslationComparison } from "./translation/table";
import { sectionReadings } from "./plain/readability";
import type { LineIndex } from "./text";
import { detectElements } from "./elements/detect";
import { phoneRegion } from "./contacts/check";
import { findContacts, type ContactKind } from "./contacts/find";
import type { CountryCode } from "libphonenumber-js/max";
import { message, type MessageKey, type MessageParams } from "./messages";
import type { ConfigProblem, Finding, Language, LintOptions, Range } from "./types";

/**
 * Drafts are tens of kilobytes. Linting is linear in the text (Markdown too dense to parse in linear time
 * is read as plain text), but at a few milliseconds per kilobyte a larger file would take most of a
 * minute; such a file is almost surely not a policy.
 */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;
/** Findings of one rule kept per document: past a thousand they repeat what is shown, and an editor slows down. */
export const MAX_FINDINGS_PER_RULE = 1000;

export interface LintRequest {
  text: string;
  fileName: string;
  /** Settings and config file, already merged. Front matter applies on top of these. */
  options?: LintOptions;
  /** Command-line flags: win over front matter. */
  overrides?: LintOptions;
  format?: DocumentFormat;
  /** The rules to run; all of them unless given. */
  rules?: readonly Rule[];
  /** Checked between rules; when it returns true, linting stops and `cancelled` is set. */
  isCancelled?: () => boolean;
  /** "Now" for date checks (effective-date); the current time unless given, so tests can fix it. */
  now?: Date;
  /** The other language's version of this policy, for translation-mismatch; `path` as the reader should see it. */
  translation?: { path: string; text: string };
}

export interface RuleFailure {
  rule: string;
  message: string;
}

export interface FoundElement {
  id: string;
  range: Range;
  source: "heading" | "text";
}

/** A contact detail as the parsers read it, for the hover. */
export interface FoundContact {
  kind: ContactKind;
  range: Range;
  usable: boolean;
  /** The address, the E.164 number or the URL. */
  value?: string;
  host?: string;
  region?: string;
  international?: string;
  /** The URL's scheme, without the colon. */
  scheme?: string;
}

export interface SectionSummary {
  /** Undefined for the text before the first heading. */
  title?: string;
  range: Range;
  words: number;
  /** Flesch reading ease (Oborneva's coefficients for Russian); undefined without prose. */
  ease?: number;
}

export interface LintResult {
  /** Set when the text cannot be linted at all (binary, too large); nothing else is then filled in. */
  error?: string;
  cancelled?: boolean;
  language: Language;
  /** The language of the findings' messages and of hovers: the document's unless the messageLanguage option says otherwise. */
  messageLanguage: Language;
  profiles: string[];
  findings: Finding[];
  /** Elements of elements.md that the document discloses, each once, with its best evidence. */
  elements: FoundElement[];
  /** Every contact detail the document gives, usable or not. */
  contacts: FoundContact[];
  /** Each section's length and reading ease, in document order. */
  sections: SectionSummary[];
  problems: ConfigProblem[];
  ruleFailures: RuleFailure[];
  /** With a translation: its facts beside this version's, for a side-by-side view. */
  translation?: TranslationComparison;
  /** Rules stopped at MAX_FINDINGS_PER_RULE findings: they had more to report. */
  truncated: string[];
  document?: PolicyDocument;
}

/** Thrown through a rule by `report` once the rule has as many findings as a document keeps. */
const LIMIT_REACHED = Symbol("the rule has reported as many findings as a document keeps");

/** The contacts for the hover; when the finder fails, the contact rules have said so in `ruleFailures` already. */
function contactsForHover(document: PolicyDocument, region: CountryCode | undefined): ReturnType<typeof findContacts> {
  try {
    return findContacts(document, region);
  } catch {
    return [];
  }
}

/** Why a text cannot be linted, or undefined when it can. */
export function unlintableReason(text: string): string | undefined {
  if (text.length > MAX_TEXT_LENGTH) {
    return `the file is too large to lint (${(text.length / 1024 / 1024).toFixed(1)} MB of text; the limit is ${MAX_TEXT_LENGTH / 1024 / 1024} MB of text)`;
  }
  if (text.includes("\u0000")) return "the file looks binary (it contains NUL characters), not a text policy";
  return undefined;
}

/** A result with nothing linted: the text was refused, or the lint was cancelled or stopped. */
export function unlintedResult(outcome: Partial<Pick<LintResult, "error" | "cancelled" | "language" | "messageLanguage" | "profiles">>): LintResult {
  return { language: "en", messageLanguage: outcome.language ?? "en", profiles: [], findings: [], elements: [], contacts: [], sections: [], problems: [], ruleFailures: [], truncated: [], ...outcome };
}

export function lint(request: LintRequest): LintResult {
  const reason = unlintableReason(request.text);
  if (reason) return unlintedResult({ error: reason });

  const document = parseDocument(request.text, request.fileName, request.format);
  const problems: ConfigProblem[] = [];
  if (document.frontMatter?.error) problems.push({ source: "front matter", key: "(yaml)", message: document.frontMatter.error });
  const fromFrontMatter = validateOptions(document.frontMatter?.data, "front matter", { ignoreUnknownKeys: true });
  problems.push(...fromFrontMatter.problems);
  const options = mergeOptions(request.options, fromFrontMatter.options, request.overrides);

  const language: Language =
    options.language && options.language !== "auto" ? options.language : (document.detectedLanguage ?? "en");
  const profiles = options.profiles?.length ? options.profiles : DEFAULT_PROFILES;
  const suppressions = new Suppressions(document.text, document.lines);
  const { evidence, considered } = detectElements(document, language);
  const messageLanguage: Language = options.messageLanguage && options.messageLanguage !== "document" ? options.messageLanguage : language;
  const say = (key: MessageKey, params?: MessageParams): string => message(messageLanguage, key, params);
  const region = (options.phoneRegion as CountryCode | undefined) ?? phoneRegion(language, profiles);
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  const truncated: string[] = [];
  const bom = document.text.startsWith("\uFEFF") ? 1 : 0;
  let partner: ReturnType<typeof readTranslation>;
  let pair: RuleContext["translation"];
  try {
    partner = request.translation && readTranslation(request.translation, region);
    pair = partner && { here: policyFacts(document, language, evidence, region), there: partner.facts };
  } catch (error) {
    ruleFailures.push({ rule: "translation-mismatch", message: `reading ${request.translation!.path}: ${error instanceof Error ? error.message : String(error)}` });
  }

  for (const rule of request.rules ?? RULES) {
    if (request.isCancelled?.()) return unlintedResult({ language, messageLanguage, profiles, cancelled: true });
    const setting = options.rules?.[rule.meta.id];
    if (setting === "off" || !rule.meta.languages.includes(language)) continue;
    const toFinding = (report: Report): Finding => {
      const finding: Finding = {
        rule: rule.meta.id,
        severity: setting ?? report.severity ?? rule.meta.severity,
        message: report.message,
        range: document.lines.range(report.start, report.end),
      };
      if (report.fixes?.length) {
        finding.fixes = report.fixes.map((fix) => ({
          title: fix.title,
          preferred: fix.preferred,
          // Nothing goes before a byte-order mark: an insertion at the top lands after it.
          edits: fix.edits.map((edit) => ({ range: document.lines.range(Math.max(edit.start, bom), Math.max(edit.end, bom)), newText: edit.newText })),
        }));
      }
      if (report.data) finding.data = report.data;
      if (report.related?.length) {
        finding.related = report.related.map(({ start, end, message, path }) =>
          path && partner ? { range: partner.lines.range(start, end), message, path } : { range: document.lines.range(start, end), message },
        );
      }
      return finding;
    };
    const reported: Finding[] = [];
    // Suppressed findings do not count towards the limit; one past it stops the rule, which has said enough.
    const keep = (report: Report): void => {
      // missing-section's element, which a directive can silence on its own.
      const element = typeof report.data?.element === "string" ? report.data.element : undefined;
      if (suppressions.isSuppressed(rule.meta.id, document.lines.positionAt(report.start).line, element)) return;
      if (reported.length === MAX_FINDINGS_PER_RULE) throw LIMIT_REACHED;
      reported.push(toFinding(report));
    };
    try {
      rule.check({ document, language, messageLanguage, profiles, elements: evidence, considered, translation: pair, plainLanguage: options.plainLanguage, phoneRegion: region, now: request.now, report: keep, message: say });
    } catch (error) {
      if (error === LIMIT_REACHED) truncated.push(rule.meta.id);
      else {
        ruleFailures.push({ rule: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
    }
    findings.push(...reported);
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const elements = evidence.map(({ id, start, end, source }) => ({ id, range: document.lines.range(start, end), source }));
  const contacts = contactsForHover(document, region).map(({ start, end, kind, usable, value, host, region, international, written }) => ({
    kind,
    range: document.lines.range(start, end),
    usable,
    value,
    host,
    region,
    international,
    scheme: kind === "url" ? written.slice(0, written.indexOf(":")).toLowerCase() : undefined,
  }));
  const sections = sectionReadings(document, language).map(({ start, end, title, words, ease }) => ({ title, range: document.lines.range(start, end), words, ease }));
  const translation = partner && pair && comparison(factTable(pair.here, pair.there), { here: document.lines, there: partner.lines }, { path: partner.facts.path, language: partner.facts.language, messageLanguage });
  return { language, messageLanguage, profiles, findings, elements, contacts, sections, problems, ruleFailures, truncated, document, ...(translation && { translation }) };
}

/** The other version read as far as comparing needs: its own language, elements and facts; nothing reported on it. */
function readTranslation({ path, text }: { path: string; text: string }, region: CountryCode | undefined): { facts: TranslationFacts; lines: LineIndex } | undefined {
  if (unlintableReason(text)) return undefined;
  const document = parseDocument(text, path);
  const language = document.detectedLanguage ?? "en";
  const { evidence } = detectElements(document, language);
  return { facts: { ...policyFacts(document, language, evidence, region), path, language }, lines: document.lines };
}
