import { describe, expect, it } from "vitest";
import { found, fixed } from "./helpers";

const RULE = "vague-term";

describe("vague-term", () => {
  it("hints at one hedge per sentence, the first, and offers to drop or replace it", () => {
    const text = "From time to time we may use some of your data for research, etc.";
    const entries = found(RULE, text, "policy.md", "en");
    expect(entries).toHaveLength(1);
    expect(entries[0].finding.data).toEqual({ phrase: "From time to time" });
    expect(entries[0].finding.severity).toBe("hint");
    expect(entries[0].finding.fixes![0].title).toBe('Remove "From time to time"');
  });

  it("replaces each kind of hedge with what the author should say", () => {
    const cases: [string, string][] = [
      ["We update this page from time to time.", "We update this page."],
      ["We collect data such as your name, email, etc.", "We collect data such as your name, email, [FULL LIST]."],
      ["We use data including, but not limited to, your email.", "We use data including, your email."],
      ["Мы собираем имя, адрес электронной почты и т. п.", "Мы собираем имя, адрес электронной почты [ПОЛНЫЙ ПЕРЕЧЕНЬ]."],
    ];
    for (const [before, after] of cases) expect(fixed(before, found(RULE, before)[0])).toBe(after);
  });

  it("leaves exact statements alone", () => {
    expect(found(RULE, "We collect your name and email address to send receipts.", "policy.md", "en")).toEqual([]);
    expect(found(RULE, "Мы собираем имя и адрес электронной почты для отправки чеков.", "policy.md", "ru")).toEqual([]);
  });
});
