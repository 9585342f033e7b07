import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { coverageOf, lint, PROFILES } from "../server/src/engine";

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "dist", "cli.js");

const POLICY = `# Privacy Policy

## Who we are

Plum Tree Ltd, 4 Mill Road, Leeds, is responsible for your data.

## Data we keep

We keep your name and email address.

## How long we keep it

Until you close your account, then 30 days more.
`;

describe("coverage", () => {
  it("lists each profile's elements, found with their evidence or missing", () => {
    const result = lint({ text: POLICY, fileName: "privacy.md", options: { profiles: ["baseline", "gdpr"] } });
    const coverage = coverageOf(result);
    expect(coverage.profiles.map(({ profile }) => profile)).toEqual(["baseline", "gdpr"]);
    const baseline = coverage.profiles[0].elements;
    expect(baseline.map(({ id }) => id)).toEqual(PROFILES.baseline);
    const retention = baseline.find(({ id }) => id === "retention")!;
    expect(retention.found?.range.start.line).toBe(10);
    expect(baseline.find(({ id }) => id === "security")!.found).toBeUndefined();
    expect(coverage.profiles[1].elements.find(({ id }) => id === "dpo")!.conditional).toBe(true);
    const distinct = new Set([...PROFILES.baseline, ...PROFILES.gdpr]);
    expect(coverage.required).toBe(distinct.size);
    expect(coverage.found).toBe([...distinct].filter((id) => result.elements.some((element) => element.id === id)).length);
  });

  it("gives each section its heading, length and reading ease", () => {
    const { sections } = coverageOf(lint({ text: POLICY, fileName: "privacy.md" }));
    expect(sections.map(({ title, words }) => [title, words])).toEqual([["Privacy Policy", 0], ["Who we are", 12], ["Data we keep", 7], ["How long we keep it", 9]]);
    expect(sections[0].ease).toBeUndefined();
    expect(sections[2].range.start.line).toBe(6);
    expect(sections[2].ease).toBeGreaterThan(sections[1].ease!);
  });

  it("names elements in the messages' language", () => {
    const russian = lint({ text: POLICY, fileName: "privacy.md", options: { messageLanguage: "ru" } });
    expect(coverageOf(russian).profiles[0].elements[0].name).toMatch(/[а-я]/);
  });

  it("prints the same table on the command line", () => {
    const result = spawnSync(process.execPath, [CLI, "--format", "coverage", "--profile", "baseline", "tests/e2e/drafts/privacy-policy.md"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^tests\/e2e\/drafts\/privacy-policy\.md \(en\): elements: (\d+) of 10$/);
    expect(lines.find((line) => line.startsWith("changes "))).toMatch(/missing$/);
    expect(lines.find((line) => line.startsWith("retention "))).toMatch(/line \d+$/);
  });
});
