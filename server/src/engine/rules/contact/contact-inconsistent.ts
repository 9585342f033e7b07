import { parse as parseHost } from "tldts";
import { contactParams, documentContacts } from "../../contacts/check";
import type { Contact } from "../../contacts/find";
import { message } from "../../messages";
import type { Rule } from "../../rule";

/** Hosts compared at most, so a page of links stays linear enough (each pair is compared once). */
const MAX_HOSTS = 200;

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
    const byHost = new Map<string, Contact[]>();
    for (const contact of documentContacts(context)) {
      if (!contact.host || !contact.usable) continue;
      const same = byHost.get(contact.host);
      if (same) same.push(contact);
      else byHost.set(contact.host, [contact]);
    }
    const hosts = [...byHost.keys()].slice(0, MAX_HOSTS);
    for (const host of hosts) {
      const likely = hosts.find((other) => other !== host && isLikelyTypo(host, other) && byHost.get(other)!.length > byHost.get(host)!.length);
      if (!likely) continue;
      for (const contact of byHost.get(host)!) {
        const at = contact.written.toLowerCase().lastIndexOf(host);
        const span = at < 0 ? contact : { start: contact.start + at, end: contact.start + at + host.length };
        const params = { ...contactParams(contact, context.language), other: likely, count: byHost.get(likely)!.length };
        context.report({
          ...span,
          message: context.message("contact-inconsistent.near", params),
          data: { host, likely },
          fixes: at < 0 ? undefined : [{ title: context.message("contact-inconsistent.fix", params), edits: [{ ...span, newText: likely }], preferred: false }],
        });
      }
    }
  },
};

/**
 * Two hosts under the same public suffix whose names differ by an edit or two ("abatterinternet.org" beside
 * "abetterinternet.org"); short names must be closer, or "github" and "gitlab" would look like one typo.
 */
function isLikelyTypo(a: string, b: string): boolean {
  const first = parseHost(a);
  const second = parseHost(b);
  if (!first.domain || first.publicSuffix !== second.publicSuffix || first.domain === second.domain) return false;
  const name = (parsed: typeof first) => parsed.domain!.slice(0, -(parsed.publicSuffix!.length + 1));
  const [x, y] = [name(first), name(second)];
  const allowed = Math.min(x.length, y.length) >= 9 ? 2 : 1;
  return Math.abs(x.length - y.length) <= allowed && editDistance(x, y) <= allowed;
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
