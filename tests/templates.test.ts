import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ELEMENT_IDS, ELEMENT_INFO, lint, RULES_BY_ID, sectionTemplate, sectionText, standardSectionChoices, type Language } from "../server/src/engine";
import { snippetToText, type SnippetEntry } from "../server/src/engine/templates";

const LANGUAGES: Language[] = ["en", "ru"];

/** The snippet files as VS Code reads them: plain JSON, not through the engine. */
function snippetFile(language: Language): Record<string, SnippetEntry> {
  return JSON.parse(readFileSync(path.join(__dirname, "..", "snippets", `policy-sections.${language}.json`), "utf8"));
}

/** The default texts of a snippet body's tab stops, in order, read with a regex of the test's own. */
function tabStops(body: string[]): { number: number; text: string }[] {
  return [...body.join("\n").matchAll(/\$\{(\d+):([^}]*)\}/g)].map((match) => ({ number: Number(match[1]), text: match[2] }));
}

const placeholderRule = RULES_BY_ID.get("placeholder")!;

describe("snippet files", () => {
  for (const language of LANGUAGES) {
    it(`${language}: one snippet per element, prefix policy-<id>, heading first`, () => {
      const entries = Object.values(snippetFile(language));
      expect(entries.map((entry) => entry.prefix).sort()).toEqual(ELEMENT_IDS.map((id) => `policy-${id}`).sort());
      for (const entry of entries) {
        expect(entry.body[0]).toMatch(/^## \S/);
        expect(entry.body[1]).toBe("");
        expect(entry.body.length).toBeGreaterThan(2);
      }
    });

    it(`${language}: tab stops run 1, 2, 3, ... and every one is an ALL-CAPS bracketed blank`, () => {
      for (const entry of Object.values(snippetFile(language))) {
        const stops = tabStops(entry.body);
        expect(stops.map((stop) => stop.number), entry.prefix).toEqual(stops.map((_, i) => i + 1));
        for (const { text } of stops) {
          expect(text.trim(), entry.prefix).toMatch(/^\[[^\][]+\]$/);
          const letters = text.replace(/[^\p{L}]/gu, "");
          expect(letters, entry.prefix).toBe(letters.toUpperCase());
        }
      }
    });

    it(`${language}: descriptions say the language and the element`, () => {
      for (const [key, entry] of Object.entries(snippetFile(language))) {
        const id = entry.prefix.slice("policy-".length) as (typeof ELEMENT_IDS)[number];
        expect(entry.description).toContain(language === "en" ? "in English" : "на русском");
        expect(key).toContain(ELEMENT_INFO[id].name[language]);
      }
    });
  }

  it("answer the same prefixes in both languages", () => {
    const prefixes = (language: Language) => Object.values(snippetFile(language)).map((entry) => entry.prefix).sort();
    expect(prefixes("ru")).toEqual(prefixes("en"));
  });
});

describe("snippetToText", () => {
  it("keeps placeholder defaults, drops bare tab stops and unescapes", () => {
    expect(snippetToText("Pay \\$5 to ${1:[NAME]} by $2${3} \\} \\\\ end$0")).toBe("Pay $5 to [NAME] by  } \\ end");
    expect(snippetToText("${1:outer ${2:inner}} done")).toBe("outer inner done");
  });

  it("rejects syntax it cannot turn into text", () => {
    expect(() => snippetToText("${TM_FILENAME}")).toThrow(/unsupported/);
    expect(() => snippetToText("${1:open")).toThrow(/unclosed/);
  });
});

describe("templates", () => {
  for (const language of LANGUAGES) {
    it(`${language}: every element has a title and a body, with the snippet's words and no snippet syntax`, () => {
      const file = Object.values(snippetFile(language));
      for (const id of ELEMENT_IDS) {
        const template = sectionTemplate(id, language);
        const entry = file.find((candidate) => candidate.prefix === `policy-${id}`)!;
        expect(template.title).toBe(entry.body[0].slice(3));
        expect(template.body.length).toBeGreaterThan(40);
        expect(template.body).not.toMatch(/\$\{|\$\d/);
        for (const stop of tabStops(entry.body)) expect(template.body).toContain(stop.text.trim());
      }
    });

    it(`${language}: the placeholder rule flags every blank, and nothing else, in Markdown and plain text`, () => {
      for (const entry of Object.values(snippetFile(language))) {
        const id = entry.prefix.slice("policy-".length) as (typeof ELEMENT_IDS)[number];
        const blanks = tabStops(entry.body).map((stop) => stop.text.trim());
        for (const [fileName, format] of [["policy.md", "markdown"], ["policy.txt", "plaintext"]] as const) {
          const text = `Privacy\n\n${sectionText(id, language, format)}\n`;
          const found = lint({ text, fileName, rules: [placeholderRule] }).findings.map((finding) => finding.data?.text);
          expect(found, `${entry.prefix} in ${format}`).toEqual(blanks);
        }
      }
    });
  }

  it("offers a does-not-apply alternative for each conditional element, and only for those", () => {
    for (const language of LANGUAGES) {
      for (const id of ELEMENT_IDS) {
        const labels = sectionTemplate(id, language).body.match(/^\[(?:IF|ЕСЛИ) [^\]]+\]/gmu) ?? [];
        expect(labels.length, `${language} ${id}`).toBe(ELEMENT_INFO[id].conditional ? 2 : 0);
      }
    }
  });
});

describe("sectionText", () => {
  it("writes the heading the way it is asked, and no Markdown into plain text", () => {
    const title = sectionTemplate("retention", "en").title;
    expect(sectionText("retention", "en", "markdown").split("\n").slice(0, 2)).toEqual([`## ${title}`, ""]);
    const fancy = { markdownLevel: 3, caps: true, bold: false, numbering: "4." };
    expect(sectionText("retention", "en", "markdown", fancy).split("\n")[0]).toBe(`### 4. ${title.toUpperCase()}`);
    const plain = sectionText("retention", "en", "plaintext");
    expect(plain.split("\n").slice(0, 2)).toEqual([title, ""]);
    expect(plain).not.toMatch(/^#|\*\*/m);
    const numbered = sectionText("retention", "en", "plaintext", { markdownLevel: 0, caps: false, bold: false, numbering: "IV." });
    expect(numbered.split("\n")[0]).toBe(`IV. ${title}`);
  });

  it("upper-cases Russian titles and uses the line break it is given", () => {
    const title = sectionTemplate("retention", "ru").title;
    const text = sectionText("retention", "ru", "plaintext", { markdownLevel: 0, caps: true, bold: false }, "\r\n");
    expect(text.startsWith(`${title.toUpperCase()}\r\n\r\n`)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});

describe("standardSectionChoices", () => {
  it("lists all 29 elements, the missing ones for the active profiles first", () => {
    const found = [{ id: "controller" }, { id: "contact" }, { id: "retention" }];
    const choices = standardSectionChoices(found, ["baseline"], "en");
    expect(choices).toHaveLength(29);
    expect(new Set(choices.map((choice) => choice.id)).size).toBe(29);
    // baseline per elements.md, minus what was found.
    const expectedMissing = ["data-categories", "purposes", "recipients", "rights", "security", "changes", "effective-date"];
    const missing = choices.filter((choice) => choice.missing);
    expect(missing.map((choice) => choice.id).sort()).toEqual([...expectedMissing].sort());
    expect(choices.slice(0, missing.length)).toEqual(missing);
    expect(missing.every((choice) => choice.requiredBy.join() === "baseline")).toBe(true);
    expect(choices.find((choice) => choice.id === "retention")).toMatchObject({ missing: false, requiredBy: ["baseline"] });
    expect(choices.find((choice) => choice.id === "cookies")).toMatchObject({ missing: false, requiredBy: [] });
  });

  it("names the elements in the document's language", () => {
    const choices = standardSectionChoices([], ["ru-152fz"], "ru");
    const localization = choices.find((choice) => choice.id === "localization")!;
    expect(localization.missing).toBe(true);
    expect(localization.name).toMatch(/\p{Script=Cyrillic}/u);
    expect(localization.description).toMatch(/\p{Script=Cyrillic}/u);
  });
});
