import { describe, expect, it } from "vitest";
import { lint, type LintOptions } from "../server/src/engine";
import { validateOptions } from "../server/src/engine/config";
import { readingEase, syllables } from "../server/src/engine/plain/readability";

/** Each plain-language finding with the exact text its range covers. */
function findings(text: string, options?: LintOptions, fileName = "policy.md") {
  const result = lint({ text, fileName, options });
  expect(result.ruleFailures).toEqual([]);
  const lines = result.document!.lines;
  return result.findings
    .filter((finding) => finding.rule === "plain-language")
    .map((finding) => ({ ...finding, text: text.slice(lines.offsetAt(finding.range.start), lines.offsetAt(finding.range.end)) }));
}

const words = (count: number, word = "data"): string => Array.from({ length: count }, () => word).join(" ");

describe("plain-language: long sentences", () => {
  it("reports a sentence past the limit, in English and Russian, and not one at it", () => {
    const long = `We keep ${words(49)} safe.`;
    expect(findings(`# Policy\n\n${long} We keep it short.\n`).map((finding) => finding.text)).toEqual([long]);
    expect(findings(`# Policy\n\nWe keep ${words(47)} safe.\n`)).toEqual([]);
    const russian = `Мы храним ${words(54, "данные")} бережно.`;
    expect(findings(`# Политика\n\n${russian}\n`).map((finding) => finding.text)).toEqual([russian]);
  });

  it("takes its limit from the options, per language or one number for both", () => {
    const text = `# Policy\n\nWe keep ${words(20)} safe.\n`;
    expect(findings(text, { plainLanguage: { maxSentenceWords: { en: 20 } } })).toHaveLength(1);
    expect(findings(text, { plainLanguage: { maxSentenceWords: { ru: 20 } } })).toEqual([]);
  });

  it("keeps ranges exact after emoji and Cyrillic", () => {
    const long = `Мы 🙂 храним ${words(54, "данные")}.`;
    expect(findings(`# Политика 🔒\n\nЁж 🦔 живёт тут. ${long}\n`).map((finding) => finding.text)).toEqual([long]);
  });
});

describe("plain-language: jargon", () => {
  it("names the plain word and offers it as a fix for a fixed phrase", () => {
    const [finding] = findings("# Policy\n\nPrior to sharing, we ask you.\n");
    expect(finding.text).toBe("Prior to");
    expect(finding.fixes![0].edits[0].newText).toBe("Before");
    expect(finding.fixes![0].preferred).toBeFalsy();
  });

  it("gives an inflected Russian word a hint but no fix, whose case could be wrong", () => {
    const [finding] = findings("# Политика\n\nМы удаляем вышеуказанные сведения по запросу.\n");
    expect(finding.text).toBe("вышеуказанные");
    expect(finding.message).toContain("этот");
    expect(finding.fixes).toBeUndefined();
  });

  it("stays silent on the plain words and on jargon inside other words", () => {
    expect(findings("# Policy\n\nBefore sharing, we ask you. The herring is here.\n")).toEqual([]);
  });
});

describe("plain-language: passives that hide who acts", () => {
  it("reports three passives without an agent, from the first to the last", () => {
    const [finding] = findings("# Policy\n\nYour data may be collected, is stored and can be shared with partners.\n");
    expect(finding.text).toBe("be collected, is stored and can be shared");
  });

  it("is silent when the sentence says who acts, or has fewer passives", () => {
    expect(findings("# Policy\n\nYour data is collected, is stored and is shared by us.\n")).toEqual([]);
    expect(findings("# Policy\n\nYour data is encrypted and is stored in Ireland.\n")).toEqual([]);
  });

  it("reads Russian short participles after a form of быть", () => {
    const [finding] = findings("# Политика\n\nДанные могут быть собраны, будут сохранены и были переданы партнёрам.\n");
    expect(finding.text).toBe("быть собраны, будут сохранены и были переданы");
    expect(findings("# Политика\n\nДанные могут быть собраны, будут сохранены и были переданы Оператором.\n")).toEqual([]);
  });
});

describe("plain-language: hard sections", () => {
  const hard = Array.from({ length: 6 }, () => "Notwithstanding contractual obligations, organisational responsibilities concerning informational confidentiality, operational accountability, institutional administration and regulatory documentation necessitate comprehensive, systematic, continuous evaluation.").join(" ");
  const easy = Array.from({ length: 12 }, () => "We keep your name. We use it to send you mail. You can ask us to stop.").join(" ");

  it("reports a section of hard words on its heading, and not an easy one", () => {
    const text = `# Policy\n\n## Duties\n\n${hard}\n\n## Mail\n\n${easy}\n`;
    const sections = findings(text).filter((finding) => finding.message.includes("reading ease"));
    expect(sections.map((finding) => finding.text)).toEqual(["## Duties"]);
  });

  it("scores by Flesch for English and by Oborneva's coefficients for Russian", () => {
    expect(readingEase({ sentences: 1, words: 10, syllables: 15 }, "en")).toBeCloseTo(206.835 - 1.015 * 10 - 84.6 * 1.5, 3);
    expect(readingEase({ sentences: 1, words: 10, syllables: 15 }, "ru")).toBeCloseTo(206.835 - 1.3 * 10 - 60.1 * 1.5, 3);
    expect(syllables("обработка", "ru")).toBe(4);
    expect(syllables("processing", "en")).toBe(3);
  });
});

describe("plain-language options", () => {
  it("reads a number or numbers by language, and reports anything else as a problem", () => {
    expect(validateOptions({ plainLanguage: { maxSentenceWords: 30 } }, "test").options.plainLanguage).toEqual({ maxSentenceWords: { en: 30, ru: 30 } });
    expect(validateOptions({ plainLanguage: { minReadingEase: { ru: 5 } } }, "test").options.plainLanguage).toEqual({ minReadingEase: { ru: 5 } });
    const bad = validateOptions({ plainLanguage: { maxSentenceWords: "long", minReadingEase: { de: 3 }, colour: 1 } }, "test");
    expect(bad.problems.map((problem) => problem.key).sort()).toEqual(["plainLanguage.colour", "plainLanguage.maxSentenceWords", "plainLanguage.minReadingEase"]);
    expect(validateOptions({ plainLanguage: 5 }, "test").problems.map((problem) => problem.key)).toEqual(["plainLanguage"]);
  });
});
