import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRulesMarkdown } from "../server/src/engine/rules-doc";
import { RULES } from "../server/src/engine";

describe("docs/rules.md", () => {
  it("is what the rules' metadata generates (run `npm run docs` when this fails)", () => {
    const onDisk = readFileSync(path.join(__dirname, "..", "docs", "rules.md"), "utf8");
    expect(onDisk).toBe(renderRulesMarkdown());
  });

  it("has a section for every rule, so every docs link lands", () => {
    const doc = renderRulesMarkdown();
    for (const { meta } of RULES) expect(doc).toContain(`\n### ${meta.id}\n`);
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
