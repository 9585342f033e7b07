import { describe, expect, it } from "vitest";
import { applyFirstFix, coveredText } from "./text-edits";
import { lint, type Finding, type LintOptions } from "../server/src/engine";

function hints(text: string, fileName = "privacy.md", options?: LintOptions): Finding[] {
  const result = lint({ text, fileName, options });
  expect(result.ruleFailures).toEqual([]);
  return result.findings.filter((finding) => finding.rule === "profile-hint");
}



const MANY_LAWS = [
  "# Privacy",
  "",
  "We follow the General Data Protection Regulation and, where the GDPR applies, Regulation (EU) 2016/679 in full.",
  "Residents of California have rights under the CCPA as amended by the California Privacy Rights Act (CPRA).",
  "For users in Russia we act under Federal Law No. 152-FZ \"On Personal Data\".",
  "We honour CalOPPA and the Children's Online Privacy Protection Act; COPPA forbids us to collect data from children.",
].join("\n");

describe("profile-hint", () => {
  it("reports each named law once, at its first mention, with its profile", () => {
    const found = hints(MANY_LAWS);
    expect(found.map((finding) => [finding.data?.profile, coveredText(MANY_LAWS, finding.range)])).toEqual([
      ["gdpr", "General Data Protection Regulation"],
      ["ccpa", "CCPA"],
      ["ru-152fz", "Federal Law No. 152-FZ"],
      ["caloppa", "CalOPPA"],
      ["coppa", "Children's Online Privacy Protection Act"],
    ]);
    for (const finding of found) expect(finding.severity).toBe("information");
    expect(found[0].message).toContain("profiles: [baseline, gdpr]");
    expect(found[0].message).toContain(".policylintrc.json");
  });

  it("stays quiet about laws whose profile is active, from options or front matter", () => {
    const fromOptions = hints(MANY_LAWS, "privacy.md", { profiles: ["gdpr", "ccpa", "ru-152fz"] });
    expect(fromOptions.map((finding) => finding.data?.profile)).toEqual(["caloppa", "coppa"]);
    expect(fromOptions[0].message).toContain("profiles: [gdpr, ccpa, ru-152fz, caloppa]");
    const fromFrontMatter = hints(`---\nprofiles: [caloppa, coppa]\n---\n${MANY_LAWS}`);
    expect(fromFrontMatter.map((finding) => finding.data?.profile)).toEqual(["gdpr", "ccpa", "ru-152fz"]);
  });

  it("finds 152-ФЗ and «О персональных данных» in Russian text, with Unicode-aware boundaries", () => {
    const text =
      "# Политика\n\nОператор обрабатывает данные в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных».";
    const [found] = hints(text);
    expect(coveredText(text, found.range)).toBe("152-ФЗ");
    expect(found.data).toEqual({ profile: "ru-152fz" });

    const quoted = "# Политика\n\nМы соблюдаем закон «О персональных данных» и Общий регламент по защите данных.";
    expect(hints(quoted).map((finding) => coveredText(quoted, finding.range))).toEqual(["«О персональных данных»", "Общий регламент по защите данных"]);

    const none = "# Политика\n\nСведения о персональных данных хранятся 1152-ФЗх дней; коды CCPAX и gdpr-info не законы.";
    expect(hints(none)).toEqual([]);
  });

  it("ignores laws named only in links, code and front matter", () => {
    const text = "---\ntitle: GDPR notice\n---\n# Notice\n\nSee [our page](https://example.com/ccpa) and `COPPA_FLAG`.\n";
    expect(hints(text)).toEqual([]);
  });

  it("offers a front matter fix, not preferred, for Markdown only", () => {
    const bare = "# Notice\n\nWe comply with the GDPR.\n";
    const [noFrontMatter] = hints(bare);
    expect(noFrontMatter.fixes?.[0].preferred).toBe(false);
    const fixed = applyFirstFix(bare, noFrontMatter);
    expect(fixed).toBe("---\nprofiles: [baseline, gdpr]\n---\n# Notice\n\nWe comply with the GDPR.\n");
    expect(hints(fixed)).toEqual([]);

    expect(hints(bare, "notice.txt")[0].fixes).toBeUndefined();
  });

  it("adds the profile to existing front matter, keeping what is there", () => {
    const cases = [
      ["---\ntitle: Notice\n---\n", "---\ntitle: Notice\nprofiles: [baseline, gdpr]\n---\n"],
      ["---\nprofiles: [ccpa]\ntitle: Notice\n---\n", "---\nprofiles: [ccpa, gdpr]\ntitle: Notice\n---\n"],
      ["---\nprofiles: coppa\n---\n", "---\nprofiles: [coppa, gdpr]\n---\n"],
      ["---\nprofiles:\n  - ccpa\n  - caloppa\nlanguage: en\n---\n", "---\nprofiles: [ccpa, caloppa, gdpr]\nlanguage: en\n---\n"],
      ["---\r\ntitle: Notice\r\n---\r\n", "---\r\ntitle: Notice\r\nprofiles: [baseline, gdpr]\r\n---\r\n"],
    ];
    for (const [frontMatter, expected] of cases) {
      const text = `${frontMatter}# Notice\n\nWe comply with the GDPR.\n`;
      const [found] = hints(text);
      const fixed = applyFirstFix(text, found);
      expect(fixed, frontMatter).toBe(`${expected}# Notice\n\nWe comply with the GDPR.\n`);
      expect(hints(fixed), frontMatter).toEqual([]);
    }
  });

  it("offers no fix when the front matter is not valid YAML or its profiles need quoting", () => {
    const [found] = hints("---\nprofiles: [ccpa\n---\n# Notice\n\nWe comply with the GDPR.\n");
    expect(found.fixes).toBeUndefined();
    const [quoted] = hints('---\nprofiles: ["ccpa", "a: b"]\n---\n# Notice\n\nWe comply with the GDPR.\n');
    expect(quoted.fixes).toBeUndefined();
  });
});
