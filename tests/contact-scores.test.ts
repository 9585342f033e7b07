import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Rule, Severity } from "../server/src/engine";
import { type ContactLabel, isContactRule, locateContact, scoreContacts } from "../scripts/contact-scores";
import { readLabels } from "../scripts/element-scores";

/** A stand-in rule that reports every match of each pattern with the given severity, so the test does not depend on the real rules. */
function fakeRule(id: string, patterns: [RegExp, Severity][]): Rule {
  return {
    meta: { id, category: id.startsWith("contact-") ? "contact" : "hygiene", severity: "warning", description: "test double", explanation: "test double", languages: ["en", "ru"], fixable: false },
    check({ document, report }) {
      for (const [pattern, severity] of patterns) {
        for (const match of document.text.matchAll(pattern)) report({ start: match.index, end: match.index + match[0].length, message: `${id} ${match[0]}`, severity });
      }
    },
  };
}

const rules: Rule[] = [
  // Only the second occurrence, the one followed by a full stop.
  fakeRule("contact-obfuscated", [[/privacy\[at\]acme\[dot\]com(?=\.)/g, "warning"]]),
  // Not a contact rule: does not count, however severe.
  fakeRule("conversion-artifact", [[/\[email protected\]/g, "error"]]),
  // Too weak to count as flagging.
  fakeRule("contact-phone", [[/\+1 555\s+0100/g, "information"]]),
  fakeRule("contact-email", [
    [/sales@acme\.com/g, "error"],
    [/help@acme\.com/g, "warning"],
    [/(?<=Again: )dpo@acme\.com/g, "error"],
  ]),
  // The whole link: it overlaps the usable link text too, but is about the malformed target.
  fakeRule("contact-mailto", [[/\[team@acme\.com\]\(mailto:\/\/team@acme\.com\)/g, "error"]]),
  fakeRule("placeholder", [[/example\.com/g, "error"]]),
];

const policy = [
  "# Privacy",
  "",
  "Write to privacy[at]acme[dot]com, or again privacy[at]acme[dot]com.",
  "Old address: [email protected]",
  "Call +1 555",
  "0100 on weekdays.",
  "Sales: sales@acme.com. Help: help@acme.com.",
  "Questions: [team@acme.com](mailto://team@acme.com)",
  "DPO: dpo@acme.com. Again: dpo@acme.com.",
  "Test: info@example.com",
  "",
].join("\n");

const contacts: ContactLabel["contacts"] = [
  { text: "privacy[at]acme[dot]com", kind: "email", valid: false, why: "obfuscated" },
  { text: "[email protected]", kind: "email", valid: false, why: "scraping placeholder" },
  { text: "+1 555 0100", kind: "phone", valid: false, why: "made up" },
  { text: "sales@acme.com", kind: "email", valid: true },
  { text: "help@acme.com", kind: "email", valid: true },
  { text: "team@acme.com", kind: "email", valid: true },
  { text: "mailto://team@acme.com", kind: "mailto", valid: false, why: "mailto:// scheme" },
  { text: "dpo@acme.com", kind: "email", valid: true },
  { text: "info@example.com", kind: "email", valid: false, why: "example domain" },
  { text: "nobody@acme.com", kind: "email", valid: true },
];

const folder = mkdtempSync(path.join(os.tmpdir(), "policylint-contacts-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(file: string, text: string): void {
  const target = path.join(folder, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

write("docs/policy.md", policy);
write("docs/empty.md", "# Privacy\n\nNo contact details here.\n");
write("labels/policy.json", JSON.stringify({ file: "policy.md", language: "en", elements: {}, contacts }));
write("labels/empty.json", JSON.stringify({ file: "empty.md", language: "en", elements: {}, contacts: [] }));
const { documents } = readLabels(path.join(folder, "labels"), (file) => path.join(folder, "docs", file));

describe("locateContact", () => {
  it("finds every exact occurrence", () => {
    expect(locateContact("a@b.c or a@b.c", "a@b.c")).toEqual([{ start: 0, end: 5 }, { start: 9, end: 14 }]);
  });

  it("falls back to locateQuote when the text is not there as written", () => {
    const text = "Call +1 555\n  0100 now.";
    expect(locateContact(text, "+1 555 0100")).toEqual([{ start: 5, end: 18 }]);
    expect(locateContact(text, "+1 555 0199")).toEqual([]);
    expect(locateContact(text, "")).toEqual([]);
  });
});

describe("isContactRule", () => {
  it("takes the contact rules and placeholder", () => {
    expect(["contact-email", "contact-missing", "placeholder", "conversion-artifact", "vague-term"].filter(isContactRule)).toEqual(["contact-email", "contact-missing", "placeholder"]);
  });
});

describe("scoreContacts", () => {
  const score = scoreContacts(documents, rules);

  it("lints only documents with contacts and leaves out contacts not in their document", () => {
    expect(score.documents).toBe(1);
    expect(score.unlocated).toEqual(["policy.md: nobody@acme.com"]);
    expect(score.failures).toEqual([]);
  });

  it("tallies per kind and overall", () => {
    expect(Object.fromEntries(score.byKind)).toEqual({
      email: { unusable: 3, flagged: 2, usable: 4, falseErrors: 2 },
      mailto: { unusable: 1, flagged: 1, usable: 0, falseErrors: 0 },
      phone: { unusable: 1, flagged: 0, usable: 0, falseErrors: 0 },
    });
    expect([...score.byKind.keys()]).toEqual(["email", "mailto", "phone"]);
    expect(score.overall).toEqual({ unusable: 5, flagged: 3, usable: 4, falseErrors: 2 });
  });

  it("lists the missed unusable contacts with whatever overlaps them, and the false errors with their findings", () => {
    expect(score.misses.map(({ kind, contact, findings }) => [kind, contact.text, findings])).toEqual([
      ["missed", "[email protected]", [{ rule: "conversion-artifact", severity: "error", message: "conversion-artifact [email protected]" }]],
      ["missed", "+1 555 0100", [{ rule: "contact-phone", severity: "information", message: "contact-phone +1 555\n0100" }]],
      ["false error", "sales@acme.com", [{ rule: "contact-email", severity: "error", message: "contact-email sales@acme.com" }]],
      ["false error", "dpo@acme.com", [{ rule: "contact-email", severity: "error", message: "contact-email dpo@acme.com" }]],
    ]);
    expect(score.misses.every((miss) => miss.file === "policy.md")).toBe(true);
  });

  it("reports a rule that throws instead of hiding it among the misses", () => {
    const broken: Rule = { ...fakeRule("contact-email", []), check: () => { throw new Error("boom"); } };
    const failing = scoreContacts(documents, [broken]);
    expect(failing.failures).toEqual(["policy.md: contact-email: boom"]);
    expect(failing.overall).toEqual({ unusable: 5, flagged: 0, usable: 4, falseErrors: 0 });
  });

  it("runs all rules by default", () => {
    const byDefault = scoreContacts(documents);
    expect(byDefault.documents).toBe(1);
    expect(byDefault.overall).toMatchObject({ unusable: 5, usable: 4 });
    expect(byDefault.failures).toEqual([]);
  });
});
