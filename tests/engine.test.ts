import { describe, expect, it } from "vitest";
import { RULES, lint, parseDocument, type LintRequest, type Rule } from "../server/src/engine";
import { LineIndex, wordPattern } from "../server/src/engine/text";

describe("LineIndex", () => {
  it("maps offsets to UTF-16 positions across LF, CRLF, Cyrillic and emoji", () => {
    const text = "a🙂b\r\nЖук\nend";
    const lines = new LineIndex(text);
    expect(lines.positionAt(text.indexOf("b"))).toEqual({ line: 0, character: 3 });
    expect(lines.positionAt(text.indexOf("Жук") + 2)).toEqual({ line: 1, character: 2 });
    expect(lines.positionAt(text.indexOf("end"))).toEqual({ line: 2, character: 0 });
    expect(lines.offsetAt({ line: 1, character: 1 })).toBe(text.indexOf("ук"));
    expect(lines.lineEnd(0)).toBe(text.indexOf("\r"));
  });
});

describe("wordPattern", () => {
  it("respects word boundaries in Cyrillic, which \\b does not", () => {
    const pattern = wordPattern("срок");
    expect("сроки хранения".match(pattern)).toBeNull();
    expect("в срок, указанный".match(pattern)?.[0]).toBe("срок");
  });
});

describe("parseDocument", () => {
  it("keeps a list item's indented paragraph as prose where a long text is cut into runs", () => {
    const item = "10. " + "We collect your name and email address to run the service. ".repeat(70);
    const text = `${item}\n\n    We keep logs for thirty days.\n`;
    const doc = parseDocument(text, "privacy.md");
    expect(doc.runs.length).toBe(1);
    expect(doc.blocks.flatMap((block) => block.sentences.map((sentence) => sentence.prose))).toContain("We keep logs for thirty days.");
  });

  it("reads Markdown headings, front matter, blocks and sentences", () => {
    const text = "---\ntitle: Notice\nprofiles: [gdpr]\n---\n# Privacy\n\nWe collect email. We keep it for a year.\n\n**Your rights**\n\nAsk us.\n";
    const doc = parseDocument(text, "privacy.md");
    expect(doc.frontMatter?.data).toEqual({ title: "Notice", profiles: ["gdpr"] });
    expect(doc.headings.map((h) => [h.title, h.level, h.style])).toEqual([
      ["Privacy", 1, "markdown"],
      ["Your rights", 3, "bold"],
    ]);
    const paragraph = doc.blocks.find((block) => block.kind === "paragraph")!;
    expect(paragraph.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["We collect email.", "We keep it for a year."]);
    expect(doc.sections.map((section) => section.heading?.title)).toEqual(["Privacy", "Your rights"]);
    // Front matter and markup are not prose.
    expect(doc.prose.includes("title")).toBe(false);
    expect(doc.prose.length).toBe(text.length);
  });

  it("finds front matter, numbered and ALL-CAPS headings in plain text", () => {
    const text = "---\nlanguage: ru\n---\nПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ\n1. Общие положения\n1.1. Настоящая политика действует для всех пользователей сервиса.\n2. Сроки хранения\n";
    const doc = parseDocument(text, "policy.txt");
    expect(doc.format).toBe("plaintext");
    expect(doc.frontMatter?.data).toEqual({ language: "ru" });
    expect(doc.headings.map((h) => [h.title, h.style])).toEqual([
      ["ПОЛИТИКА КОНФИДЕНЦИАЛЬНОСТИ", "caps"],
      ["Общие положения", "numbered"],
      ["Сроки хранения", "numbered"],
    ]);
    expect(doc.detectedLanguage).toBe("ru");
  });

  it("keeps wrapped plain-text lines in one block", () => {
    const text = "We collect the name and\nemail address you give us.\nWe never sell them.";
    const doc = parseDocument(text, "policy.txt");
    expect(doc.blocks.map((block) => text.slice(block.start, block.end))).toEqual([
      "We collect the name and\nemail address you give us.",
      "We never sell them.",
    ]);
  });

  it("tells English from Russian and declines to guess on too little text", () => {
    expect(parseDocument("We process personal data of our customers.", "a.txt").detectedLanguage).toBe("en");
    expect(parseDocument("Мы обрабатываем персональные данные клиентов Google.", "a.txt").detectedLanguage).toBe("ru");
    expect(parseDocument("OK", "a.txt").detectedLanguage).toBeUndefined();
  });
});

describe("lint", () => {
  // These tests are about the pipeline, so they run only the two document-hygiene rules.
  const hygiene = RULES.filter((rule) => rule.meta.category === "hygiene");
  const lintHygiene = (request: LintRequest) => lint({ ...request, rules: request.rules ?? hygiene });
  const artifactText = (prefix: string) => `${prefix}We keep data.[image: a.png]\n`;

  it("honours inline disable comments: next line, region and file, in Markdown and plain text", () => {
    const markdown = [
      "<!-- policylint-disable-next-line conversion-artifact -->",
      "One [image: a.png]",
      "Two [image: b.png]",
      "<!-- policylint-disable -->",
      "Three [image: c.png] [COMPANY]",
      "<!-- policylint-enable -->",
      "Four [image: d.png]",
    ].join("\n");
    const lines = lintHygiene({ text: markdown, fileName: "p.md" }).findings.map((f) => f.range.start.line);
    expect(lines).toEqual([2, 6]);

    const inline = "One [image: a.png] <!-- policylint-disable-line conversion-artifact -->\nTwo [image: b.png] <!-- policylint-disable-line placeholder -->\n";
    expect(lintHygiene({ text: inline, fileName: "p.md" }).findings.map((f) => f.range.start.line)).toEqual([1]);

    const plain = "// policylint-disable-file conversion-artifact\n" + artifactText("") + "[COMPANY NAME]";
    const rules = lintHygiene({ text: plain, fileName: "p.txt" }).findings.map((f) => f.rule);
    expect(rules).toEqual(["placeholder"]);
  });

  it("applies settings, front matter and overrides in that order", () => {
    const text = "---\nprofiles: gdpr\nlanguage: en\n---\n" + artifactText("Мы храним данные. ");
    const fromFrontMatter = lintHygiene({ text, fileName: "p.md", options: { profiles: ["ccpa"] } });
    expect(fromFrontMatter.profiles).toEqual(["gdpr"]);
    expect(fromFrontMatter.language).toBe("en");
    const overridden = lintHygiene({ text, fileName: "p.md", overrides: { profiles: ["coppa"], language: "ru" } });
    expect(overridden.profiles).toEqual(["coppa"]);
    expect(overridden.language).toBe("ru");
    const off = lintHygiene({ text, fileName: "p.md", options: { rules: { "conversion-artifact": "off" } } });
    expect(off.findings).toEqual([]);
    const hint = lintHygiene({ text, fileName: "p.md", options: { rules: { "conversion-artifact": "hint" } } });
    expect(hint.findings.map((f) => f.severity)).toEqual(["hint"]);
  });

  it("reports bad front matter once, by key, and lints with defaults", () => {
    const text = "---\nprofiles: [gdpr, hipaa]\nlanguage: klingon\n---\n" + artifactText("");
    const result = lintHygiene({ text, fileName: "p.md" });
    expect(result.problems.map((p) => [p.source, p.key])).toEqual([
      ["front matter", "profiles"],
      ["front matter", "language"],
    ]);
    expect(result.profiles).toEqual(["gdpr"]);
    expect(result.findings.map((f) => f.rule)).toEqual(["conversion-artifact"]);
    const broken = lintHygiene({ text: "---\nprofiles: [gdpr\n---\nText", fileName: "p.md" });
    expect(broken.problems[0].message).toMatch(/not valid YAML/);
  });

  it("skips a rule that throws and keeps the others", () => {
    const throwing: Rule = {
      meta: { ...RULES[0].meta, id: "boom" },
      check() {
        throw new Error("kaboom");
      },
    };
    const result = lintHygiene({ text: artifactText(""), fileName: "p.md", rules: [throwing, ...hygiene] });
    expect(result.ruleFailures).toEqual([{ rule: "boom", message: "kaboom" }]);
    expect(result.findings.map((f) => f.rule)).toEqual(["conversion-artifact"]);
  });

  it("refuses binary and oversized text with a reason, and stops when cancelled", () => {
    expect(lintHygiene({ text: "abc\u0000def", fileName: "p.txt" }).error).toMatch(/binary/);
    expect(lintHygiene({ text: "a".repeat(10 * 1024 * 1024 + 1), fileName: "p.txt" }).error).toMatch(/too large/);
    expect(lintHygiene({ text: artifactText(""), fileName: "p.md", isCancelled: () => true }).cancelled).toBe(true);
    expect(lintHygiene({ text: "", fileName: "p.md" }).findings).toEqual([]);
  });
});
