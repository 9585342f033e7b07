import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lint, type Finding } from "../server/src/engine";
import { translationPartner } from "../server/src/node/translation-partner";

const ENGLISH = [
  "# Privacy Policy",
  "",
  "Last updated: May 25, 2018",
  "",
  "## What we collect",
  "",
  "We collect your email address and your name when you write to us, to answer your questions.",
  "",
  "## How long we keep it",
  "",
  "We keep your messages for 30 days and then delete them. Our service is not meant for children under 13.",
  "",
  "## Contact",
  "",
  "Write to privacy@example.org or call +1 212 555 0190. We follow the GDPR.",
  "",
].join("\n");

const RUSSIAN = [
  "# Политика конфиденциальности",
  "",
  "Дата обновления: 25 мая 2018 г.",
  "",
  "## Какие данные мы собираем",
  "",
  "Мы собираем ваш адрес электронной почты и имя, когда вы нам пишете, чтобы отвечать на ваши вопросы.",
  "",
  "## Сроки хранения",
  "",
  "Мы храним ваши сообщения 30 дней, а затем удаляем их. Сервис не предназначен для детей младше 13 лет.",
  "",
  "## Контакты",
  "",
  "Пишите на privacy@example.org или звоните по номеру +1 212 555 0190. Мы соблюдаем GDPR.",
  "",
].join("\n");

function mismatches(text: string, partner: string, partnerPath = "privacy.ru.md"): Finding[] {
  return lint({ text, fileName: "privacy.en.md", translation: { path: partnerPath, text: partner } }).findings.filter((finding) => finding.rule === "translation-mismatch");
}

describe("translation-mismatch", () => {
  it("finds nothing between faithful versions: dates, numbers, ages, contacts and laws compare across languages", () => {
    expect(mismatches(ENGLISH, RUSSIAN)).toEqual([]);
    expect(lint({ text: RUSSIAN, fileName: "privacy.ru.md", translation: { path: "privacy.en.md", text: ENGLISH } }).findings.filter((finding) => finding.rule === "translation-mismatch")).toEqual([]);
  });

  it("reports a changed address on this version, with the other version's place as related information", () => {
    const [finding] = mismatches(ENGLISH, RUSSIAN.replace("privacy@example.org", "privacy@exampel.org"));
    expect(finding.message).toBe('"privacy@example.org" here, but "privacy@exampel.org" in privacy.ru.md: one of them is wrong.');
    expect(finding.range.start.line).toBe(14);
    expect(finding.related).toEqual([{ path: "privacy.ru.md", range: { start: { line: 14, character: 10 }, end: { line: 14, character: 29 } }, message: 'privacy.ru.md: "privacy@exampel.org"' }]);
    expect(finding.data).toMatchObject({ fact: "contact", here: "privacy@example.org", there: "privacy@exampel.org" });
  });

  it("pairs a changed period, age, date and phone by their kind, and names a law in one version only", () => {
    const drifted = RUSSIAN.replace("30 дней", "90 дней").replace("младше 13 лет", "младше 16 лет").replace("25 мая 2018", "25 мая 2019").replace("555 0190", "555 0199").replace(" Мы соблюдаем GDPR.", "");
    const facts = mismatches(ENGLISH, drifted).map((finding) => [finding.data?.fact, finding.data?.here, finding.data?.there]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ["quantity", "30 day", "90 day"],
        ["quantity", "13 year", "16 year"],
        ["date", "2018-05-25", "2019-05-25"],
        ["contact", "+12125550190", "+12125550199"],
        ["law", "GDPR", undefined],
      ]),
    );
    expect(facts).toHaveLength(5);
  });

  it("reads periods written in words, in either language, as the numbers they are", () => {
    const inWords = ENGLISH.replace("for 30 days", "for thirty (30) days");
    const russianInWords = RUSSIAN.replace("30 дней", "тридцати дней");
    expect(mismatches(inWords, russianInWords)).toEqual([]);
    const [changed] = mismatches(inWords, RUSSIAN.replace("30 дней", "двадцати одного дня"));
    expect(changed.data).toMatchObject({ fact: "quantity", here: "30 day", there: "21 day" });
  });

  it("finds a recipient the Russian version names in Latin letters and the English one leaves out", () => {
    const russianWithRecipient = RUSSIAN.replace("чтобы отвечать на ваши вопросы.", "чтобы отвечать на ваши вопросы. Статистику посещений собирает Google Analytics.");
    const [onEnglish] = mismatches(ENGLISH, russianWithRecipient);
    expect(onEnglish.data).toMatchObject({ fact: "name", there: "google analytics" });
    expect(onEnglish.message).toBe('privacy.ru.md has "Google Analytics", which this version lacks.');
    const englishToo = ENGLISH.replace("to answer your questions.", "to answer your questions. Google Analytics counts visits.");
    expect(mismatches(englishToo, russianWithRecipient)).toEqual([]);
    // Acronyms stand in both versions or are laws, compared as laws.
    expect(mismatches(ENGLISH, RUSSIAN.replace("звоните по номеру", "звоните или пишите SMS по номеру"))).toEqual([]);
  });

  it("compares postal codes where addresses write them: after a US state, before a city", () => {
    const withAddress = (text: string, address: string) => text.replace(/(privacy@example\.org)/u, `$1, ${address}`);
    const english = withAddress(ENGLISH, "Example Inc., 1 Main St, San Francisco, CA 94105");
    expect(mismatches(english, withAddress(RUSSIAN, "Example Inc., 1 Main St, San Francisco, CA 94105"))).toEqual([]);
    const [changed] = mismatches(english, withAddress(RUSSIAN, "Example Inc., 1 Main St, San Francisco, CA 94150"));
    expect(changed.data).toMatchObject({ fact: "contact", here: "94105", there: "94150" });
    const moscow = (code: string) => withAddress(RUSSIAN, `${code}, Москва, ул. Тверская, 1`);
    expect(lint({ text: moscow("125009"), fileName: "privacy.ru.md", translation: { path: "privacy.en.md", text: withAddress(ENGLISH, "125009, Moscow, Tverskaya St, 1") } }).findings.filter((finding) => finding.rule === "translation-mismatch")).toEqual([]);
  });

  it("puts what only the other version has on this version's title, and a missing run of sections too", () => {
    const shortened = ENGLISH.split("## How long we keep it")[0];
    const findings = lint({ text: shortened, fileName: "privacy.en.md", translation: { path: "privacy.ru.md", text: RUSSIAN } }).findings.filter((finding) => finding.rule === "translation-mismatch");
    expect(findings.every((finding) => finding.range.start.line === 0)).toBe(true);
    expect(findings.map((finding) => finding.data?.fact)).toEqual(expect.arrayContaining(["element", "contact", "quantity", "law", "structure"]));
    expect(findings.find((finding) => finding.data?.fact === "structure")!.message).toBe("This version has 1 top-level sections and privacy.ru.md has 3: a section may be missing from one.");
  });

  it("says nothing without a partner", () => {
    expect(lint({ text: ENGLISH, fileName: "privacy.en.md" }).findings.filter((finding) => finding.rule === "translation-mismatch")).toEqual([]);
  });
});

describe("the side-by-side table", () => {
  const tableOf = (partner: string) => lint({ text: ENGLISH, fileName: "privacy.en.md", translation: { path: "privacy.ru.md", text: partner } }).translation!;

  it("pairs every fact the versions share, each side with its own words and place", () => {
    const table = tableOf(RUSSIAN);
    expect(table).toMatchObject({ path: "privacy.ru.md", language: "ru", sections: { here: 3, there: 3, agrees: true } });
    expect(table.rows.every((row) => row.agrees)).toBe(true);
    const order = table.rows.map((row) => ["element", "contact", "date", "quantity", "law"].indexOf(row.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const date = table.rows.find((row) => row.kind === "date")!;
    expect([date.here?.text, date.there?.text]).toEqual(["May 25, 2018", "25 мая 2018 г."]);
    expect(date.there?.range.start.line).toBe(2);
    const law = table.rows.find((row) => row.kind === "law")!;
    expect([law.here?.text, law.there?.text]).toEqual(["GDPR", "GDPR"]);
  });

  it("marks what translation-mismatch reports: changed values side by side, a fact of one version alone, the section count", () => {
    const drifted = RUSSIAN.replace("30 дней", "90 дней").replace(" Мы соблюдаем GDPR.", "");
    const table = tableOf(drifted);
    const differing = table.rows.filter((row) => !row.agrees).map((row) => [row.kind, row.here?.text, row.there?.text]);
    expect(differing).toEqual([
      ["quantity", "30 days", "90 дней"],
      ["law", "GDPR", undefined],
    ]);
    expect(tableOf(RUSSIAN.split("## Сроки хранения")[0]).sections).toEqual({ here: 3, there: 1, agrees: false });
  });

  it("is absent without a partner", () => {
    expect(lint({ text: ENGLISH, fileName: "privacy.en.md" }).translation).toBeUndefined();
  });
});

describe("translation pairs", () => {
  const root = mkdtempSync(path.join(tmpdir(), "policylint-pairs-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = (name: string, text = "x"): string => {
    const absolute = path.join(root, name);
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    return absolute;
  };
  const exists = (candidate: string): boolean => [path.join(root, "privacy.ru.md"), path.join(root, "terms.ru.md"), path.join(root, "ru", "cookies.md")].includes(candidate);
  const none = { options: {} };

  it("pairs by name: X.en.md with X.ru.md, X.md with X.ru.md, en/X.md with ru/X.md, only when the other file exists", () => {
    expect(translationPartner(file("privacy.en.md"), "", none, exists)).toBe(path.join(root, "privacy.ru.md"));
    expect(translationPartner(file("terms.md"), "", none, exists)).toBe(path.join(root, "terms.ru.md"));
    expect(translationPartner(file("en/cookies.md"), "", none, exists)).toBe(path.join(root, "ru", "cookies.md"));
    expect(translationPartner(file("notice.md"), "", none, exists)).toBeUndefined();
  });

  it("takes the config's pairs, relative to the config file, and front matter's translationOf first", () => {
    const config = { file: path.join(root, ".policylintrc.json"), options: { translations: [["docs/a.md", "docs/b.md"]] as [string, string][] } };
    expect(translationPartner(path.join(root, "docs", "b.md"), "", config, exists)).toBe(path.join(root, "docs", "a.md"));
    expect(translationPartner(path.join(root, "docs", "c.md"), "---\ntranslationOf: ../other/c.en.md\n---\n# C\n", none, exists)).toBe(path.join(root, "other", "c.en.md"));
  });
});
