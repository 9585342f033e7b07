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
