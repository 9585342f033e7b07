import { describe, expect, it } from "vitest";
import { lint, validateOptions } from "../../server/src/engine";
import { applyFirstFix } from "../text-edits";
import { contactFindings } from "./helpers";

describe("contact-phone", () => {
  it("accepts valid international numbers in their many spellings", () => {
    const text = [
      "Тел.: +7 (495) 589-52-16, +7(495)5895216 или +7\u00a0495\u00a0589\u00a052\u00a016 доб. 12.",
      "Phone: +1 415 555 2671 ext. 7, or +44 20 7946 0958.",
      "Телефон:                     +7 (812) 600-40-40.",
    ].join("\n\n");
    expect(contactFindings(text, { rule: "contact-phone" })).toEqual([]);
  });

  it("flags invalid numbers as errors", () => {
    const text = "Phone: +7 (000) 123-45-67. Call us at +1 555 0.";
    const found = contactFindings(text, { rule: "contact-phone", language: "en" });
    expect(found.map((entry) => [entry.text, entry.finding.severity])).toEqual([["+7 (000) 123-45-67", "error"]]);
    // Read in a country the number does not state, a wrong number is only doubtful.
    const [national] = contactFindings("Телефон: 8 (495) 123-45-6.", { rule: "contact-phone", language: "ru" });
    expect(national.finding.severity).toBe("warning");
  });

  it("reads national numbers with the document's country and offers the international form", () => {
    const text = "Горячая линия: 8 (800) 555-35-35.";
    const [entry] = contactFindings(text, { rule: "contact-phone", language: "ru" });
    expect(entry.finding.severity).toBe("hint");
    expect(entry.finding.fixes![0].preferred).toBe(true);
    expect(applyFirstFix(text, entry.finding)).toBe("Горячая линия: +7 800 555 35 35.");
  });

  it("says only information when the country of a national number cannot be told", () => {
    const [entry] = contactFindings("Phone: (415) 555-2671.", { rule: "contact-phone", language: "en" });
    expect(entry.finding.severity).toBe("information");
    const [us] = contactFindings("Phone: (415) 555-2671.", { rule: "contact-phone", language: "en", profiles: ["ccpa"] });
    expect(us.finding.severity).toBe("hint");
  });

  it("takes no law, date, time, version, registration number or price for a phone", () => {
    const text = [
      "Regulation (EU) 2016/679 and Federal Law No. 152-ФЗ, ст. 18.1, apply; keep it +7 days.",
      "Updated 12.03.2024 at 10:30, version 2.14.3; ИНН 7707083893, ОГРН 1027700132195, КПП 773601001.",
      "The plan costs $1,299.00 or 1 299,00 ₽ a year; call us after 18:00.",
    ].join("\n\n");
    expect(contactFindings(text, { rule: "contact-phone" })).toEqual([]);
  });
});

describe("contact-phone on runs of numbers", () => {
  it("keeps what follows a number out of it: hours, a line break, an address", () => {
    const text = "Тел.: +7 (495) 589-52-16 (10:00 - 19:00 МСК).\n\nPhone: +1 415 555 2671 1 Market St.\n\nТелефон: +7 (495) 589-52-16\n119021, г. Москва.";
    expect(contactFindings(text, { rule: "contact-phone", language: "ru" })).toEqual([]);
  });

  it("reads two valid numbers written one after the other as valid", () => {
    expect(contactFindings("Тел.: +7 495 589-52-16 8 800 555-35-35.", { rule: "contact-phone", language: "ru" }).map((entry) => entry.finding.severity)).not.toContain("error");
  });
});

describe("the phone region setting", () => {
  it("reads national numbers of an English policy as the country it names", () => {
    const result = lint({ text: "Phone: 020 7946 0958.", fileName: "policy.md", options: { language: "en", phoneRegion: "GB" } });
    expect(result.findings.filter((finding) => finding.rule === "contact-phone").map((finding) => finding.severity)).toEqual(["hint"]);
  });

  it("refuses a code that is no country's", () => {
    expect(validateOptions({ phoneRegion: "XX" }, "settings").problems.map((problem) => problem.key)).toEqual(["phoneRegion"]);
    expect(validateOptions({ phoneRegion: "ru" }, "settings").options.phoneRegion).toBe("RU");
    expect(validateOptions({ phoneRegion: null }, "settings").problems).toEqual([]);
  });
});
