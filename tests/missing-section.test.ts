import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { insertSectionAtEdit, lint, parseDocument, RULES_BY_ID, type ElementId, type Language } from "../server/src/engine";
import type { ElementEvidence } from "../server/src/engine/elements/detect";
import type { OffsetEdit, Report } from "../server/src/engine/rule";
import { LineIndex } from "../server/src/engine/text";
import { message } from "../server/src/engine/messages";

const rule = RULES_BY_ID.get("missing-section")!;

/** Runs the rule alone on a document, with the elements the test says it has, so the detector does not matter. */
function check(text: string, fileName: string, profiles: string[], present: { id: ElementId; line: number; source?: "heading" | "text" }[], language: Language = "en"): Report[] {
  const document = parseDocument(text, fileName);
  const elements: ElementEvidence[] = present.map(({ id, line, source }) => ({
    id,
    start: document.lines.lineStart(line),
    end: document.lines.lineEnd(line),
    source: source ?? "heading",
  }));
  const reports: Report[] = [];
  rule.check({ document, language, messageLanguage: language, profiles, elements, considered: [], report: (report) => reports.push(report), message: (key, params) => message(language, key, params) });
  return reports;
}

function apply(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function fixFor(reports: Report[], element: string, index = 0): OffsetEdit[] {
  return reports.find((report) => report.data?.element === element)!.fixes![index].edits;
}

/** A section's heading words as the snippet file has them: read from the JSON, not through the engine. */
function snippetTitle(id: string, language: Language): string {
  const file = JSON.parse(readFileSync(path.join(__dirname, "..", "snippets", `policy-sections.${language}.json`), "utf8"));
  const entry = Object.values(file as Record<string, { prefix: string; body: string[] }>).find((candidate) => candidate.prefix === `policy-${id}`)!;
  return entry.body[0].replace(/^## /, "");
}

// Profiles as elements.md lists them.
const BASELINE = ["controller", "contact", "data-categories", "purposes", "recipients", "retention", "rights", "security", "changes", "effective-date"];
const CCPA = ["contact", "data-categories", "sources", "purposes", "recipients", "sale-opt-out", "sensitive-data", "rights", "non-discrimination", "authorized-agent", "do-not-track", "children", "effective-date"];

const MARKDOWN = [
  "# Privacy Policy", // 0
  "", // 1
  "Acme Ltd runs a small shop.", // 2
  "", // 3
  "## Who we are", // 4
  "", // 5
  "Acme Ltd, 1 High Street.", // 6
  "", // 7
  "## What we collect", // 8
  "", // 9
  "Your name and email address.", // 10
  "", // 11
  "### Details", // 12
  "", // 13
  "More about the data.", // 14
  "", // 15
  "## Your rights", // 16
  "", // 17
  "Ask us for a copy.", // 18
  "",
].join("\n");

describe("missing-section: what it reports", () => {
  it("reports exactly the elements the active profile requires and the document lacks", () => {
    const present: { id: ElementId; line: number }[] = [
      { id: "controller", line: 4 },
      { id: "data-categories", line: 8 },
      { id: "rights", line: 16 },
    ];
    const reports = check(MARKDOWN, "privacy.md", ["baseline"], present);
    const expected = BASELINE.filter((id) => !present.some((element) => element.id === id) && id !== "effective-date");
    expect(reports.map((report) => report.data?.element).sort()).toEqual([...expected].sort());
    for (const report of reports) expect(report.data?.profiles).toEqual(["baseline"]);
  });

  it("leaves a missing date to the effective-date rule, so it is reported once", () => {
    const result = lint({ text: "# Privacy\n\nWe collect your email address to send receipts.\n", fileName: "privacy.md" });
    const onDate = result.findings.filter((f) => f.rule === "effective-date" || f.data?.element === "effective-date");
    expect(onDate.map((f) => f.rule)).toEqual(["effective-date"]);
  });

  it("names every active profile that requires an element, and none that does not", () => {
    const reports = check(MARKDOWN, "privacy.md", ["baseline", "ccpa"], []);
    const union = new Set([...BASELINE, ...CCPA].filter((id) => id !== "effective-date"));
    expect(reports.map((report) => report.data?.element).sort()).toEqual([...union].sort());
    const profilesOf = (id: string) => reports.find((report) => report.data?.element === id)!.data!.profiles;
    expect(profilesOf("contact")).toEqual(["baseline", "ccpa"]);
    expect(profilesOf("retention")).toEqual(["baseline"]);
    expect(profilesOf("non-discrimination")).toEqual(["ccpa"]);
  });

  it("cites the legal source and lowers conditional elements, saying that a statement of non-application counts", () => {
    const reports = check(MARKDOWN, "privacy.md", ["gdpr"], []);
    const retention = reports.find((report) => report.data?.element === "retention")!;
    expect(retention.message).toContain("retention");
    expect(retention.message).toContain("13(2)(a)");
    expect(retention.message).toContain("gdpr");
    expect(retention.severity).toBeUndefined();
    expect(retention.message).not.toMatch(/does not apply/);
    const dpo = reports.find((report) => report.data?.element === "dpo")!;
    expect(dpo.severity).toBe("information");
    expect(dpo.message).toMatch(/does not apply/);
    expect(dpo.message).toContain("37(7)");
  });

  it("reports nothing when every required element is there", () => {
    const present = BASELINE.map((id) => ({ id: id as ElementId, line: 0, source: "text" as const }));
    expect(check(MARKDOWN, "privacy.md", ["baseline"], present)).toEqual([]);
  });

  it("sits on the title: the level-1 heading after front matter, else the first line of text", () => {
    const withFrontMatter = "---\nprofiles: [gdpr]\n---\n\n# Notice\n\nText.\n";
    const [first] = check(withFrontMatter, "privacy.md", ["baseline"], []);
    expect(withFrontMatter.slice(first.start, first.end)).toBe("# Notice");
    const plain = "\n\n   Privacy statement of Acme  \nWe sell shoes.\n";
    const [onLine] = check(plain, "privacy.txt", ["baseline"], []);
    expect(plain.slice(onLine.start, onLine.end)).toBe("Privacy statement of Acme");
  });

  it("says nothing about an empty document, which the command can still fill", () => {
    expect(check("", "privacy.md", ["baseline"], [])).toEqual([]);
    expect(check("---\nprofiles: [gdpr]\n---\n\n", "privacy.md", ["gdpr"], [])).toEqual([]);
    const edit = insertSectionAtEdit(parseDocument("", "privacy.md"), "retention", "en", 0);
    expect(edit.newText.startsWith(`## ${snippetTitle("retention", "en")}\n\n`)).toBe(true);
    expect(edit.newText.endsWith("\n")).toBe(false);
    expect(edit).toMatchObject({ start: 0, end: 0 });
  });
});

describe("missing-section: the quick-fix", () => {
  it("inserts after the section of the nearest earlier element, as a ## heading with blank lines around", () => {
    const reports = check(MARKDOWN, "privacy.md", ["baseline"], [
      { id: "controller", line: 4 },
      { id: "data-categories", line: 8 },
      { id: "rights", line: 16 },
    ]);
    const retention = reports.find((report) => report.data?.element === "retention")!;
    expect(retention.fixes![0].title).toMatch(/^Insert standard section: /);
    const fixed = apply(MARKDOWN, retention.fixes![0].edits);
    const title = snippetTitle("retention", "en");
    // After the whole "What we collect" section, its subsection included, and before "Your rights".
    expect(fixed).toContain(`More about the data.\n\n## ${title}\n\n`);
    expect(fixed.indexOf(`## ${title}`)).toBeLessThan(fixed.indexOf("## Your rights"));
    expect(fixed).not.toMatch(/\n\n\n/);
    // The original text is untouched around the insertion.
    expect(fixed.replace(/\n## How long[\s\S]*?(?=\n## Your rights)/, "")).toBe(MARKDOWN);
  });

  it("puts a section with no earlier element after the title and introduction", () => {
    const reports = check(MARKDOWN, "privacy.md", ["baseline"], [{ id: "data-categories", line: 8 }]);
    const fixed = apply(MARKDOWN, fixFor(reports, "controller"));
    expect(fixed).toContain(`Acme Ltd runs a small shop.\n\n## ${snippetTitle("controller", "en")}\n\n`);
  });

  it("ignores an element found in the title and a passing mention in another section's text", () => {
    const reports = check(MARKDOWN, "privacy.md", ["baseline"], [
      { id: "controller", line: 4 },
      { id: "data-categories", line: 0 },
      { id: "purposes", line: 18, source: "text" },
    ]);
    const fixed = apply(MARKDOWN, fixFor(reports, "recipients"));
    expect(fixed).toContain(`Acme Ltd, 1 High Street.\n\n## ${snippetTitle("recipients", "en")}\n\n`);
  });

  it("continues numbered plain-text headings, in Russian, with the document's CRLF line breaks", () => {
    const text = [
      "ПОЛИТИКА ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ",
      "",
      "1. Общие положения",
      "",
      "Оператор — ООО «Ромашка».",
      "",
      "2. Цели обработки",
      "",
      "Исполнение договора.",
      "",
      "3. Права субъекта",
      "",
      "Субъект вправе получать сведения.",
      "",
    ].join("\r\n");
    const reports = check(text, "политика.txt", ["ru-152fz"], [
      { id: "controller", line: 2 },
      { id: "purposes", line: 6 },
      { id: "rights", line: 10 },
    ], "ru");
    const fixed = apply(text, fixFor(reports, "legal-basis"));
    const title = snippetTitle("legal-basis", "ru");
    expect(fixed).toContain(`Исполнение договора.\r\n\r\n3. ${title}\r\n\r\n`);
    expect(fixed).not.toMatch(/(?<!\r)\n/);
    expect(fixed).not.toMatch(/^#|\*\*/m);
  });

  it("writes ALL CAPS headings where the document does", () => {
    const text = "PRIVACY NOTICE\n\nWHO WE ARE\n\nAcme Ltd.\n\nYOUR RIGHTS\n\nAsk us.\n";
    const reports = check(text, "notice.txt", ["baseline"], [{ id: "controller", line: 2 }, { id: "rights", line: 6 }]);
    const fixed = apply(text, fixFor(reports, "retention"));
    expect(fixed).toContain(`Acme Ltd.\n\n${snippetTitle("retention", "en").toUpperCase()}\n\n`);
  });

  it("writes bold headings where the document does", () => {
    const text = "**Privacy notice**\n\nAcme sells shoes.\n\n**Who we are**\n\nAcme Ltd.\n\n**Your rights**\n\nAsk us.\n";
    const reports = check(text, "notice.md", ["baseline"], [{ id: "controller", line: 4 }, { id: "rights", line: 8 }]);
    const fixed = apply(text, fixFor(reports, "retention"));
    expect(fixed).toContain(`Acme Ltd.\n\n**${snippetTitle("retention", "en")}**\n\n`);
  });

  it("gives a plain-text document without headings a plain title line and no Markdown", () => {
    const text = "Privacy statement\n\nWe are Acme Ltd and sell shoes online.\n\nWe keep orders for six years.\n";
    const reports = check(text, "privacy.txt", ["baseline"], [{ id: "controller", line: 2, source: "text" }]);
    const fixed = apply(text, fixFor(reports, "data-categories"));
    expect(fixed).toContain(`We are Acme Ltd and sell shoes online.\n\n${snippetTitle("data-categories", "en")}\n\n`);
    expect(fixed).not.toMatch(/^#|\*\*/m);
  });

  it("keeps the # headings of a Markdown page saved as plain text, and plain title lines in plain text", () => {
    const hashes = "# Privacy\n\n## Who we are\n\nAcme Ltd.\n\n## Your rights\n\nAsk us.\n";
    const fromHashes = check(hashes, "privacy.txt", ["baseline"], [{ id: "controller", line: 2 }, { id: "rights", line: 6 }]);
    expect(apply(hashes, fixFor(fromHashes, "retention"))).toContain(`Acme Ltd.\n\n## ${snippetTitle("retention", "en")}\n\n`);
    const lines = "Privacy notice\n\nWho we are\n\nAcme Ltd sells shoes.\n\nYour rights\n\nYou can ask us for a copy.\n";
    const fromLines = check(lines, "privacy.txt", ["baseline"], [{ id: "controller", line: 2 }, { id: "rights", line: 6 }]);
    expect(apply(lines, fixFor(fromLines, "retention"))).toContain(`Acme Ltd sells shoes.\n\n${snippetTitle("retention", "en")}\n\n`);
  });

  it("does not split a list when the document has no section headings", () => {
    const text = "Privacy\n\nWe collect:\n\n- your name;\n- your email.\n\nThat is all.\n";
    const reports = check(text, "privacy.md", ["baseline"], [{ id: "data-categories", line: 2, source: "text" }]);
    const fixed = apply(text, fixFor(reports, "retention"));
    expect(fixed).toContain(`- your email.\n\n## ${snippetTitle("retention", "en")}`);
  });

  it("inserts all missing sections in one non-overlapping edit set, in the Roskomnadzor order for Russian", () => {
    const text = "# Политика конфиденциальности\n\nВводный текст.\n\n## Права субъекта\n\nСубъект вправе получать сведения.\n";
    const reports = check(text, "политика.md", ["ru-152fz"], [{ id: "rights", line: 4 }], "ru");
    expect(reports.length).toBeGreaterThan(1);
    const all = reports[0].fixes![1];
    expect(all.title).toBe(message("ru", "missing-section.fixInsertAll"));
    for (const report of reports) expect(report.fixes![1].edits).toEqual(all.edits);
    const sorted = [...all.edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
    expect(new Set(sorted.map((edit) => edit.start)).size).toBe(sorted.length);

    const fixed = apply(text, all.edits);
    const position = (id: string) => fixed.indexOf(`## ${snippetTitle(id, "ru")}\n`);
    for (const report of reports) expect(position(report.data!.element as string), report.data!.element as string).toBeGreaterThan(0);
    // Roskomnadzor: purposes, then legal bases, then data and subjects, then conditions of processing.
    expect(position("purposes")).toBeLessThan(position("legal-basis"));
    expect(position("legal-basis")).toBeLessThan(position("data-categories"));
    expect(position("data-categories")).toBeLessThan(position("processing-operations"));
    // Withdrawal and complaints come after the rights section they follow.
    expect(position("withdraw-consent")).toBeGreaterThan(fixed.indexOf("## Права субъекта"));
    expect(fixed).not.toMatch(/\n\n\n/);
  });

  it("offers no insert-all fix when only one section is missing", () => {
    const present = BASELINE.filter((id) => id !== "security").map((id) => ({ id: id as ElementId, line: 0, source: "text" as const }));
    const [only] = check(MARKDOWN, "privacy.md", ["baseline"], present);
    expect(only.fixes).toHaveLength(1);
  });
});

describe("missing-section through lint", () => {
  const POLICY = "# Privacy at Acme 🙂\n\nWe sell shoes. Write to help@acme.example with questions.\n";

  it("reports elements a three-line policy cannot contain, with data and severities as the CLI's JSON needs", () => {
    const result = lint({ text: POLICY, fileName: "privacy.md", options: { profiles: ["gdpr"] } });
    const missing = result.findings.filter((finding) => finding.rule === "missing-section");
    const byElement = new Map(missing.map((finding) => [finding.data?.element, finding]));
    for (const id of ["dpo", "legal-basis", "international-transfers", "retention", "complaint", "automated-decisions", "provision-requirement"]) {
      expect(byElement.get(id), id).toBeDefined();
      expect(byElement.get(id)!.data).toEqual({ element: id, profiles: ["gdpr"] });
    }
    expect(byElement.get("retention")!.severity).toBe("warning");
    expect(byElement.get("dpo")!.severity).toBe("information");
    expect(byElement.get("dpo")!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: POLICY.indexOf("\n") } });
  });

  it("lets a configured severity win over the lower one of conditional elements", () => {
    const result = lint({ text: POLICY, fileName: "privacy.md", options: { profiles: ["gdpr"], rules: { "missing-section": "error" } } });
    const missing = result.findings.filter((finding) => finding.rule === "missing-section");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((finding) => finding.severity === "error")).toBe(true);
  });

  it("places fix edits in UTF-16 positions after Cyrillic and emoji", () => {
    const text = "# Политика 🙂 конфиденциальности\n\nМы продаём обувь 👟 и отвечаем на письма.\n";
    const result = lint({ text, fileName: "политика.md", options: { profiles: ["ru-152fz"], language: "ru" } });
    const finding = result.findings.find((candidate) => candidate.data?.element === "localization")!;
    const [edit] = finding.fixes![0].edits;
    // Inserted at the end of a line that holds Cyrillic and an emoji (two UTF-16 units).
    const line = text.split("\n")[edit.range.start.line];
    expect(line).toMatch(/🙂|👟/u);
    expect(edit.range.start).toEqual({ line: edit.range.start.line, character: line.length });
    const index = new LineIndex(text);
    const fixed = text.slice(0, index.offsetAt(edit.range.start)) + edit.newText + text.slice(index.offsetAt(edit.range.end));
    expect(fixed).toContain(`${line}\n\n## ${snippetTitle("localization", "ru")}\n\n`);
  });
});

describe("insertSectionAtEdit (the Insert Standard Section command)", () => {
  const text = "# Privacy\n\n## 1. Who we are\n\nAcme Ltd sells shoes.\nWe ship to Europe.\n\n## 2. Your rights\n\nAsk us.\n";

  it("inserts at the end of the cursor's line, numbered after the heading before it", () => {
    const document = parseDocument(text, "privacy.md");
    const cursor = text.indexOf("sells");
    const edit = insertSectionAtEdit(document, "retention", "en", cursor);
    expect(edit.start).toBe(text.indexOf("\nWe ship"));
    const fixed = apply(text, [edit]);
    expect(fixed).toContain(`Acme Ltd sells shoes.\n\n## 2. ${snippetTitle("retention", "en")}\n\n`);
    expect(fixed).toContain("\n\nWe ship to Europe.");
  });

  it("on a blank line, inserts there with one blank line either side", () => {
    const document = parseDocument(text, "privacy.md");
    const cursor = text.indexOf("\n\n## 2.") + 1;
    const fixed = apply(text, [insertSectionAtEdit(document, "children", "ru", cursor)]);
    expect(fixed).toContain(`We ship to Europe.\n\n## 2. ${snippetTitle("children", "ru")}\n\n`);
    expect(fixed).toContain("\n\n## 2. Your rights");
    expect(fixed).not.toMatch(/\n\n\n/);
  });

  it("never lands inside front matter", () => {
    const withFrontMatter = "---\nprofiles: [gdpr]\n---\n# Privacy\n";
    const document = parseDocument(withFrontMatter, "privacy.md");
    const edit = insertSectionAtEdit(document, "dpo", "en", 2);
    expect(edit.start).toBeGreaterThanOrEqual(withFrontMatter.indexOf("# Privacy"));
    expect(apply(withFrontMatter, [edit]).startsWith("---\nprofiles: [gdpr]\n---\n# Privacy\n\n## ")).toBe(true);
  });
});

describe("missing-section: the text it considered", () => {
  const text = "# Privacy Policy\n\nWe collect your email address to answer you.\n\n## How long we keep data\n\n## Contact\n\nWrite to help@example.org.\n";
  const retention = (result: ReturnType<typeof lint>) =>
    result.findings.find((finding) => finding.rule === "missing-section" && finding.data?.element === "retention");

  it("points at the nearest text and says why it did not count, in the reader's language", () => {
    const result = lint({ text, fileName: "policy.md", options: { profiles: ["gdpr"] } });
    const finding = retention(result)!;
    expect(finding.related).toEqual([{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 24 } }, message: message("en", "missing-section.considered.empty-heading") }]);
    const russian = lint({ text, fileName: "policy.md", options: { profiles: ["gdpr"], messageLanguage: "ru" } });
    expect(retention(russian)!.related![0].message).toBe(message("ru", "missing-section.considered.empty-heading"));
  });

  it("names no text when nothing came near", () => {
    const result = lint({ text: "# Privacy Policy\n\nWe collect your email address.\n", fileName: "policy.md", options: { profiles: ["gdpr"] } });
    expect(retention(result)!.related).toBeUndefined();
  });

  it("is silenced for one element by a directive, the others staying", () => {
    const silenced = lint({ text: `${text}\n<!-- policylint-disable-file missing-section:retention -->\n`, fileName: "policy.md", options: { profiles: ["gdpr"] } });
    expect(retention(silenced)).toBeUndefined();
    expect(silenced.findings.filter((finding) => finding.rule === "missing-section").length).toBeGreaterThan(0);
  });
});
