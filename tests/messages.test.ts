import { describe, expect, it } from "vitest";
import type { MarkupContent } from "vscode-languageserver/node";
import { ELEMENT_INFO, isMessageKey, lint, message, RULES, type ElementId, type Language } from "../server/src/engine";
import { CATALOGUES, parametersOf } from "../server/src/engine/messages";
import { codeActions } from "../server/src/lsp/code-actions";
import { hoverAt } from "../server/src/lsp/hover";

const KEYS = Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[];

describe("message catalogues", () => {
  it("have the same keys, each with a text in every language", () => {
    expect(Object.keys(CATALOGUES.ru).sort()).toEqual([...KEYS].sort());
    for (const language of ["en", "ru"] as const) {
      for (const key of KEYS) expect(CATALOGUES[language][key].trim(), `${language}: ${key}`).not.toBe("");
    }
  });

  it("use the same parameter names in both languages", () => {
    for (const key of KEYS) expect(parametersOf(CATALOGUES.ru[key]), key).toEqual(parametersOf(CATALOGUES.en[key]));
  });

  it("hold every rule's description and explanation, which its metadata takes in English", () => {
    for (const { meta } of RULES) {
      for (const [field, text] of [["description", meta.description], ["explanation", meta.explanation]]) {
        const key = `${meta.id}.${field}`;
        if (!isMessageKey(key)) throw new Error(`the catalogues have no ${key}`);
        expect(text, key).toBe(message("en", key));
      }
    }
  });
});

const NOW = new Date("2026-03-03T12:00:00Z");

// Our own words, one of each finding: a blank, a word processor's image marker, a law without its profile,
// no date, and sections the baseline profile requires left out.
const POLICIES: Record<Language, string> = {
  ru: [
    "# Политика обработки персональных данных",
    "",
    "[НАЗВАНИЕ КОМПАНИИ] обрабатывает персональные данные посетителей сайта в соответствии с Федеральным законом № 152-ФЗ.",
    "",
    "Мы получаем имя и адрес электронной почты, чтобы отвечать на ваши вопросы.",
    "",
    "[рисунок: схема.png]",
    "",
  ].join("\n"),
  en: [
    "# Privacy policy",
    "",
    "[COMPANY NAME] processes the personal data of the site's visitors as the GDPR requires.",
    "",
    "We receive your name and email address to answer your questions.",
    "",
    "[image: diagram.png]",
    "",
  ].join("\n"),
};
/** How a text of the catalogue opens in each language: every message and title starts with one of its words. */
const OPENING: Record<Language, RegExp> = { ru: /^[А-ЯЁ]/u, en: /^[A-Z]/u };
const MIGRATED = ["missing-section", "profile-hint", "effective-date", "placeholder", "conversion-artifact"];

describe.each(["ru", "en"] as const)("a document in %s", (language) => {
  const result = lint({ text: POLICIES[language], fileName: "policy.md", now: NOW });

  it("gets the messages and fix titles of every rule in its language", () => {
    expect(result.language).toBe(language);
    expect(result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(MIGRATED));
    for (const finding of result.findings) {
      expect(finding.message, finding.rule).toMatch(OPENING[language]);
      for (const fix of finding.fixes ?? []) expect(fix.title, finding.rule).toMatch(OPENING[language]);
    }
    const blank = result.findings.find((finding) => finding.rule === "placeholder")!;
    expect(blank.message).toBe(message(language, "placeholder.unfilled", { text: language === "ru" ? "[НАЗВАНИЕ КОМПАНИИ]" : "[COMPANY NAME]" }));
  });

  it("gets code actions and hovers in its language", () => {
    for (const finding of result.findings) {
      const actions = codeActions(result, { uri: "file:///policy.md", version: 1, range: finding.range, useDocumentChanges: false });
      for (const { title } of actions) expect(title, finding.rule).toMatch(OPENING[language]);
      expect(actions.map((action) => action.title)).toContain(message(language, "lsp.disableFile", { rule: finding.rule }));

      const hover = (hoverAt(result, finding.range.start)!.contents as MarkupContent).value;
      expect(hover).toContain(message(language, "lsp.documentation", { rule: finding.rule }));
    }
    const missing = result.findings.find((finding) => finding.rule === "missing-section")!;
    const hover = (hoverAt(result, missing.range.start)!.contents as MarkupContent).value;
    expect(hover).toContain(message(language, "missing-section.explanation"));
    const name = ELEMENT_INFO[missing.data!.element as ElementId].name[language];
    expect(hover).toContain(message(language, "missing-section.fixInsert", { name }));
    const actions = codeActions(result, { uri: "file:///policy.md", version: 1, range: missing.range, useDocumentChanges: false });
    expect(actions.map((action) => action.title)).toContain(message(language, "lsp.disableElement", { rule: "missing-section", name }));
  });

  it("shows in the hover of a missing section the nearest text and why it did not count", () => {
    const emptyHeading = language === "ru" ? "## Сроки хранения" : "## How long we keep data";
    const draft = lint({ text: `${emptyHeading}\n\n${POLICIES[language]}`, fileName: "policy.md", now: NOW });
    const retention = draft.findings.find((finding) => finding.rule === "missing-section" && finding.data?.element === "retention")!;
    const hover = (hoverAt(draft, retention.range.start)!.contents as MarkupContent).value;
    const why = message(language, "missing-section.considered.empty-heading");
    expect(hover).toContain(message(language, "lsp.nearestText", { line: 1, text: emptyHeading, why }));
  });
});

describe("the messageLanguage option", () => {
  const RUSSIAN = "# Политика конфиденциальности\n\nМы обрабатываем имя и телефон покупателей. Компания не несёт ответственности за сбои связи.\n";
  const cyrillic = /[а-яё]/i;

  it("speaks English on a Russian draft, while fixes still write Russian into it", () => {
    const result = lint({ text: RUSSIAN, fileName: "policy.md", options: { messageLanguage: "en" } });
    expect(result.language).toBe("ru");
    expect(result.messageLanguage).toBe("en");
    const missing = result.findings.find((finding) => finding.rule === "missing-section")!;
    expect(missing.message).toMatch(/^Missing section "[A-Za-z ]/);
    expect(missing.fixes![0].title).not.toMatch(cyrillic);
    expect(missing.fixes![0].edits[0].newText).toMatch(cyrillic);
    const hover = hoverAt(result, missing.range.start)!.contents as MarkupContent;
    expect(hover.value).toContain("Documentation");
    const actions = codeActions(result, { uri: "file:///policy.md", version: 1, range: missing.range, useDocumentChanges: false });
    expect(actions.every((action) => !cyrillic.test(action.title.replace(/«[^»]*»|"[^"]*"/g, "")))).toBe(true);
  });

  it("follows the document by default and can be set to Russian for an English draft", () => {
    const english = "# Privacy Policy\n\nWe keep your name and email address.\n";
    expect(lint({ text: RUSSIAN, fileName: "policy.md", options: { messageLanguage: "document" } }).findings[0].message).toMatch(cyrillic);
    const result = lint({ text: english, fileName: "policy.md", options: { messageLanguage: "ru" } });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((finding) => cyrillic.test(finding.message))).toBe(true);
  });
});
