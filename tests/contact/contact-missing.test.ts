import { describe, expect, it } from "vitest";
import { contactFindings } from "./helpers";

describe("contact-missing", () => {
  it("reports once, on the title, a contact section with nothing a reader can use", () => {
    const text = "# Privacy notice\n\n## Contact us\n\nWrite to [email protected] with any questions.\n";
    const found = contactFindings(text, { rule: "contact-missing", language: "en" });
    expect(found.map((entry) => entry.text)).toEqual(["# Privacy notice"]);
  });

  it("stays silent when one usable contact is there, and leaves a policy with no contact section to missing-section", () => {
    expect(contactFindings("# Privacy notice\n\n## Contact us\n\nWrite to [email protected] or call +7 495 589-52-16.\n", { rule: "contact-missing" })).toEqual([]);
    expect(contactFindings("# Privacy notice\n\nWe collect your name to send receipts.\n", { rule: "contact-missing", language: "en" })).toEqual([]);
  });
});
