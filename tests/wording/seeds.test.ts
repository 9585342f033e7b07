import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../../server/src/engine";
import { coveredText } from "../text-edits";

const seeds = path.join(__dirname, "..", "..", "..", "shared", "corpus", "seeds");

/** The seed policies' sentences that users were promised the linter would catch (issue 6), as words the finding must cover. */
const PROMISED: [file: string, rule: string, words: string][] = [
  ["000_d32bc2d32f4af88d.txt", "liability-disclaimer", "we bear no responsibility"],
  ["000_d32bc2d32f4af88d.txt", "asset-transfer", "sell its assets"],
  ["001_99811ca69b8e3d21.txt", "unilateral-change", "может по своему усмотрению обновить"],
  ["001_99811ca69b8e3d21.txt", "consent-by-use", "Используя это приложение"],
  ["002_acc3fb1af7c7e1de.txt", "vague-recipients", "другим лицам"],
  ["004_c62b7d2638a95850.txt", "liability-disclaimer", "Компания не несет ответственность"],
];

if (existsSync(seeds)) {
  describe("the wording rules on the seed policies", () => {
    it.each(PROMISED)("%s: %s covers «%s»", (file, rule, words) => {
      const text = readFileSync(path.join(seeds, file), "utf8");
      const covered = lint({ text, fileName: file }).findings.filter((finding) => finding.rule === rule).map((finding) => coveredText(text, finding.range));
      expect(covered.some((clause) => clause.includes(words))).toBe(true);
    });

    it.each(["001_99811ca69b8e3d21.txt", "002_acc3fb1af7c7e1de.txt", "004_c62b7d2638a95850.txt"])("%s, a Russian policy, gets every message in Russian", (file) => {
      const result = lint({ text: readFileSync(path.join(seeds, file), "utf8"), fileName: file });
      expect(result.language).toBe("ru");
      expect(result.findings.length).toBeGreaterThan(0);
      // Rule ids, law names and quoted words may be in any language; the message around them is Russian.
      for (const finding of result.findings) {
        const own = finding.message.replace(/«[^»]*»|"[^"]*"/gu, "");
        expect(own, finding.rule).toMatch(/[а-яё]{3,}/i);
        expect(own, finding.rule).not.toMatch(/(?<![\p{L}])(?:the|and|should|add|remove)(?![\p{L}])/iu);
      }
    });
  });
} else {
  describe("the wording rules on the seed policies", () => {
    it(`skip: ${seeds} does not exist on this machine`, () => {
      console.warn(`seed policy tests skipped: ${seeds} not found`);
      expect(existsSync(seeds)).toBe(false);
    });
  });
}
