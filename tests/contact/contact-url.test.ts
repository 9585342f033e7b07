import { describe, expect, it } from "vitest";
import { applyFirstFix } from "../text-edits";
import { contactFindings } from "./helpers";

describe("contact-url", () => {
  it("accepts https links, internationalised hosts and links in parentheses", () => {
    const text = "See https://пример.рф/политика, [our form](https://northwind.shop/privacy) and (https://northwind.shop/rights).";
    expect(contactFindings(text, { rule: "contact-url", language: "en" })).toEqual([]);
  });

  it("flags a host with no known ending as an error and http as a warning with an https fix", () => {
    const text = "Use the form at https://northwind.c/form or http://northwind.shop/form.";
    const found = contactFindings(text, { rule: "contact-url", language: "en" });
    expect(found.map((entry) => [entry.text, entry.finding.severity])).toEqual([
      ["https://northwind.c/form", "error"],
      ["http://northwind.shop/form", "warning"],
    ]);
    expect(found[1].finding.fixes![0].preferred).toBe(false);
    expect(applyFirstFix(text, found[1].finding)).toBe("Use the form at https://northwind.c/form or https://northwind.shop/form.");
  });

  it("flags a Markdown link target the URL parser rejects", () => {
    const [entry] = contactFindings("Use [the form](https://north[wind].shop/form).", { rule: "contact-url", language: "en" });
    expect(entry.finding.severity).toBe("error");
  });
});
