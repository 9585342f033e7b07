import { describe, expect, it } from "vitest";
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
