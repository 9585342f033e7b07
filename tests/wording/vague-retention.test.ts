import { describe, expect, it } from "vitest";
import { coveredIn, found, fixed } from "./helpers";

const RULE = "vague-retention";

describe("vague-retention", () => {
  it("finds retention with no period or criteria", () => {
    const sentences = [
      "We keep your data for as long as necessary.",
      "Account records are stored indefinitely.",
      "We retain this information as needed to run the service.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent where a period is given", () => {
    const sentences = ["We keep invoices for as long as necessary, and never longer than 24 months.", "We delete your data 30 days after you close your account."];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map(() => []));
  });

  it("finds Russian vague periods but not the law's own criterion", () => {
    expect(coveredIn(RULE, ["Мы храним данные в течение срока, необходимого для достижения целей обработки.", "Срок хранения персональных данных не ограничен и является бессрочным."], "ru")).toEqual([
      ["Мы храним данные в течение срока, необходимого для достижения целей обработки."],
      ["Срок хранения персональных данных не ограничен и является бессрочным."],
    ]);
    const silent = ["Данные хранятся 3 года после прекращения договора.", "Данные хранятся не дольше, чем этого требуют цели обработки."];
    expect(coveredIn(RULE, silent, "ru")).toEqual([[], []]);
  });

  it("reads the lead-in of a list: an item of «хранятся до:» is about retention", () => {
    const text = "Данные хранятся до:\n\n1. достижения целей обработки;\n\n2. ликвидации Оператора.\n";
    expect(found(RULE, text, "policy.txt", "ru").map((entry) => entry.text)).toEqual(["ликвидации Оператора."]);
  });

  it("puts a period to fill in place of the vague words", () => {
    const text = "We keep your data for as long as necessary.";
    expect(fixed(text, found(RULE, text, "policy.md", "en")[0])).toBe("We keep your data for [RETENTION PERIOD].");
    const russian = "Мы храним данные в течение необходимого срока.";
    expect(fixed(russian, found(RULE, russian, "policy.md", "ru")[0])).toBe("Мы храним данные в течение [СРОК ХРАНЕНИЯ].");
  });
});
