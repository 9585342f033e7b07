import { describe, expect, it } from "vitest";
import { lint } from "../../server/src/engine";
import { contactFindings } from "./helpers";

describe("contact-email", () => {
  it("accepts plain, internationalised and punctuated addresses", () => {
    const text = [
      "Write to privacy@northwind.shop, or to почта@пример.рф.",
      "Our DPO: dpo.office+policy@mail.northwind.co.uk (office hours).",
      "Пишите на info@ромашка.рф; ответим за 10 дней.",
    ].join("\n\n");
    expect(contactFindings(text, { language: "en" })).toEqual([]);
  });

  it("flags an address a mail client cannot use, and a domain with no known ending", () => {
    const text = "Write to privacy..team@northwind.shop or to help@northwind.c, or “legal@northwind.shop”.";
    const found = contactFindings(text, { rule: "contact-email", language: "en" });
    expect(found.map((entry) => entry.text)).toEqual(["privacy..team@northwind.shop", "help@northwind.c"]);
    expect(found.every((entry) => entry.finding.severity === "error")).toBe(true);
  });

  it("leaves handles, file names, passwords and addresses inside links alone", () => {
    const text = "Follow @northwind or Instagram @northwind.official, see image@2x.png and P@ssw0rd, or https://northwind.shop/team@2024/about. Write to privacy@northwind.shop.We reply fast.";
    expect(contactFindings(text, { language: "en" })).toEqual([]);
  });

  it("speaks the document's language", () => {
    const [entry] = contactFindings("Пишите на help@ромашка.c, мы ответим.", { rule: "contact-email" });
    expect(entry.finding.message).toMatch(/^«help@ромашка\.c»: у домена «ромашка\.c» нет известного окончания/u);
  });
});

describe("contact-email on spaced addresses", () => {
  it("flags spaces around the @ and closes them with a preferred fix", () => {
    const text = "Пишите: info @ company.ru, мы ответим.";
    const [entry] = contactFindings(text, { rule: "contact-email", language: "ru" });
    expect(entry.text).toBe("info @ company.ru");
    expect(entry.finding.fixes![0].preferred).toBe(true);
    expect(entry.finding.fixes![0].edits[0].newText).toBe("info@company.ru");
  });

  it("compares a mailto link with the address its text shows, not with the whole text", () => {
    expect(contactFindings("[Write to us: help@northwind.shop](mailto:help@northwind.shop)", { language: "en" })).toEqual([]);
  });
});

describe("contact-email around emphasis and tables", () => {
  it("reads the address inside emphasis, code and quote marks of a plain-text draft, and cells of a bare table", () => {
    const text = "Write to _privacy@northwind.shop_, *dpo@northwind.shop*, `legal@northwind.shop`, 'help@northwind.shop' or a@northwind.shop|b@northwind.shop.";
    const result = lint({ text, fileName: "policy.txt", options: { language: "en" } });
    expect(result.findings.filter((finding) => finding.rule.startsWith("contact-") && finding.rule !== "contact-missing")).toEqual([]);
    expect(result.contacts.map((contact) => contact.value)).toEqual([
      "privacy@northwind.shop",
      "dpo@northwind.shop",
      "legal@northwind.shop",
      "help@northwind.shop",
      "a@northwind.shop",
      "b@northwind.shop",
    ]);
  });
});

describe("template domains", () => {
  it("are placeholders, not contacts: example.com, yourcompany.com, вашсайт.рф", () => {
    const text = "Write to privacy@example.com, help@yourcompany.com or почта@вашсайт.рф.";
    const found = lint({ text, fileName: "policy.md", options: { language: "en" } }).findings;
    expect(found.filter((finding) => finding.rule === "placeholder").map((finding) => finding.severity)).toEqual(["warning", "warning", "warning"]);
    expect(found.filter((finding) => finding.rule.startsWith("contact-") && finding.rule !== "contact-missing")).toEqual([]);
  });
});
