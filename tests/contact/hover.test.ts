import { describe, expect, it } from "vitest";
import { lint } from "../../server/src/engine";
import { hoverAt } from "../../server/src/lsp/hover";

function hoverText(text: string, line: number, character: number, language?: "en" | "ru"): string {
  const result = lint({ text, fileName: "policy.md", options: language ? { language } : undefined });
  const hover = hoverAt(result, { line, character });
  return hover ? (hover.contents as { value: string }).value : "";
}

/** The hover's first part: what the contact under the cursor parsed as (findings on the same line follow it). */
function parsedAs(text: string, line: number, character: number, language: "en" | "ru"): string {
  return hoverText(text, line, character, language).split("\n\n---\n\n")[0];
}

describe("hover on a contact detail", () => {
  it("says what it parsed as, in the document's language", () => {
    const russian = "Пишите на почта@пример.рф или звоните: тел. +7 (495) 589-52-16.";
    expect(parsedAs(russian, 0, 12, "ru")).toBe("Электронная почта, домен пример.рф");
    expect(parsedAs(russian, 0, 50, "ru")).toBe("Телефон, Россия, +7 495 589 52 16, действителен");

    const english = "Our form is at https://northwind.shop/privacy and our number is +1 415 555 2671.";
    expect(parsedAs(english, 0, 20, "en")).toBe("Link, https, host northwind.shop");
    expect(parsedAs(english, 0, 70, "en")).toBe("Phone, United States, +1 415 555 2671, valid");
  });

  it("puts what it parsed as above the finding on it", () => {
    const text = "Write to [help@northwind.shop](mailto://help@northwind.shop).";
    const value = hoverText(text, 0, 40, "en");
    expect(value.split("\n\n---\n\n")[0]).toBe("Email, domain northwind.shop");
    expect(value).toContain("`contact-mailto`");
  });
});
