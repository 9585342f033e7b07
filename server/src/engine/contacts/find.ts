import { parseOneAddress } from "email-addresses";
import { parsePhoneNumberWithError, type CountryCode } from "libphonenumber-js/max";
import { LinkifyIt } from "linkify-it";
import { parse as parseHost } from "tldts";
import type { PolicyDocument, Span } from "../document";

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

  for (const link of [...document.links, ...htmlLinks(text)]) {
    if (!link.destination) continue;
    const contact = judgeTarget(text, link.destination, link.label && text.slice(link.label.start, link.label.end), region);
    add(contact);
    // The link's own text is its label, not a second contact.
    if (contact && link.label) taken.fill(1, link.label.start, link.label.end);
  }
  for (const found of obfuscations(text)) add(found);
  for (const match of linkify.match(prose) ?? []) {
    add(judgeTarget(text, { start: match.index, end: match.lastIndex }, undefined, region, match.schema === "mailto:" && !/^mailto:/iu.test(match.text)));
  }
  for (const found of prose.matchAll(SCHEME_CANDIDATE)) add(judgeTarget(text, trimmed(found.index, found[0]), undefined, region));
  for (const found of prose.matchAll(ADDRESS_CANDIDATE)) add(judgeEmail(text, trimmed(found.index, found[0])));
  for (const found of prose.matchAll(SPACED_ADDRESS)) add({ start: found.index, end: found.index + found[0].length, kind: "email", written: found[0], value: found[0].replace(/\s+/gu, ""), usable: false, fault: "spaced" });
  for (const found of phoneCandidates(prose)) add(judgePhone(text, found, region));
  return contacts.sort((a, b) => a.start - b.start);
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
/** Anything with an @ between word characters; a handle ("@policylint") has nothing before it. */
const ADDRESS_CANDIDATE = /(?<![^\s<>()[\]{}"'«»,;:/])[^\s@<>()[\]{}"'«»,;:/]{1,64}@[^\s@<>()[\]{}"'«»,;:/]{1,255}/gu;

/** "info @ company.ru": spaces around the @, which no mail client takes. */
const SPACED_ADDRESS = /(?<![^\s(«"'])[\p{L}\p{N}._%+-]{1,64}(?: +@ *| *@ +)[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;

/** A candidate without the punctuation that ends the sentence around it: "write to a@b.com." */
function trimmed(start: number, written: string): Span {
  const end = start + written.replace(/[.,;:!?…)»"'\]]+$/u, "").length;
  return { start, end };
}

function judgeTarget(text: string, span: Span, label: string | undefined, region: CountryCode | undefined, bareAddress = false): Contact | undefined {
  const written = text.slice(span.start, span.end);
  if (bareAddress) return judgeEmail(text, span);
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(written)?.[1].toLowerCase();
  if (scheme === "mailto") return judgeMailto(span, written, label);
  if (scheme === "tel") {
    const number = decodeURIComponent(written.slice(4));
    return judgeNumber(span, written, number, region);
  }
  if (scheme === "http" || scheme === "https") return judgeUrl(span, written);
  return undefined;
}

function judgeMailto(span: Span, written: string, label: string | undefined): Contact {
  const target = written.slice("mailto:".length);
  const slashes = target.startsWith("//");
  const address = safeDecode(target.replace(/^\/\//u, "").split("?")[0]).trim();
  const parsed = mailbox(address);
  const contact: Contact = { ...span, kind: "mailto", written, value: address, usable: false, ...(parsed && { host: parsed.domain }) };
  if (slashes) return { ...contact, fault: "slashes" };
  if (!parsed) return { ...contact, fault: "no-address" };
  // The address the text shows, if it shows one ("Email us: help@example.org").
  const shown = label?.match(/[^\s<>()[\]"'«»,;:]+@[^\s<>()[\]"'«»,;:]+/u)?.[0].replace(/[.,;:!?]+$/u, "");
  const differs = shown !== undefined && shown.replace(/^mailto:/iu, "").toLowerCase() !== address.toLowerCase();
  return { ...contact, host: parsed.domain, usable: true, shown, ...(differs && { fault: "text-differs" as const }) };
}

function judgeEmail(text: string, span: Span): Contact | undefined {
  const written = text.slice(span.start, span.end);
  if (!written.includes("@")) return undefined;
  const parsed = mailbox(written);
  if (!parsed) return { ...span, kind: "email", written, usable: false, fault: "bad-address" };
  const contact: Contact = { ...span, kind: "email", written, value: written, host: parsed.domain, usable: true };
  const domain = hostFault(parsed.domain);
  return domain ? { ...contact, usable: false, fault: domain } : contact;
}

function judgeUrl(span: Span, written: string): Contact {
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return { ...span, kind: "url", written, usable: false, fault: "bad-url" };
  }
  const contact: Contact = { ...span, kind: "url", written, value: url.href, host: writtenHost(written, url), usable: true };
  const fault = hostFault(url.hostname);
  if (fault) return { ...contact, usable: false, fault: fault === "unknown-domain" ? "unknown-host" : fault };
  return url.protocol === "http:" ? { ...contact, fault: "http" } : contact;
}

/** An RFC 2606 example, or a host with no known public suffix ("example.c", "company"). */
function hostFault(host: string): "example-domain" | "unknown-domain" | undefined {
  const parsed = parseHost(host, { allowPrivateDomains: true });
  if (parsed.isIp) return undefined;
  if (EXAMPLE_DOMAINS.has(parsed.domain ?? "") || EXAMPLE_SUFFIXES.has(parsed.publicSuffix ?? "")) return "example-domain";
  if (!parsed.domain || !(parsed.isIcann || parsed.isPrivate)) return "unknown-domain";
  return undefined;
}

/** RFC 2606 and RFC 6761: names reserved for examples and tests. */
const EXAMPLE_DOMAINS = new Set(["example.com", "example.net", "example.org"]);
const EXAMPLE_SUFFIXES = new Set(["example", "test", "invalid", "localhost"]);

function mailbox(address: string): { domain: string } | undefined {
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

function obfuscations(text: string): Contact[] {
  const found: Contact[] = [];
  for (const match of text.matchAll(PROTECTED)) {
    found.push({ start: match.index, end: match.index + match[0].length, kind: "obfuscated", written: match[0], usable: false, fault: "protected" });
  }
  for (const match of text.matchAll(SPELLED_OUT)) {
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
const NUMBER_RUN = /^[+(\d][\d\s\u00a0\u2007\u202f().\u2010-\u2013-]{4,30}\d(?:\s?(?:доб\.?|ext\.?|x|#)\s?\d{1,6})?/iu;
const INTERNATIONAL_RUN = /(?<![\p{L}\p{N}+])\+\d[\d\s\u00a0\u2007\u202f().\u2010-\u2013-]{5,30}\d(?:\s?(?:доб\.?|ext\.?|x|#)\s?\d{1,6})?/giu;
/** Fewer digits than any country's shortest full number. */
const MIN_PHONE_DIGITS = 7;

function phoneCandidates(prose: string): Span[] {
  const found: Span[] = [];
  for (const label of prose.matchAll(PHONE_LABEL)) {
    const at = label.index + label[0].length;
    const run = NUMBER_RUN.exec(prose.slice(at, at + 64));
    if (run) found.push({ start: at, end: at + run[0].length });
  }
  for (const run of prose.matchAll(INTERNATIONAL_RUN)) found.push({ start: run.index, end: run.index + run[0].length });
  return found.filter(({ start, end }) => (prose.slice(start, end).match(/\d/gu)?.length ?? 0) >= MIN_PHONE_DIGITS);
}

function judgePhone(text: string, span: Span, region: CountryCode | undefined): Contact {
  const written = text.slice(span.start, span.end);
  return judgeNumber(span, written, written, region);
}

function judgeNumber(span: Span, written: string, number: string, region: CountryCode | undefined): Contact {
  const contact: Contact = { ...span, kind: "phone", written, usable: false };
  const international = number.trim().startsWith("+");
  if (!international && !region) return { ...contact, fault: "no-region" };
  try {
    const parsed = parsePhoneNumberWithError(number, international ? undefined : region);
    const found: Contact = { ...contact, value: parsed.number + (parsed.ext ? `;ext=${parsed.ext}` : ""), region: parsed.country, international: parsed.formatInternational() };
    if (!parsed.isValid()) return runOfValidNumbers(number, region) ? { ...found, usable: true } : { ...found, fault: "invalid-number" };
    return { ...found, usable: true, ...(!international && { fault: "national-form" as const }) };
  } catch {
    return runOfValidNumbers(number, region) ? { ...contact, region, usable: true } : { ...contact, region, fault: "invalid-number" };
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
