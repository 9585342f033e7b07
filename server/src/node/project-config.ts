import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateOptions } from "../engine/config";
import type { ConfigProblem, LintOptions } from "../engine/types";

export const PROJECT_CONFIG_NAME = ".policylintrc.json";

/** The nearest `.policylintrc.json` in the document's folder or above it. */
export function findProjectConfig(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, PROJECT_CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a config file as data (never as code); a broken file gives problems and empty options. */
export function loadProjectConfig(file: string): { options: LintOptions; problems: ConfigProblem[] } {
  let raw: unknown;
  try {
    // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse refuses.
    raw = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `could not be read: ${(error as Error).message}`;
    return { options: {}, problems: [{ source: file, key: "(file)", message }] };
  }
  return validateOptions(raw, file);
}

/** Options from the project file that governs `documentPath`, if there is one. */
export function projectOptionsFor(documentPath: string): { options: LintOptions; problems: ConfigProblem[]; file?: string } {
  const file = findProjectConfig(path.dirname(documentPath));
  return file ? { ...loadProjectConfig(file), file } : { options: {}, problems: [] };
}
