import { describe, expect, it } from "vitest";
import { lint } from "../../server/src/engine";
import { coveredIn, found, fixed } from "./helpers";

const RULE = "vague-recipients";

describe("vague-recipients", () => {
  it("finds data shared with unnamed parties", () => {
    const sentences = ["We may share your information with third parties.", "We sell usage statistics to other companies."];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map((sentence) => [sentence]));
  });

  it("stays silent on named categories, purposes, denials and the adjective", () => {
    const sentences = [
      "We share your email with payment processors to take your payments.",
      "We never sell or share your data with third parties.",
      "Third-party cookies are described in the cookie section.",
      "Third parties — companies other than us and our processors.",
    ];
    expect(coveredIn(RULE, sentences, "en")).toEqual(sentences.map(() => []));
  });

  it("finds Russian unnamed recipients and leaves named ones alone", () => {
    expect(coveredIn(RULE, ["Мы можем передавать ваши данные третьим лицам.", "Возможно предоставление такой информации другим лицам."], "ru")).toEqual([
      ["Мы можем передавать ваши данные третьим лицам."],
      ["Возможно предоставление такой информации другим лицам."],
    ]);
    expect(coveredIn(RULE, ["Оператор не передаёт персональные данные третьим лицам.", "Данные передаются службам доставки для доставки заказа."], "ru")).toEqual([[], []]);
  });

  it("replaces the vague words with a blank that placeholder flags until it is filled", () => {
    const text = "We may share your information with third parties.";
    const [entry] = found(RULE, text, "policy.md", "en");
    expect(entry.finding.data).toEqual({ phrase: "third parties" });
    expect(entry.finding.severity).toBe("information");
    const after = fixed(text, entry);
    expect(after).toBe("We may share your information with [CATEGORIES OF RECIPIENTS].");
    expect(lint({ text: after, fileName: "policy.md" }).findings.map((finding) => finding.rule)).toContain("placeholder");
  });
});
