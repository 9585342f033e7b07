import { describe, expect, it } from "vitest";
import { lint, parseDocument } from "../server/src/engine";

interface Found {
  source: "heading" | "text";
  text: string;
}

/** Lints a text and returns each element found with the exact source text its evidence range covers. */
function elementsOf(text: string, fileName: string): Map<string, Found> {
  const result = lint({ text, fileName });
  const lines = result.document!.lines;
  return new Map(
    result.elements.map((element) => [
      element.id,
      { source: element.source, text: text.slice(lines.offsetAt(element.range.start), lines.offsetAt(element.range.end)) },
    ]),
  );
}

describe("element detection in English", () => {
  const markdown = [
    "# Privacy Policy",
    "",
    "Last updated: 3 March 2024",
    "",
    "## Who we are",
    "",
    "Northwind Labs Ltd runs the Northwind app.",
    "",
    "## How long we keep your data",
    "",
    "Logs go away after a while.",
    "",
    "## Your rights",
    "",
    "Ask us anything.",
    "",
    "## Cookies",
    "",
    "We set a single session cookie.",
    "",
  ].join("\n");

  it("takes elements from Markdown headings, with the heading as evidence", () => {
    const found = elementsOf(markdown, "policy.md");
    expect(found.get("retention")).toEqual({ source: "heading", text: "## How long we keep your data" });
    expect(found.get("rights")).toEqual({ source: "heading", text: "## Your rights" });
    expect(found.get("controller")).toEqual({ source: "heading", text: "## Who we are" });
    expect(found.get("cookies")).toEqual({ source: "heading", text: "## Cookies" });
    expect(found.get("effective-date")).toEqual({ source: "text", text: "Last updated: 3 March 2024" });
    expect(found.has("children")).toBe(false);
    expect(found.has("sale-opt-out")).toBe(false);
  });

  it("reads a one-paragraph policy sentence by sentence, negative statements included", () => {
    const text =
      "We are Bluefin Software GmbH. We collect your name, email address and IP address when you sign up. " +
      "We keep account records for 24 months after you close your account. " +
      "We do not sell personal information. " +
      "We do not transfer data outside the EEA. " +
      "You can withdraw your consent at any time in the settings. " +
      "Our service is not intended for children under 13.";
    const found = elementsOf(text, "notice.txt");
    expect(found.get("data-categories")?.text).toBe("We collect your name, email address and IP address when you sign up.");
    expect(found.get("retention")?.text).toBe("We keep account records for 24 months after you close your account.");
    expect(found.get("sale-opt-out")?.text).toBe("We do not sell personal information.");
    expect(found.get("international-transfers")?.text).toBe("We do not transfer data outside the EEA.");
    expect(found.get("children")?.text).toBe("Our service is not intended for children under 13.");
    expect(found.get("withdraw-consent")?.text).toBe("You can withdraw your consent at any time in the settings.");
    expect(found.get("controller")?.text).toBe("We are Bluefin Software GmbH.");
    for (const element of found.values()) expect(element.source).toBe("text");
    expect(found.has("dpo")).toBe(false);
    expect(found.has("complaint")).toBe(false);
  });

  it("finds CCPA-style disclosures", () => {
    const text = [
      "You may use an authorized agent to submit a request to know or delete on your behalf.",
      "We will not discriminate against you for exercising any of your rights.",
      "We honor the Global Privacy Control signal as a request to opt out.",
      "We will respond to your request within 45 days.",
    ].join("\n\n");
    const found = elementsOf(text, "ccpa.txt");
    expect([...found.keys()]).toEqual(expect.arrayContaining(["authorized-agent", "non-discrimination", "do-not-track", "request-response-time"]));
    expect(found.get("request-response-time")?.text).toBe("We will respond to your request within 45 days.");
  });

  it("does not see elements in text about something else", () => {
    const text = "Preheat the oven. Mix flour, sugar and two eggs in a bowl. Bake the cake until golden, then let it cool.";
    expect([...elementsOf(text, "recipe.txt").keys()]).toEqual([]);
  });
});

describe("element detection in Russian", () => {
  it("takes elements from numbered clause headings and survives inflection and ё", () => {
    const text = [
      "ПОЛИТИКА В ОТНОШЕНИИ ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
      "1. Общие положения",
      "1.1. Оператор — ООО «Ромашка» (далее — Оператор).",
      "2. Объём и категории обрабатываемых персональных данных",
      "2.1. Оператор обрабатывает фамилию, имя, номер телефона.",
      "3. Сроки хранения",
      "3.1. Данные уничтожаются по достижении целей обработки.",
      "4. Права субъекта персональных данных",
      "4.1. Субъект вправе требовать уточнения своих данных.",
      "",
    ].join("\n");
    const found = elementsOf(text, "politika.txt");
    expect(found.get("data-categories")).toEqual({ source: "heading", text: "2. Объём и категории обрабатываемых персональных данных" });
    expect(found.get("retention")).toEqual({ source: "heading", text: "3. Сроки хранения" });
    expect(found.get("rights")).toEqual({ source: "heading", text: "4. Права субъекта персональных данных" });
    // The clause number is not part of the sentence.
    expect(found.get("controller")?.text).toBe("Оператор — ООО «Ромашка» (далее — Оператор).");
  });

  it.each([
    ["Срок хранения персональных данных составляет 3 года."],
    ["Сроки хранения определяются целями обработки."],
    ["Мы храним ваши данные не дольше, чем это нужно для целей обработки."],
    ["Данные хранятся в течение 5 лет с даты последнего входа."],
  ])("finds retention in «%s»", (sentence) => {
    expect(elementsOf(`Общие сведения о сервисе.\n\n${sentence}`, "p.txt").get("retention")?.text).toBe(sentence);
  });

  it("counts negative and conditional statements as disclosures", () => {
    const text = [
      "Сервис не предназначен для лиц младше 14 лет.",
      "Оператор не осуществляет трансграничную передачу персональных данных.",
      "Мы не продаём персональные данные пользователей.",
      "Оператор не принимает решений, порождающих юридические последствия, на основании исключительно автоматизированной обработки.",
    ].join("\n");
    const found = elementsOf(text, "p.txt");
    expect(found.get("children")?.text).toBe("Сервис не предназначен для лиц младше 14 лет.");
    expect(found.get("international-transfers")?.text).toBe("Оператор не осуществляет трансграничную передачу персональных данных.");
    expect(found.get("sale-opt-out")?.text).toBe("Мы не продаём персональные данные пользователей.");
    expect(found.get("automated-decisions")?.text).toMatch(/^Оператор не принимает решений/);
  });

  it("finds 152-FZ elements in body text", () => {
    const text = [
      "Оператор осуществляет сбор, запись, систематизацию, накопление, хранение, уточнение, извлечение и уничтожение персональных данных.",
      "Запись и хранение персональных данных граждан Российской Федерации осуществляются с использованием баз данных, находящихся на территории Российской Федерации.",
      "Субъект вправе отозвать согласие на обработку персональных данных, направив письмо Оператору.",
      "Субъект может обжаловать действия Оператора в Роскомнадзор или в судебном порядке.",
      "Оператор отвечает на запрос субъекта в течение 10 рабочих дней с даты его получения.",
      "Редакция от 01.09.2024.",
    ].join("\n\n");
    const found = elementsOf(text, "p.txt");
    expect(found.get("processing-operations")?.text).toMatch(/^Оператор осуществляет сбор, запись/);
    expect(found.get("localization")?.text).toMatch(/^Запись и хранение персональных данных граждан/);
    expect(found.get("withdraw-consent")?.text).toMatch(/^Субъект вправе отозвать согласие/);
    expect(found.get("complaint")?.text).toMatch(/^Субъект может обжаловать/);
    expect(found.get("request-response-time")?.text).toMatch(/^Оператор отвечает на запрос/);
    expect(found.get("effective-date")?.text).toBe("Редакция от 01.09.2024.");
  });

  it("does not take a glossary's definitions, or the date of a law, as disclosures", () => {
    const text = [
      "1. Основные понятия",
      "1.1. Трансграничная передача персональных данных — передача персональных данных на территорию иностранного государства.",
      "2. Правовые основания",
      "2.1. Оператор обрабатывает данные на основании Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных».",
      "",
    ].join("\n");
    const found = elementsOf(text, "p.txt");
    expect(found.has("international-transfers")).toBe(false);
    expect(found.has("effective-date")).toBe(false);
    expect(found.get("legal-basis")).toEqual({ source: "heading", text: "2. Правовые основания" });
  });
});

describe("evidence ranges", () => {
  it("point at the right text after emoji and Cyrillic, and name each element once", () => {
    const text = "🙂 Привет! Мы используем файлы cookie для входа. 🙂 Файлы cookie можно отключить в браузере.";
    const result = lint({ text, fileName: "p.txt" });
    const ids = result.elements.map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cookies = result.elements.find((element) => element.id === "cookies")!;
    const lines = result.document!.lines;
    expect(text.slice(lines.offsetAt(cookies.range.start), lines.offsetAt(cookies.range.end))).toBe("Мы используем файлы cookie для входа.");
  });
});

describe("plain-text headings", () => {
  it("reads short title lines and Markdown hashes in a .txt file", () => {
    const text = "Privacy Notice\nWe collect your email address to send receipts.\n\n## Storage period\n\nWe delete receipts after 2 years.\n";
    const doc = parseDocument(text, "notice.txt");
    expect(doc.headings.map((h) => [h.title, h.style])).toEqual([
      ["Privacy Notice", "line"],
      ["Storage period", "markdown"],
    ]);
    expect(elementsOf(text, "notice.txt").get("retention")).toEqual({ source: "heading", text: "## Storage period" });
  });

  it("takes long numbered clause titles but not numbered lead-ins that end in a colon", () => {
    const text =
      "1. Персональная информация пользователей, которую получает и обрабатывает облачный сервис учёта и его мобильные приложения\n" +
      "1.1. Под персональной информацией понимаются:\n" +
      "1.1.1. данные, которые пользователь вводит сам.\n";
    const doc = parseDocument(text, "p.txt");
    expect(doc.headings.map((h) => h.style)).toEqual(["numbered"]);
    expect(doc.headings[0].title).toMatch(/^Персональная информация пользователей/);
  });
});

describe("structure that real policies share", () => {
  it("keeps Russian addresses and legal references in one sentence, but ends one after «2024 г.»", () => {
    const text =
      "Оператор: ООО «Север», 125009, г. Москва, ул. Тверская, д. 7, второй этаж. " +
      "Основание: п. 5 ч. 1 ст. 6 Федерального закона. Редакция от 2 сентября 2024 г. Политика действует бессрочно.";
    const doc = parseDocument(text, "p.txt");
    const sentences = doc.blocks.flatMap((block) => block.sentences.map((sentence) => text.slice(sentence.start, sentence.end)));
    expect(sentences).toContain("Основание: п. 5 ч. 1 ст. 6 Федерального закона.");
    expect(sentences.some((sentence) => sentence.includes("г. Москва, ул. Тверская, д. 7"))).toBe(true);
    expect(sentences).toContain("Политика действует бессрочно.");
  });

  it("reads a run-in heading that opens a paragraph, after any sentence that says it outright", () => {
    const text =
      "Acme Ltd runs this site. Service providers. We use a hosting company and a mailing firm.\n\n" +
      "Keeping and deleting. Your account goes when you close it.\n";
    const found = elementsOf(text, "p.txt");
    expect(found.get("retention")).toEqual({ source: "text", text: "Keeping and deleting." });
    expect(found.get("recipients")?.text).toBe("We use a hosting company and a mailing firm.");
  });

  it("does not take the document's own title for a section", () => {
    const found = elementsOf("# Политика обработки и защиты персональных данных\n\nНастоящая политика описывает обработку данных.\n", "p.md");
    expect(found.has("security")).toBe(false);
  });

  it("stays fast on long runs of dashes, hyphens and table rules", () => {
    const texts = ["- ".repeat(2000), "a-".repeat(2000), `| Data | Period |\n|${"-".repeat(2000)}|${"-".repeat(2000)}|\n| Logs | 30 days |`];
    for (const text of texts) {
      const started = performance.now();
      lint({ text, fileName: "p.md" });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it("does not read 'All rights reserved' or 'you are responsible for the information you post' as disclosures", () => {
    const found = elementsOf("You are responsible for the information you post. All rights reserved.", "p.txt");
    expect(found.has("rights")).toBe(false);
    expect(found.has("controller")).toBe(false);
  });
});

describe("what does not count as a disclosure", () => {
  const found = (text: string, fileName = "policy.md"): string[] => [...elementsOf(text, fileName).keys()];

  it("a heading with nothing under it, in English and Russian, but a heading whose subsection has text counts", () => {
    expect(found("# Privacy\n\nWe collect your name.\n\n## How long we keep data\n\n## Contact\n\nWrite to help@example.org.\n")).not.toContain("retention");
    expect(found("# Политика\n\nМы собираем имя.\n\n## Сроки хранения\n\n## Контакты\n\nПишите на help@example.org.\n")).not.toContain("retention");
    expect(found("# Privacy\n\n## Retention\n\n### Accounts\n\nAccounts are erased when closed.\n")).toContain("retention");
  });

  it("a heading that lists several topics: only the text under it tells which it covers", () => {
    const text = "# Политика\n\n## 4. Категории данных, источники их получения, сроки хранения\n\nМы обрабатываем имя и телефон клиентов.\n";
    const elements = found(text);
    expect(elements).toContain("data-categories");
    expect(elements).not.toContain("sources");
    expect(elements).not.toContain("retention");
  });

  it("a definition of the law's term outside a glossary section", () => {
    const text = "# Политика\n\n1.4.2. Трансграничная передача персональных данных — передача данных на территорию иностранного государства.\n\nМы собираем имя.\n";
    expect(found(text)).not.toContain("international-transfers");
    expect(found("# Policy\n\n“Cross-border transfer” means moving data to another country.\n\nWe collect your name.\n")).not.toContain("international-transfers");
  });

  it("a bare reference to another document, but a sentence that says more beside it still counts", () => {
    expect(found("# Политика\n\nМы собираем имя. О сроках хранения см. Пользовательское соглашение.\n")).not.toContain("retention");
    expect(found("# Privacy\n\nWe collect your name. For our retention periods, see our main privacy policy.\n")).not.toContain("retention");
    expect(found("# Privacy\n\nWe keep invoices for seven years after the sale, as described in our finance policy.\n")).toContain("retention");
  });

  it("the operator's duties towards Roskomnadzor are no complaint right and no answer time to the subject", () => {
    const text = "# Политика\n\nОператор обязан сообщить в уполномоченный орган по защите прав субъектов персональных данных по запросу этого органа необходимую информацию в течение 10 дней.\n";
    const elements = found(text);
    expect(elements).not.toContain("complaint");
    expect(elements).not.toContain("request-response-time");
    expect(found("# Политика\n\nВы вправе обжаловать наши действия в уполномоченный орган по защите прав субъектов персональных данных.\n")).toContain("complaint");
  });
});

describe("shapes of published policies", () => {
  const found = (text: string, fileName = "policy.txt"): string[] => [...elementsOf(text, fileName).keys()];

  it("reads generated title lines dressed as '> Title :-' in plain text", () => {
    const text = "Privacy Policy\n\nWe collect your email address.\n\n>   Security :- \nWe value the trust you place in us.\n";
    expect(parseDocument(text, "policy.txt").headings.map((heading) => heading.title)).toContain("Security");
    expect(found(text)).toContain("security");
  });

  it("names a sole trader as the operator, and a developer whose name has accents as the provider", () => {
    expect(found("Политика действует в отношении информации, которую ИП Сидорова Е.В. получает от посетителей сайта.")).toContain("controller");
    expect(found("This app is provided by Zoë Hartmann at no cost.")).toContain("controller");
  });

  it("reads request deadlines counted from the subject's request and retention until a reasonable time after refusal", () => {
    expect(found("В срок, не превышающий семи рабочих дней со дня предоставления субъектом сведений, оператор вносит изменения.")).toContain("request-response-time");
    expect(found("Уничтожение персональных данных производится оператором в разумный срок после отказа пользователя от договора.")).toContain("retention");
    expect(found("Пользователь также может удалить указанную им в учётной записи информацию.")).toContain("rights");
  });

  it("reads a date with a comma after the day", () => {
    expect(found("This policy is effective as of 19, May, 2021.")).toContain("effective-date");
  });
});
