import { describe, expect, it } from "vitest";
import { lint, message, RULES, type MessageKey } from "../../server/src/engine";
import { found, fixed } from "./helpers";

describe("wording quick-fixes leave well-formed text", () => {
  it("remove a hedge with its commas, and capitalise the word that then opens the sentence", () => {
    const cases: [string, string][] = [
      ["We may, from time to time, update our records.", "We may update our records."],
      ["Generally, we collect only your email.", "We collect only your email."],
      ["Мы, время от времени, обновляем сервис.", "Мы обновляем сервис."],
    ];
    for (const [before, after] of cases) expect(fixed(before, found("vague-term", before)[0])).toBe(after);
  });

  it("rewrite the whole clause when markup runs through the words, keeping emphasis balanced", () => {
    const text = "We may share your data with third **parties** for research.";
    const [entry] = found("vague-recipients", text, "policy.md", "en");
    expect(entry.finding.message).toMatch(/^"third parties"/);
    expect(fixed(text, entry)).toBe("We share your personal data only with [CATEGORIES OF RECIPIENTS], for [PURPOSE].");

    const emphasised = "**We may change this policy at any time**, and you agree.";
    expect(fixed(emphasised, found("unilateral-change", emphasised, "policy.md", "en")[0])).toMatch(/^We will tell you about material changes/);
  });

  it("keep a plain-text list marker and the item's closing semicolon", () => {
    const text = "Оператор вправе:\n\n- изменять Политику без уведомления пользователей;\n";
    const [entry] = found("unilateral-change", text, "policy.txt", "ru");
    expect(entry.text).toBe("изменять Политику без уведомления пользователей");
    expect(fixed(text, entry)).toMatch(/^Оператор вправе:\n\n- о существенных изменениях .*;\n$/u);
  });

  it("do not turn a negation into its opposite", () => {
    const text = "We do not keep data longer than necessary.";
    const [entry] = found("vague-retention", text, "policy.md", "en");
    expect(fixed(text, entry)).toBe("We keep this data for [RETENTION PERIOD] and then delete it.");
  });

  it("read „low-high“ quotes as closed", () => {
    expect(found("vague-recipients", "ООО „Ромашка“ передает данные третьим лицам.", "policy.md", "ru")).toHaveLength(1);
  });

  it("leave words inside other words alone: «системы могут» is no modal of the operator", () => {
    expect(found("vague-term", "Информационные системы могут обрабатывать данные круглосуточно.", "policy.md", "ru")).toEqual([]);
  });

  it("do not read a lead-in's denial as a claim for each item", () => {
    expect(found("vague-recipients", "We never sell or share your data with:\n\n- third parties\n- advertisers\n", "policy.txt", "en")).toEqual([]);
  });
});

describe("the model sentences of the rewrites", () => {
  it.each(["en", "ru"] as const)("make no wording claim of their own (%s)", (language) => {
    const wording = RULES.filter((rule) => rule.meta.category === "wording").map((rule) => rule.meta.id);
    for (const rule of wording) {
      const model = message(language, `${rule}.rewrite` as MessageKey);
      const claims = lint({ text: model, fileName: "policy.md", options: { language } }).findings.filter((finding) => wording.includes(finding.rule));
      expect(claims.map((finding) => `${rule} → ${finding.rule}: ${finding.message}`)).toEqual([]);
    }
  });
});
