import { describe, expect, it } from "vitest";
import { formatJson } from "../../server/src/cli/format-json";
import { applyFirstFix } from "../text-edits";
import { contactFindings } from "./helpers";

describe("contact-inconsistent", () => {
  it("flags a domain a letter away from the one the document uses more, and writes that one", () => {
    const text = "Write to privacy@abetterinternet.org or help@abetterinternet.org. Our site: https://abatterinternet.org.";
    const [entry] = contactFindings(text, { rule: "contact-inconsistent", language: "en" });
    expect(entry.text).toBe("abatterinternet.org");
    expect(applyFirstFix(text, entry.finding)).toBe("Write to privacy@abetterinternet.org or help@abetterinternet.org. Our site: https://abetterinternet.org.");
  });

  it("leaves different short names and different endings alone", () => {
    const text = "We host code at https://github.com and https://gitlab.com; write to a@northwind.shop or b@northwind.store.";
    expect(contactFindings(text, { rule: "contact-inconsistent", language: "en" })).toEqual([]);
  });
});

describe("contact-inconsistent on addresses", () => {
  it("flags an address one letter away from one used more often at the same domain", () => {
    const text = "Write to support@northwind.shop or support@northwind.shop; billing questions to suport@northwind.shop.";
    const [entry] = contactFindings(text, { rule: "contact-inconsistent", language: "en" });
    expect(entry.text).toBe("suport@northwind.shop");
    expect(entry.finding.fixes![0].edits[0].newText).toBe("support@northwind.shop");
  });

  it("leaves numbered and short names alone", () => {
    const text = "Write to sales1@northwind.shop, sales1@northwind.shop, sales2@northwind.shop, info@northwind.shop, info@northwind.shop or into@northwind.shop.";
    expect(contactFindings(text, { rule: "contact-inconsistent", language: "en" })).toEqual([]);
  });
});

describe("contact-inconsistent points at the other spelling", () => {
  it("as related information, in the engine and in the CLI's JSON", () => {
    const text = "Write to privacy@abetterinternet.org or help@abetterinternet.org. Our site: https://abatterinternet.org.";
    const [entry] = contactFindings(text, { rule: "contact-inconsistent", language: "en" });
    expect(entry.finding.related).toEqual([{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 36 } }, message: '"abetterinternet.org" is written like this here' }]);
    const json = JSON.parse(formatJson([{ path: "p.md", absolute: "/p.md", language: "en", profiles: [], elements: [], sections: [], messageLanguage: "en", findings: [entry.finding], ruleFailures: [], truncated: [] }]));
    expect(json.files[0].diagnostics[0].related).toEqual([{ path: "p.md", ...entry.finding.related![0] }]);
  });
});
