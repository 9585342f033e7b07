import { describe, expect, it } from "vitest";
import { applyFirstFix, coveredText } from "./text-edits";
import { lint, type Finding, type LintOptions } from "../server/src/engine";
import { isoDate, readDateAt } from "../server/src/engine/dates";

const TODAY = new Date("2026-03-03T12:00:00Z");
const FAR_FUTURE = new Date("2031-06-15T12:00:00Z");

function dateFindings(text: string, now = TODAY, fileName = "privacy.md", options?: LintOptions): Finding[] {
  const result = lint({ text, fileName, now, options });
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter((finding) => finding.rule === "effective-date");
}



/** Reads the date at the start of `text` and gives it as ISO, "invalid", or undefined when there is none. */
function read(text: string, language: "en" | "ru" = "en"): { iso?: string; length?: number } | undefined {
  const match = readDateAt(text, 0, language);
  if (!match) return undefined;
  return { iso: match.date ? isoDate(match.date) : "invalid", length: match.end - match.start };
}

describe("dates", () => {
  it.each([
    ["12 декабря 2017 года", "ru", "2017-12-12"],
    ["12 декабря 2017 г.", "ru", "2017-12-12"],
    ["«12» декабря 2017", "ru", "2017-12-12"],
    ["3 мая 2018", "ru", "2018-05-03"],
    ["1 марта 2020г.", "ru", "2020-03-01"],
    ["31 МАЯ 2019 ГОДА", "ru", "2019-05-31"],
    ["May 25, 2018", "en", "2018-05-25"],
    ["25 May 2018", "en", "2018-05-25"],
    ["Sept. 3, 2021", "en", "2021-09-03"],
    ["1st of March 2020", "en", "2020-03-01"],
    ["2018-05-25", "en", "2018-05-25"],
    ["25.05.2018", "en", "2018-05-25"],
    ["25.05.18", "ru", "2018-05-25"],
    ["05/25/2018", "en", "2018-05-25"],
    ["05/06/2018", "en", "2018-05-06"],
    ["05/06/2018", "ru", "2018-06-05"],
    ["25/05/2018", "en", "2018-05-25"],
    ["29.02.2020", "ru", "2020-02-29"],
    ["December 2017", "en", "2017-12"],
    ["декабрь 2017", "ru", "2017-12"],
    ["декабре 2017 года", "ru", "2017-12"],
    ["март 2019", "ru", "2019-03"],
    ["12\u00a0декабря 2017\u00a0г.", "ru", "2017-12-12"],
  ] as const)("reads %s (%s) as %s, all of it", (text, language, iso) => {
    expect(read(text, language)).toEqual({ iso, length: text.length });
  });

  it("reads the date of an ISO timestamp and stops before the time", () => {
    expect(read("2018-05-25T09:30:00Z")).toEqual({ iso: "2018-05-25", length: 10 });
  });

  it("recognises impossible dates as dates that cannot be read", () => {
    for (const text of ["31.02.2018", "29.02.2019", "13/13/2020", "31 апреля 2020 г.", "April 31, 2020", "2020-13-01"]) {
      expect(read(text, "ru")?.iso, text).toBe("invalid");
    }
  });

  it("does not take numbers, versions or words for dates", () => {
    for (const text of ["2018", "12\nMay 2018", "version 1.2", "1.2.3", "12 monkeys 2017", "мая", "Mayday 2018", "100.05.2018"]) {
      expect(read(text), text).toBeUndefined();
    }
  });
});

describe("effective-date: finding the date", () => {
  it.each([
    ["Last updated: 1 March 2026", "1 March 2026", "2026-03-01"],
    ["*Last modified on February 2, 2026*", "February 2, 2026", "2026-02-02"],
    ["Effective date: 2026-01-15", "2026-01-15", "2026-01-15"],
    ["This notice is effective as of January 5, 2026.", "January 5, 2026", "2026-01-05"],
    ["Updated on 15.12.2025", "15.12.2025", "2025-12-15"],
    ["Version of 10 December 2025", "10 December 2025", "2025-12-10"],
    ["Date of last revision: 12/20/2025", "12/20/2025", "2025-12-20"],
    ["Дата последнего обновления: 12 декабря 2025 года", "12 декабря 2025 года", "2025-12-12"],
    ["Последнее обновление — «1» марта 2026 г.", "«1» марта 2026 г.", "2026-03-01"],
    ["Последние изменения: 05.01.2026", "05.01.2026", "2026-01-05"],
    ["Дата вступления в силу: 1 июня 2025 г.", "1 июня 2025 г.", "2025-06-01"],
    ["Настоящая Политика вступает в силу с 1 июня 2025 г.", "1 июня 2025 г.", "2025-06-01"],
    ["Политика в редакции от 10.10.2025.", "10.10.2025", "2025-10-10"],
    ["Редакция от 10 октября 2025 года", "10 октября 2025 года", "2025-10-10"],
    ["Действует с 01/09/2025", "01/09/2025", "2025-09-01"],
    ["Обновлено: сентябрь 2025", "сентябрь 2025", "2025-09"],
    ["Обновлён 3 мая 2025", "3 мая 2025", "2025-05-03"],
    ["Дата публикации: 2025-05-03", "2025-05-03", "2025-05-03"],
    ["Этот документ был последний раз обновлён 12 декабря 2025 года.", "12 декабря 2025 года", "2025-12-12"],
  ])("finds %s", (line, dateText, iso) => {
    const body = /\p{Script=Cyrillic}/u.test(line) ? "Мы собираем ваше имя и адрес." : "We collect your name and address.";
    const text = `# Policy\n\n${line}\n\n${body}\n`;
    // Today the date is fine; years later the same date is stale, which shows which date was read.
    expect(dateFindings(text)).toEqual([]);
    const [stale] = dateFindings(text, FAR_FUTURE);
    expect(stale.data).toEqual({ date: iso });
    expect(coveredText(text, stale.range)).toBe(dateText);
    expect(stale.message).toMatch(/more than 12 months ago|более 12 месяцев назад/);
  });

  it("reads the date from front matter keys, with or without quotes", () => {
    for (const [entry, value] of [
      ["last_updated: 2026-02-01", "2026-02-01"],
      ["date: \"1 March 2026\"", "1 March 2026"],
      ["effective_date: '05.02.2026'", "05.02.2026"],
      ["updated: 2026-02-10 10:00:00 +0000", "2026-02-10"],
    ]) {
      const text = `---\ntitle: Privacy\n${entry}\n---\n# Privacy\n\nWe collect your name.\n`;
      expect(dateFindings(text), entry).toEqual([]);
      const [stale] = dateFindings(text, FAR_FUTURE);
      expect(coveredText(text, stale.range), entry).toBe(value);
    }
  });

  it("finds a date that stands alone under the title, and keeps columns right after emoji", () => {
    const text = "# Уведомление\n\n5 ноября 2025 г.\n\nМы собираем ваше имя и адрес электронной почты.\n";
    expect(dateFindings(text)).toEqual([]);
    const emoji = "# Notice\n\n🙂 Last updated: May 1, 2020\n";
    const [stale] = dateFindings(emoji);
    expect(stale.range.start).toEqual({ line: 2, character: emoji.split("\n")[2].indexOf("May") });
    expect(coveredText(emoji, stale.range)).toBe("May 1, 2020");
  });

  it("reports the most recent date once when it is older than 12 months, and a future one", () => {
    const text = "# Notice\n\nEffective date: 1 January 2020\n\nLast updated: 2 March 2025\n";
    const found = dateFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].data).toEqual({ date: "2025-03-02" });

    const future = dateFindings("# Notice\n\nLast updated: 1 April 2027\n");
    expect(future).toHaveLength(1);
    expect(future[0].message).toContain("in the future");
    expect(future[0].data).toEqual({ date: "2027-04-01" });
  });

  it("counts 12 months to the day, and a month-only date until the month's end", () => {
    const finds = (date: string): number => dateFindings(`# Notice\n\nLast updated: ${date}\n`).length;
    expect(finds("2025-03-03")).toBe(0);
    expect(finds("2025-03-02")).toBe(1);
    expect(finds("March 2025")).toBe(0);
    expect(finds("February 2025")).toBe(1);
    expect(finds("March 2026")).toBe(0);
    expect(finds("April 2026")).toBe(1);
  });

  it("flags a labelled date that cannot be read, on the date text", () => {
    const cases = [
      ["Last updated: 31.02.2018", "31.02.2018"],
      ["Дата последнего обновления: скоро", "скоро"],
      ["Обновлено 30 февраля 2024 г.", "30 февраля 2024 г."],
      ["- Effective: sometime in 2019.", "sometime in 2019"],
    ];
    for (const [line, bad] of cases) {
      const text = `# Notice\n\n${line}\n`;
      const found = dateFindings(text);
      expect(found, line).toHaveLength(1);
      expect(coveredText(text, found[0].range), line).toBe(bad);
      expect(found[0].message).toMatch(/not a date that can be read|не распознаётся как дата/);
    }
  });
});

describe("effective-date: no date", () => {
  it("reports one finding on the title line, with a fix under the title that is not preferred", () => {
    const text = "# Privacy policy\n\nWe updated our systems in 2019. The effective date of changes is stated here.\n";
    const found = dateFindings(text);
    expect(found).toHaveLength(1);
    expect(coveredText(text, found[0].range)).toBe("# Privacy policy");
    expect(found[0].message).toContain('"Last updated: 3 March 2026"');
    expect(found[0].fixes?.[0].preferred).toBe(false);
    const fixed = applyFirstFix(text, found[0]);
    expect(fixed).toBe("# Privacy policy\n\nLast updated: 3 March 2026\n\nWe updated our systems in 2019. The effective date of changes is stated here.\n");
    expect(dateFindings(fixed)).toEqual([]);
  });

  it("speaks the document's language, and does not take a sentence about the date for the date", () => {
    const text =
      "---\ntitle: Политика\n---\n\n# Политика конфиденциальности\n\nПри изменении политики указывается дата последнего обновления. " +
      "Мы собираем имя и адрес электронной почты пользователей.\n";
    const found = dateFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].range.start.line).toBe(4);
    expect(found[0].message).toContain("Дата последнего обновления: 3 марта 2026 г.");
    const fixed = applyFirstFix(text, found[0]);
    expect(fixed).toContain("# Политика конфиденциальности\n\nДата последнего обновления: 3 марта 2026 г.\n\nПри изменении");
    expect(dateFindings(fixed)).toEqual([]);
  });

  it("puts the date above the text when there is no title, in plain text with CRLF", () => {
    const text = "We collect your name and e-mail address to answer your questions.\r\nWe keep them for one year.\r\n";
    const [found] = dateFindings(text, TODAY, "policy.txt");
    expect(found.range.start).toEqual({ line: 0, character: 0 });
    expect(applyFirstFix(text, found)).toBe(`Last updated: 3 March 2026\r\n\r\n${text}`);
  });

  it("inserts below a setext title's underline", () => {
    const text = "Privacy policy\n==============\nWe collect your name and e-mail address.\n";
    const [found] = dateFindings(text);
    expect(applyFirstFix(text, found)).toBe("Privacy policy\n==============\n\nLast updated: 3 March 2026\n\nWe collect your name and e-mail address.\n");
  });

  it("uses the configured language for the suggestion", () => {
    const [found] = dateFindings("# Policy\n\nWe collect data.\n", TODAY, "p.md", { language: "ru" });
    expect(found.message).toContain("3 марта 2026 г.");
  });
});
