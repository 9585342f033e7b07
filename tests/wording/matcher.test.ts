import { describe, expect, it } from "vitest";
import { lint, RULES } from "../../server/src/engine";
import { codeActions } from "../../server/src/lsp/code-actions";
import { found } from "./helpers";

const WORDING = RULES.filter((rule) => rule.meta.category === "wording").map((rule) => rule.meta.id);

function wordingFindings(text: string, fileName: string) {
  return lint({ text, fileName, options: { language: "en" } }).findings.filter((finding) => WORDING.includes(finding.rule));
}

describe("the wording rules read only the policy's own prose", () => {
  it("skip headings, code, front matter, block quotes and quoted sentences", () => {
    const text = [
      "---",
      "note: we bear no responsibility for anything",
      "---",
      "",
      "# We are not liable for your data",
      "",
      "Write `we are not liable for any loss` in code only.",
      "",
      "```",
      "We may update this policy at any time without notice.",
      "```",
      "",
      "> By using the app, you agree to this policy.",
      "",
      'Some policies say "we bear no responsibility for your data", and we do not.',
      "",
      "We keep your name to send receipts.",
    ].join("\n");
    expect(wordingFindings(text, "policy.md")).toEqual([]);
  });

  it("skip glossary entries and the definitions section", () => {
    const text = [
      "## Definitions",
      "",
      "Third parties: any companies we share data with.",
      "",
      "## Sharing",
      "",
      "Third parties — companies other than us.",
    ].join("\n");
    expect(wordingFindings(text, "policy.md")).toEqual([]);
  });

  it("keep LSP positions after Cyrillic and emoji on the same line", () => {
    const text = "Привет 👋; we bear no responsibility for lost files.";
    const [entry] = found("liability-disclaimer", text, "policy.md", "en");
    expect(entry.text).toBe("we bear no responsibility for lost files.");
    // The emoji is two UTF-16 code units: the clause starts at character 11.
    expect(entry.finding.range.start).toEqual({ line: 0, character: 11 });
  });

  it("speak the document's language: Russian findings, explanations and fix titles for a Russian policy", () => {
    const russian = [
      "Используя приложение, вы соглашаетесь с Политикой.",
      "Компания не несёт ответственности за сбои.",
      "Мы можем передавать данные третьим лицам.",
      "Мы храним данные в течение необходимого срока.",
      "Оператор вправе изменять Политику в одностороннем порядке.",
      "Время от времени мы обновляем сервис.",
      "При продаже бизнеса данные переходят к правопреемнику.",
    ].join("\n\n");
    const findings = lint({ text: russian, fileName: "политика.md" }).findings.filter((finding) => WORDING.includes(finding.rule));
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(WORDING));
    for (const finding of findings) {
      expect(finding.message).toMatch(/^«/);
      expect(finding.message).toMatch(/[а-яё]{4}/);
      for (const fix of finding.fixes ?? []) expect(fix.title).toMatch(/^[А-ЯЁ]/);
    }
  });

  it("never join fix-all: a rewrite must be read before it is taken", () => {
    const text = "We may update this policy at any time without notice. We keep data for as long as necessary.";
    const result = lint({ text, fileName: "policy.md" });
    expect(result.findings.some((finding) => WORDING.includes(finding.rule))).toBe(true);
    const actions = codeActions(result, { uri: "file:///policy.md", version: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 200 } }, useDocumentChanges: false });
    const fixAll = actions.find((action) => action.kind === "source.fixAll.policylint");
    const fixAllEdits = fixAll?.edit?.changes?.["file:///policy.md"] ?? [];
    const wordingEdits = result.findings.filter((finding) => WORDING.includes(finding.rule)).flatMap((finding) => finding.fixes!.flatMap((fix) => fix.edits));
    for (const edit of wordingEdits) expect(fixAllEdits).not.toContainEqual(edit);
    expect(actions.some((action) => action.title === "Rewrite: announce changes in advance")).toBe(true);
  });
});
