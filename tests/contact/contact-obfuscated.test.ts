import { describe, expect, it } from "vitest";
import { lint } from "../../server/src/engine";
import { applyFirstFix } from "../text-edits";
import { contactFindings } from "./helpers";

describe("contact-obfuscated", () => {
  it("flags what email protection left and offers a blank that placeholder flags until it is filled", () => {
    const text = "Contact us by email: [email protected] or [email&#160;protected].";
    const found = contactFindings(text, { rule: "contact-obfuscated", language: "en" });
    expect(found.map((entry) => entry.text)).toEqual(["[email protected]", "[email&#160;protected]"]);
    const fixed = applyFirstFix(text, found[0].finding);
    expect(fixed).toBe("Contact us by email: [EMAIL ADDRESS] or [email&#160;protected].");
    expect(found[0].finding.fixes![0].preferred).toBe(false);
    expect(lint({ text: fixed, fileName: "policy.md" }).findings.some((finding) => finding.rule === "placeholder")).toBe(true);
  });

  it("reads spelled-out addresses and offers to write them plainly", () => {
    const text = "Write to privacy[at]northwind[dot]shop or dpo (at) northwind (dot) co (dot) uk.";
    const found = contactFindings(text, { rule: "contact-obfuscated", language: "en" });
    expect(found.map((entry) => entry.finding.data?.value)).toEqual(["privacy@northwind.shop", "dpo@northwind.co.uk"]);
    expect(applyFirstFix(text, found[0].finding)).toBe("Write to privacy@northwind.shop or dpo (at) northwind (dot) co (dot) uk.");
  });

  it("does not take prose with 'at' and 'dot' for an address", () => {
    expect(contactFindings("We meet at noon (at the office) and dot every i.", { language: "en" })).toEqual([]);
  });
});
