import { parse as parseHost } from "tldts";
import { RecentCache } from "../../caches";
import { contactParams, documentContacts } from "../../contacts/check";
import type { Contact } from "../../contacts/find";
import { message } from "../../messages";
import type { Rule, RuleContext } from "../../rule";

/** Spellings compared at most: each pair is compared once, so a page of links stays fast. */
const MAX_SPELLINGS = 200;
/** Shorter names differ by one letter on purpose ("info" and "inbox" are no typo of each other). */
const MIN_NAME_FOR_ONE_EDIT = 6;

export const contactInconsistent: Rule = {
  meta: {
    id: "contact-inconsistent",
    category: "contact",
    severity: "warning",
    description: message("en", "contact-inconsistent.description"),
    explanation: message("en", "contact-inconsistent.explanation"),
    languages: ["en", "ru"],
    fixable: true,
  },
  check(context) {
    const usable = documentContacts(context).filter((contact) => contact.usable);
    reportNearDuplicates(context, usable, (contact) => contact.host, isHostTypo);
    const addresses = usable.filter((contact) => contact.kind === "email" || contact.kind === "mailto");
    reportNearDuplicates(context, addresses, (contact) => contact.value?.toLowerCase(), isAddressTypo);
  },
};

/** Reports each spelling that a likely typo away from a spelling the document uses more often. */
function reportNearDuplicates(context: RuleContext, contacts: Contact[], spelling: (contact: Contact) => string | undefined, isTypo: (a: string, b: string) => boolean): void {
  const bySpelling = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const key = spelling(contact);
    if (!key) continue;
    const same = bySpelling.get(key);
    if (same) same.push(contact);
    else bySpelling.set(key, [contact]);
  }
  const keys = [...bySpelling.keys()].slice(0, MAX_SPELLINGS);
  for (const key of keys) {
    const likely = keys.find((other) => other !== key && bySpelling.get(other)!.length > bySpelling.get(key)!.length && isTypo(key, other));
    if (!likely) continue;
    for (const contact of bySpelling.get(key)!) {
      const at = contact.written.toLowerCase().lastIndexOf(key);
      const span = at < 0 ? contact : { start: contact.start + at, end: contact.start + at + key.length };
      const params = { ...contactParams(contact), host: key, other: likely, count: bySpelling.get(likely)!.length };
      const model = bySpelling.get(likely)![0];
      context.report({
        ...span,
        message: context.message("contact-inconsistent.near", params),
        data: { spelling: key, likely },
        related: [{ start: model.start, end: model.end, message: context.message("contact-inconsistent.related", params) }],
        fixes: at < 0 ? undefined : [{ title: context.message("contact-inconsistent.fix", params), edits: [{ ...span, newText: likely }], preferred: false }],
      });
    }
  }
}

/**
 * Verdicts on pairs of spellings, kept between lints: an edit elsewhere compares no pair again. By one
 * spelling, then the other: both are strings the contacts keep, whose hashes V8 has, where a key joining
 * them would be a new string to build and hash at every lint.
 */
function remembered(isTypo: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  const verdicts = new RecentCache<Map<string, boolean>>(10_000);
  return (a, b) => {
    let withA = verdicts.get(a);
    if (!withA || withA.size >= MAX_SPELLINGS) verdicts.set(a, (withA = new Map()));
    let verdict = withA.get(b);
    if (verdict === undefined) withA.set(b, (verdict = isTypo(a, b)));
    return verdict;
  };
}

const isHostTypo = remembered(isLikelyHostTypo);
const isAddressTypo = remembered(isLikelyAddressTypo);

/** Two addresses at one domain whose names differ by one edit ("suport@" beside "support@"), not by a digit ("sales1@", "sales2@"). */
function isLikelyAddressTypo(a: string, b: string): boolean {
  const [localA, domainA] = [a.slice(0, a.lastIndexOf("@")), a.slice(a.lastIndexOf("@") + 1)];
  const [localB, domainB] = [b.slice(0, b.lastIndexOf("@")), b.slice(b.lastIndexOf("@") + 1)];
  if (domainA !== domainB || Math.min(localA.length, localB.length) < MIN_NAME_FOR_ONE_EDIT) return false;
  if (localA.replace(/\d/gu, "") === localB.replace(/\d/gu, "")) return false;
  return editDistance(localA, localB) === 1;
}

/**
 * Two hosts under the same public suffix whose names differ by an edit or two ("abatterinternet.org" beside
 * "abetterinternet.org"); short names must be closer, or "github" and "gitlab" would look like one typo.
 */
function isLikelyHostTypo(a: string, b: string): boolean {
  const [first, second] = [parsedHost(a), parsedHost(b)];
  if (!first.domain || first.publicSuffix !== second.publicSuffix || first.domain === second.domain) return false;
  const [x, y] = [first.domainWithoutSuffix ?? "", second.domainWithoutSuffix ?? ""];
  const allowed = Math.min(x.length, y.length) >= 9 ? 2 : 1;
  return Math.abs(x.length - y.length) <= allowed && editDistance(x, y) <= allowed;
}

/** Every pair of hosts is compared, so each host is parsed once. */
const parsedHosts = new RecentCache<ReturnType<typeof parseHost>>(10_000);

function parsedHost(host: string): ReturnType<typeof parseHost> {
  let parsed = parsedHosts.get(host);
  if (!parsed) parsedHosts.set(host, (parsed = parseHost(host)));
  return parsed;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
