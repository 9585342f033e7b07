import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const read = (file: string): string => readFileSync(path.join(ROOT, file), "utf8");
const json = (file: string): Record<string, string> => JSON.parse(read(file));

/** Every literal the client passes to vscode.l10n.t (or to a `t` parameter of that shape). */
function clientMessages(): Set<string> {
  const messages = new Set<string>();
  for (const file of readdirSync(path.join(ROOT, "client", "src"))) {
    const source = read(path.join("client", "src", file));
    for (const [, literal] of source.matchAll(/(?<![\w.])(?:vscode\.l10n\.)?t\(\s*("(?:[^"\\]|\\.)*")/g)) messages.add(JSON.parse(literal));
  }
  return messages;
}

describe("the interface in Russian and English", () => {
  it("translates every client message, and the bundle holds no stale ones", () => {
    const messages = clientMessages();
    expect(messages.size).toBeGreaterThan(20);
    const bundle = json("l10n/bundle.l10n.ru.json");
    expect(Object.keys(bundle).sort()).toEqual([...messages].sort());
    for (const [english, russian] of Object.entries(bundle)) {
      expect(russian).toMatch(/[а-яё]/i);
      // The same {0}-style slots, so no argument is lost in translation.
      expect(russian.match(/\{\d+\}/g)?.sort()).toEqual(english.match(/\{\d+\}/g)?.sort());
    }
  });

  it("names every %key% of the manifest in package.nls.json and package.nls.ru.json", () => {
    const keys = new Set([...read("package.json").matchAll(/"%([\w.-]+)%"/g)].map(([, key]) => key));
    const english = json("package.nls.json");
    const russian = json("package.nls.ru.json");
    expect(Object.keys(english).sort()).toEqual([...keys].sort());
    expect(Object.keys(russian).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(russian[key]).toMatch(/[а-яё]/i);
  });
});
