import { describe, expect, it } from "vitest";
import { applyFirstFix, coveredText } from "./text-edits";
import { lint, type Finding } from "../server/src/engine";

function findings(text: string, fileName = "privacy-policy.md", rule?: string): Finding[] {
  const result = lint({ text, fileName });
  return result.findings.filter((finding) => !rule || finding.rule === rule);
}



describe("placeholder", () => {
  it("flags bracketed blanks, markers, lorem ipsum, mustache and underscores", () => {
    const text = [
      "# Privacy notice of [COMPANY NAME]",
      "",
      "We were founded in <insert year> and answer at {{support_email}}.",
      "Contact: TODO. Phone: +1 XXX. Lorem ipsum dolor sit amet.",
      "Signed on ________ by [your name].",
    ].join("\n");
    const found = findings(text, "privacy.md", "placeholder").map((finding) => coveredText(text, finding.range));
    expect(found).toEqual(["[COMPANY NAME]", "<insert year>", "{{support_email}}", "TODO", "XXX", "Lorem ipsum", "________", "[your name]"]);
  });

  it("finds Russian blanks and keeps columns right after Cyrillic and emoji", () => {
    const text = "Оператор 🙂 — [НАЗВАНИЕ КОМПАНИИ], адрес: [укажите адрес].";
    const found = findings(text, "политика.txt", "placeholder");
    expect(found.map((finding) => coveredText(text, finding.range))).toEqual(["[НАЗВАНИЕ КОМПАНИИ]", "[укажите адрес]"]);
    // The emoji is two UTF-16 code units: the bracket sits at character 14.
    expect(found[0].range.start).toEqual({ line: 0, character: 14 });
  });

  it("leaves ordinary brackets, links, code, comments and artifacts alone", () => {
    const text = [
      "See [our cookie page](https://northwind.shop/cookies) and footnote [1].",
      "Write to [email protected] or see [image: logo.png].",
      "Use `[COMPANY]` in code, and <br> or <a href=\"https://northwind.shop\">a link</a>.",
      "<!-- TODO: reviewer note -->",
      "",
      "```",
      "TODO inside a code block",
      "```",
      "Mr Todo and xxx in lower case are not markers.",
    ].join("\n");
    expect(findings(text, "privacy.md", "placeholder")).toEqual([]);
  });
});

describe("conversion-artifact", () => {
  it("flags Word export residue and removes it with a preferred fix", () => {
    const text = "[bookmark: _GoBack]We keep your data safe.[image: C:\\Users\\me\\logo 1.png] Really.";
    const found = findings(text, "policy.txt", "conversion-artifact");
    expect(found.map((finding) => coveredText(text, finding.range))).toEqual(["[bookmark: _GoBack]", "[image: C:\\Users\\me\\logo 1.png]"]);
    expect(found.every((finding) => finding.fixes?.[0].preferred)).toBe(true);
    expect(applyFirstFix(text, found[0])).toBe("We keep your data safe.[image: C:\\Users\\me\\logo 1.png] Really.");
  });

  it("flags local paths and layout spaces, and collapses the spaces", () => {
    const text = "Saved from C:\\Drafts\\policy.docx and file:///home/me/p.html and /Users/anna/Desktop/x.doc.\nName:            Value";
    const found = findings(text, "policy.txt", "conversion-artifact");
    expect(found.map((finding) => coveredText(text, finding.range))).toEqual([
      "C:\\Drafts\\policy.docx",
      "file:///home/me/p.html",
      "/Users/anna/Desktop/x.doc",
      " ".repeat(12),
    ]);
    expect(applyFirstFix(text, found[3]).split("\n")[1]).toBe("Name: Value");
  });

  it("ignores URLs, Markdown tables, code and indentation", () => {
    const text = [
      "Visit https://example.com/home/settings for details.",
      "",
      "| Data          | Period            |",
      "|---------------|-------------------|",
      "| Logs          | 30 days           |",
      "",
      "    C:\\code\\sample.txt",
      "",
      "`/home/user/file`",
    ].join("\n");
    expect(findings(text, "privacy.md", "conversion-artifact")).toEqual([]);
  });

  it("points inside link text at the text itself", () => {
    const text = "Read [the notice [image: x.png]](https://example.com).";
    const [finding] = findings(text, "privacy.md", "conversion-artifact");
    expect(coveredText(text, finding.range)).toBe("[image: x.png]");
  });
});
