import { parseOneAddress } from "email-addresses";
import { parsePhoneNumberWithError, type CountryCode } from "libphonenumber-js/max";
import { LinkifyIt } from "linkify-it";
import { parse as parseHost } from "tldts";
import type { PolicyDocument, Span } from "../document";
import { RecentCache } from "../caches";
import { RunScanner } from "../run-scanner";

/**
 * Contact details as written in a policy, each with what the parsers made of it. Finding them is left to
 * libraries made for it (linkify-it for links and addresses in prose, the Markdown parser for link targets);
 * judging them too (email-addresses for RFC 5322/6531, libphonenumber-js with full metadata, the WHATWG URL
 * parser, tldts for the public suffix list). The expressions here only say where to look.
 */
export type ContactKind = "email" | "mailto" | "phone" | "url" | "obfuscated";

export type ContactFault =
  /** email */
  | "bad-address"
  | "spaced"
  | "unknown-domain"
  | "example-domain"
  /** obfuscated */
  | "protected"
  | "spelled-out"
  /** mailto */
  | "slashes"
  | "no-address"
  | "text-differs"
  /** phone */
  | "invalid-number"
  | "invalid-national"
  | "no-region"
  | "national-form"
  /** url */
  | "bad-url"
  | "unknown-host"
  | "http";

export interface Contact extends Span {
  kind: ContactKind;
  /** The contact as written. */
  written: string;
  /** An email address (mailto: and spelled-out ones included), an E.164 number with its extension, a URL's href. */
  value?: string;
  /** The email domain or the URL's host, lower-case. */
  host?: string;
  /** Phone: ISO 3166 region. */
  region?: string;
  /** Phone: the number in international form. */
  international?: string;
  /** What makes it unusable or doubtful; a usable contact may still have a fault of form ("http", "national-form"). */
  fault?: ContactFault;
  /** A reader could use it as written. */
  usable: boolean;
  /** mailto: the address the link shows, when it shows one. */
  shown?: string;
}

const linkify = new LinkifyIt();

const cache = new WeakMap<PolicyDocument, Map<string, Contact[]>>();

/** Every contact detail in a document, in document order; `region` is the country for numbers written without +. */
export function findContacts(document: PolicyDocument, region: CountryCode | undefined): Contact[] {
  let byRegion = cache.get(document);
  if (!byRegion) cache.set(document, (byRegion = new Map()));
  const key = region ?? "";
  let contacts = byRegion.get(key);
  if (!contacts) byRegion.set(key, (contacts = collect(document, region)));
  return contacts;
}

function collect(document: PolicyDocument, region: CountryCode | undefined): Contact[] {
  const { text, prose } = document;
  const contacts: Contact[] = [];
  // One claim per character: a link's target, then its text, then what prose scanning finds, never twice.
  const taken = new Uint8Array(text.length);
  const add = (contact: Contact | undefined): void => {
    if (!contact || taken.subarray(contact.start, contact.end).includes(1)) return;
    taken.fill(1, contact.start, contact.end);
    contacts.push(contact);
  };

  // Raw HTML links count where their text is prose: not in code, not in comments.
  const htmlInProse = htmlLinks(text).filter((link) => document.format !== "markdown" || prose.slice(link.label.start, link.label.end).trim() !== "");
  for (const link of [...document.links, ...htmlInProse]) {
    if (!link.destination) continue;
    const contact = judgeLink(text, link.destination, link.label && text.slice(link.label.start, link.label.end), region);
    add(contact);
    // The link's own text is its label, not a second contact.
    if (contact && link.label) taken.fill(1, link.label.start, link.label.end);
  }
  for (const found of proseContacts.find(document, region)) add(found);
  return contacts.sort((a, b) => a.start - b.start);
}

/**
 * The judgement of the text at `span`, kept by `key` in offsets from the span's start (a page that repeats a
 * contact judges it once) and placed at the span. `judge` answers in those offsets; a judge that always finds
 * a contact gets one back.
 */
function judgedOnce<T extends Contact | undefined>(verdicts: RecentCache<Contact | null>, key: string, span: Span, judge: () => T): T {
  let verdict = verdicts.get(key);
  if (verdict === undefined) verdicts.set(key, (verdict = judge() ?? null));
  return (verdict ? { ...verdict, start: verdict.start + span.start, end: verdict.end + span.start } : undefined) as T;
}

/** Link verdicts by target, text and region: a page of links is judged once. */
const linkVerdicts = new RecentCache<Contact | null>(10_000);

function judgeLink(text: string, target: Span, label: string | undefined, region: CountryCode | undefined): Contact | undefined {
  const key = `${region ?? ""}\u0000${label ?? "\u0001"}\u0000${text.slice(target.start, target.end)}`;
  return judgedOnce(linkVerdicts, key, target, () => {
    const judged = judgeTarget(text, target, label, region);
    return judged && { ...judged, start: judged.start - target.start, end: judged.end - target.start };
  });
}

/** Far enough past a run's end for a phone label's number on the next line ("Телефон:" then the number). */
const PHONE_LOOKAHEAD = 128;

/** What prose scanning finds in a run, judged, in the order they claim characters; overlaps are settled by `collect`. */
const proseContacts = new RunScanner<Contact>((text, prose, region) => scanProse(text, prose, (region || undefined) as CountryCode | undefined), PHONE_LOOKAHEAD);

function scanProse(text: string, prose: string, region: CountryCode | undefined): Contact[] {
  const found: (Contact | undefined)[] = obfuscations(prose).map((contact) => ({ ...contact, written: text.slice(contact.start, contact.end) }));
  for (const match of linkify.match(prose) ?? []) {
    const span = trimmed(match.index, prose.slice(match.index, match.lastIndex));
    // linkify-it files a bare address under the mailto: schema.
    const bareAddress = match.schema === "mailto:" && !/^mailto:/iu.test(match.text);
    found.push(bareAddress ? judgeEmail(text, span) : judgeTarget(text, span, undefined, region));
  }
  for (const match of prose.matchAll(SCHEME_CANDIDATE)) found.push(judgeTarget(text, trimmed(match.index, match[0]), undefined, region));
  // The address patterns try up to 64 characters before an @ at every position: a text without one skips them.
  const hasAt = prose.includes("@");
  for (const match of hasAt ? prose.matchAll(ADDRESS_CANDIDATE) : []) found.push(judgeEmail(text, trimmed(match.index, match[0])));
  for (const match of hasAt ? prose.matchAll(SPACED_ADDRESS) : []) found.push({ start: match.index, end: match.index + match[0].length, kind: "email", written: match[0], value: match[0].replace(/\s+/gu, ""), usable: false, fault: "spaced" });
  for (const span of phoneCandidates(prose)) found.push(judgePhone(text, span, region));
  return found.filter((contact) => contact !== undefined);
}

/** Links in raw HTML, as web-page exports keep them: `<a href="mailto:...">text</a>`. */
const HTML_LINK = /<a\s[^<>]{0,200}?href\s*=\s*(["'])([^"'<>]{0,2000})\1[^<>]{0,200}>([^<>]{0,300})<\/a>/giu;

function htmlLinks(text: string): { destination: Span; label: Span }[] {
  return Array.from(text.matchAll(HTML_LINK), (match) => {
    const start = match.index + match[0].indexOf(match[1] + match[2]) + 1;
    const labelStart = match.index + match[0].lastIndexOf(match[3] + "</a>");
    return { destination: { start, end: start + match[2].length }, label: { start: labelStart, end: labelStart + match[3].length } };
  });
}

/** A scheme that linkify-it does not take as a link when what follows is broken: `mailto://a@b.c`, `mailto: a@b.c`. */
const SCHEME_CANDIDATE = /(?<![\p{L}\p{N}])(?:mailto|https?):[^\s<>"'«»()[\]{}]{0,2000}/giu;
/**
 * Anything with an @ between the characters of an address and a dotted domain; a handle ("@policylint") has nothing
 * before it, a word without a dot after it ("P@ssw0rd", "user@session") is no address.
 */
const ADDRESS_CANDIDATE = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.{1,2}[\p{L}\p{N}-]{1,63}){1,8}\.?/gu;
/** "image@2x.png", "backup@home.tar.gz": file names, not addresses (no public suffix is a file type). */
const FILE_TYPE = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|pdf|docx?|xlsx?|pptx?|odt|csv|txt|rtf|zip|gz|tar|7z|rar|json|xml|ya?ml|html?|js|ts|css|mp[34]|wav|mov|avi)$/iu;

/** "info @ company.ru": spaces on both sides of the @, which no mail client takes ("Instagram @acme" is a handle). */
const SPACED_ADDRESS = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64} +@ +[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;

/**
 * A candidate without the punctuation, quotes or emphasis around it: "write to a@b.com.", “a@b.com”, _a@b.com_, and
 * cut at a "|" of a plain-text table.
 */
function trimmed(start: number, written: string): Span {
  const opening = /^[*_`'‘’"]*/u.exec(written)![0].length;
  const end = start + written.split("|")[0].replace(/[^\p{L}\p{N}/=#&%+-]+$/u, "").length;
  return { start: Math.min(start + opening, end), end };
}

function judgeTarget(text: string, span: Span, label: string | undefined, region: CountryCode | undefined): Contact | undefined {
  const written = text.slice(span.start, span.end);
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(written)?.[1].toLowerCase();
  if (scheme === "mailto") return judgeMailto(span, written, label);
  if (scheme === "tel") {
    const contact = judgeNumber(span, written, safeDecode(written.slice(4)), region);
    // A tel: target is read by phones, not people: its form is no fault.
    return contact.fault === "national-form" ? { ...contact, fault: undefined } : contact;
  }
  if (scheme === "http" || scheme === "https") return judgeUrl(span, written);
  return undefined;
}

function judgeMailto(span: Span, written: string, label: string | undefined): Contact {
  const target = written.slice("mailto:".length);
  const slashes = target.startsWith("//");
  const [to, query = ""] = safeDecode(target.replace(/^\/\//u, "")).split("?");
  // RFC 6068: several addresses may stand before the ?, or in a "to=" field after it.
  const addresses = [...to.split(","), ...(/(?:^|&)to=([^&]*)/iu.exec(query)?.[1].split(",") ?? [])].filter((address) => address !== "");
  const parsed = addresses.map(mailbox);
  const address = addresses[0] ?? "";
  const contact: Contact = { start: span.start, end: span.end, kind: "mailto", written, value: address, usable: false, ...(parsed[0] && { host: parsed[0].domain }) };
  if (slashes) return { ...contact, fault: "slashes" };
  if (!addresses.length || /\s/u.test(to) || parsed.some((mailboxOf) => !mailboxOf)) return { ...contact, fault: "no-address" };
  const domain = hostFault(contact.host!);
  if (domain) return { ...contact, fault: domain };
  // The address the text shows, if it shows one ("Email us: help@example.org").
  const shown = label?.match(/[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u)?.[0];
  const differs = shown !== undefined && !addresses.some((one) => one.toLowerCase() === shown.toLowerCase());
  return { ...contact, usable: true, shown, ...(differs && { fault: "text-differs" as const }) };
}

/** Verdicts on addresses by their text. */
const emailVerdicts = new RecentCache<Contact | null>(10_000);

function judgeEmail(text: string, span: Span): Contact | undefined {
  const written = text.slice(span.start, span.end);
  return judgedOnce(emailVerdicts, written, span, () => readEmail(written));
}

/** The address alone, in its own offsets. */
function readEmail(written: string): Contact | undefined {
  if (!written.includes("@") || FILE_TYPE.test(written)) return undefined;
  const span = { start: 0, end: written.length };
  const parsed = mailbox(written);
  if (!parsed) return { ...span, kind: "email", written, usable: false, fault: "bad-address" };
  const domain = hostFault(parsed.domain);
  if (domain === "unknown-domain") {
    // "privacy@acme.com.We reply": a missing space after the full stop; the address is the part that ends well.
    const shorter = written.slice(0, written.lastIndexOf("."));
    if (shorter.includes(".", shorter.indexOf("@"))) return readEmail(shorter);
  }
  const contact: Contact = { ...span, kind: "email", written, value: written, host: parsed.domain, usable: true };
  return domain ? { ...contact, usable: false, fault: domain } : contact;
}

function judgeUrl(span: Span, written: string): Contact {
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return { start: span.start, end: span.end, kind: "url", written, usable: false, fault: "bad-url" };
  }
  const contact: Contact = { start: span.start, end: span.end, kind: "url", written, value: url.href, host: writtenHost(written, url), usable: true };
  const fault = hostFault(url.hostname);
  if (fault) return { ...contact, usable: false, fault: fault === "unknown-domain" ? "unknown-host" : fault };
  return url.protocol === "http:" ? { ...contact, fault: "http" } : contact;
}

/** An RFC 2606 example, or a host with no known public suffix ("example.c", "company"). */
function hostFault(host: string): HostFault | undefined {
  let fault = hostFaults.get(host);
  if (fault === undefined) hostFaults.set(host, (fault = readHostFault(host) ?? null));
  return fault ?? undefined;
}

type HostFault = "example-domain" | "unknown-domain";
/** By host: a page names a few hosts many times. */
const hostFaults = new RecentCache<HostFault | null>(10_000);

function readHostFault(host: string): HostFault | undefined {
  const parsed = parseHost(host, { allowPrivateDomains: true });
  if (parsed.isIp) return undefined;
  if (EXAMPLE_DOMAINS.has(parsed.domain ?? "") || EXAMPLE_SUFFIXES.has(parsed.publicSuffix ?? "") || TEMPLATE_NAME.test(parsed.domainWithoutSuffix ?? "")) {
    return "example-domain";
  }
  if (!parsed.domain || !(parsed.isIcann || parsed.isPrivate)) return "unknown-domain";
  return undefined;
}

/** RFC 2606 and RFC 6761: names reserved for examples and tests. */
const EXAMPLE_DOMAINS = new Set(["example.com", "example.net", "example.org"]);
const EXAMPLE_SUFFIXES = new Set(["example", "test", "invalid", "localhost"]);
/** A template's "yourcompany.com", «вашсайт.рф»: the author was to put their own domain there. */
const TEMPLATE_NAME = /^(?:your|ваш|vash)-?(?:company|domain|site|website|app|business|name|компания|домен|сайт|sait|site)$/iu;

/**
 * The common shape, `local@host.tld` of dot-atoms (RFC 5322 atext, RFC 6532 letters), which the full parser
 * accepts too: read without it, as it costs a hundred times more per address.
 */
const ATEXT = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
export const DOT_ATOM_ADDRESS = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*@(${ATEXT}(?:\\.${ATEXT})+)$`, "u");

function mailbox(address: string): { domain: string } | undefined {
  const plain = DOT_ATOM_ADDRESS.exec(address);
  if (plain) return { domain: plain[1].toLowerCase() };
  const parsed = parseOneAddress({ input: address, rfc6532: true });
  if (!parsed || parsed.type !== "mailbox" || !parsed.domain.includes(".")) return undefined;
  return { domain: parsed.domain.toLowerCase() };
}

/**
 * `[email protected]` (and `[email&#160;protected]`), left by a web page's email protection script; and addresses
 * spelled out against spam robots: `privacy[at]example[dot]com`, `name (at) host (dot) ru`, `имя собака host точка ru`.
 */
const PROTECTED = /\[email(?:&#160;|&nbsp;|\s|\u00a0)protected\]/giu;
const SPELLED_OUT =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})\s?[[(]\s?(?:at|собака)\s?[\])]\s?([\p{L}\p{N}-]{1,63}(?:\s?[[(]\s?(?:dot|точка)\s?[\])]\s?[\p{L}\p{N}-]{1,63}){1,4})(?![\p{L}\p{N}])/giu;
const SPELLED_DOT = /\s?[[(]\s?(?:dot|точка)\s?[\])]\s?/giu;
/** What SPELLED_OUT cannot match without: looked for first, since SPELLED_OUT tries 64 characters at every position. */
const SPELLED_AT = /[[(]\s?(?:at|собака)\s?[\])]/iu;

function obfuscations(text: string): Contact[] {
  const found: Contact[] = [];
  for (const match of text.matchAll(PROTECTED)) {
    found.push({ start: match.index, end: match.index + match[0].length, kind: "obfuscated", written: match[0], usable: false, fault: "protected" });
  }
  for (const match of SPELLED_AT.test(text) ? text.matchAll(SPELLED_OUT) : []) {
    const address = `${match[1]}@${match[2].replace(SPELLED_DOT, ".")}`;
    const domain = address.slice(address.indexOf("@") + 1).toLowerCase();
    if (!mailbox(address) || hostFault(domain)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, kind: "obfuscated", written: match[0], value: address, host: domain, usable: false, fault: "spelled-out" });
  }
  return found;
}

/**
 * Where numbers are looked for: after a phone label ("тел.:", "Phone", "call us at"), or wherever a + starts a
 * run of digits. Elsewhere digits are dates, laws, prices and company registration numbers.
 */
const PHONE_LABEL = /(?<![\p{L}])(?:тел(?:ефон\p{L}*)?|моб(?:ильн\p{L}*)?|факс|горяч\p{L}* лини\p{L}*|phone|tel(?:ephone)?|mobile|fax|hotline|whatsapp|call(?: us)?(?: at| on)?)(?![\p{L}])[.:：\s\u00a0–—-]{0,60}/giu;
// Spaces but not line breaks: a number ends with its line ("Phone: 8 800 555-35-35\n119021, Москва").
const NUMBER_RUN = /^[+(\d][\d \t\u00a0\u2007\u202f().\u2010-\u2013-]{4,45}\d(?:[ \u00a0]?(?:доб\.?|ext\.?|x|#)[ \u00a0]?\d{1,6})?/iu;
const INTERNATIONAL_RUN = /(?<![\p{L}\p{N}+])\+\d[\d \t\u00a0\u2007\u202f().\u2010-\u2013-]{5,45}\d(?:[ \u00a0]?(?:доб\.?|ext\.?|x|#)[ \u00a0]?\d{1,6})?/giu;
/** Fewer digits than any country's shortest full number. */
const MIN_PHONE_DIGITS = 7;
/** A + and fewer digits, with no label to say it is a phone, is more likely a sum or a reference ("+2 000 000 руб."). */
const MIN_UNLABELLED_DIGITS = 9;

function phoneCandidates(prose: string): Span[] {
  const found: Span[] = [];
  for (const label of prose.matchAll(PHONE_LABEL)) {
    const at = label.index + label[0].length;
    const run = NUMBER_RUN.exec(prose.slice(at, at + 64));
    if (run) found.push({ start: at, end: at + run[0].length });
  }
  const digits = ({ start, end }: Span) => prose.slice(start, end).match(/\d/gu)?.length ?? 0;
  const labelled = found.filter((span) => digits(span) >= MIN_PHONE_DIGITS);
  for (const run of prose.matchAll(INTERNATIONAL_RUN)) {
    const span = { start: run.index, end: run.index + run[0].length };
    if (digits(span) >= MIN_UNLABELLED_DIGITS) labelled.push(span);
  }
  return labelled;
}

/**
 * A run may carry what follows the number ("+7 495 123-45-67 (10:00–19:00)", "+1 415 555 0100 1 Market St."): when
 * the whole run is no valid number, the longest valid part from its start, cut at a space or bracket, is the number.
 */
function judgePhone(text: string, span: Span, region: CountryCode | undefined): Contact {
  const written = text.slice(span.start, span.end);
  return judgedOnce(runJudgements, `${region ?? ""} ${written}`, span, () => judgeRun(written, region));
}

/** Judgements of whole runs: trying each cut of a run costs several parses. */
const runJudgements = new RecentCache<Contact | null>(10_000);

function judgeRun(written: string, region: CountryCode | undefined): Contact {
  const span = { start: 0, end: written.length };
  const whole = judgeNumber(span, written, written, region);
  if (whole.usable) return whole;
  for (const cut of [...written.matchAll(/[ \t\u00a0\u2007\u202f]*[(\s]/gu)].reverse()) {
    const part = written.slice(0, cut.index).replace(/[^\d]+$/u, "");
    if ((part.match(/\d/gu)?.length ?? 0) < MIN_PHONE_DIGITS) break;
    const candidate = judgeNumber({ start: span.start, end: span.start + part.length }, part, part, region);
    if (candidate.usable) return candidate;
  }
  return whole;
}

function judgeNumber(span: Span, written: string, number: string, region: CountryCode | undefined): Contact {
  const flat = number.replace(/\s+/gu, " ").trim();
  const key = `${region ?? ""} ${flat}`;
  let verdict = verdicts.get(key);
  if (!verdict) verdicts.set(key, (verdict = numberVerdict(flat, region)));
  return { start: span.start, end: span.end, kind: "phone", written, ...verdict };
}

type NumberVerdict = Pick<Contact, "usable" | "value" | "region" | "international" | "fault">;

/**
 * Verdicts by number and region: a policy gives the same number many times, and libphonenumber's
 * parse costs about a tenth of a millisecond (far more when it throws).
 */
const verdicts = new RecentCache<NumberVerdict>(10_000);

function numberVerdict(flat: string, region: CountryCode | undefined): NumberVerdict {
  const international = flat.startsWith("+");
  if (!international && !region) return { usable: false, fault: "no-region" };
  // Judged in a country the number does not state: wrong is only doubtful.
  const invalid: ContactFault = international ? "invalid-number" : "invalid-national";
  try {
    const parsed = parsePhoneNumberWithError(flat, international ? undefined : region);
    const found = { value: parsed.number + (parsed.ext ? `;ext=${parsed.ext}` : ""), region: parsed.country, international: parsed.formatInternational() };
    if (!parsed.isValid()) return runOfValidNumbers(flat, region) ? { ...found, usable: true } : { ...found, usable: false, fault: invalid };
    // No reformatting fix with an extension: libphonenumber writes "ext." whatever the document's language.
    return { ...found, usable: true, ...(!international && !parsed.ext && { fault: "national-form" as const }) };
  } catch {
    return runOfValidNumbers(flat, region) ? { region, usable: true } : { region, usable: false, fault: invalid };
  }
}

/**
 * Two numbers written one after the other ("+7 495 589-52-16 8 800 555-35-35") read as one run, which
 * libphonenumber cannot split: valid when some space divides it into valid numbers.
 */
function runOfValidNumbers(run: string, region: CountryCode | undefined): boolean {
  for (const space of run.matchAll(/\s+/gu)) {
    const left = run.slice(0, space.index);
    const right = run.slice(space.index + space[0].length);
    if (isValidNumber(left, region) && (isValidNumber(right, region) || runOfValidNumbers(right, region))) return true;
  }
  return false;
}

function isValidNumber(number: string, region: CountryCode | undefined): boolean {
  try {
    return parsePhoneNumberWithError(number, number.trim().startsWith("+") ? undefined : region).isValid();
  } catch {
    return false;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The host as the author wrote it: WHATWG URL gives it in punycode, readers know it as written (пример.рф). */
function writtenHost(written: string, parsed: URL): string {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/iu.exec(written)?.[1].toLowerCase() ?? parsed.hostname;
}
