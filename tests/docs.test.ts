import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRulesMarkdown } from "../server/src/engine/rules-doc";
import { LANGUAGES, RULES } from "../server/src/engine";
import { generatedFiles, ROOT } from "../scripts/generated-files";

describe("generated files", () => {
  it.each(generatedFiles().map((file) => [file.path, file.content]))("%s is what the metadata generates (run `npm run docs` when this fails)", (file, content) => {
    expect(readFileSync(path.join(ROOT, file), "utf8")).toBe(content);
  });

  it.each(LANGUAGES)("the %s rule docs have a section for every rule, so every docs link lands", (language) => {
    const doc = renderRulesMarkdown(language);
    for (const { meta } of RULES) expect(doc).toContain(`\n### ${meta.id}\n`);
  });

  it("the Russian docs are in Russian", () => {
    const doc = renderRulesMarkdown("ru");
    expect(doc).toContain("# Правила policylint");
    const missing = doc.slice(doc.indexOf("### missing-section"));
    expect(missing.split("\n")[2]).toMatch(/[а-я]{4}/);
  });

  it("gives every rule complete metadata", () => {
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(meta.description.length).toBeGreaterThan(10);
      expect(meta.explanation.length).toBeGreaterThan(40);
      expect(meta.languages.length).toBeGreaterThan(0);
    }
  });
});
