import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ENGINE = path.join(__dirname, "..", "server", "src", "engine");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("the engine", () => {
  it("imports no editor, protocol or Node module, so every front end can share it", () => {
    const offenders = sources(ENGINE).flatMap((file) => {
      const imports = [...readFileSync(file, "utf8").matchAll(/(?:from|import|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]);
      return imports.filter((name) => /^(?:vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|node:|fs$|path$|child_process$|https?$|net$)/.test(name)).map((name) => `${path.relative(ENGINE, file)}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });

  it("has one module per rule, in the folder of its category, each exporting a rule whose id is the file's name", async () => {
    const { RULES } = await import("../server/src/engine");
    const rulesDir = path.join(ENGINE, "rules");
    const files = sources(rulesDir)
      .map((file) => path.relative(rulesDir, file).replace(/\.ts$/, ""))
      .filter((name) => name !== "index");
    expect(RULES.map((rule) => `${rule.meta.category}/${rule.meta.id}`).sort()).toEqual(files.sort());
  });
});
