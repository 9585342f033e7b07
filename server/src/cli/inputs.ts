import { readdirSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { describeFsError } from "./read";

/** A file to lint, or an argument that named none: `path` is as the user wrote it, or joined onto it. */
export interface Target {
  path: string;
  absolute: string;
  error?: string;
}

const POLICY_FILE = /\.(?:md|markdown|txt)$/i;
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

/**
 * Turns FILE, DIRECTORY and GLOB arguments into files, in argument order, each once.
 * An explicit file is linted whatever its extension; a directory gives its policy files;
 * a glob is expanded here so quoted patterns work in every shell.
 */
export function expandInputs(inputs: string[], cwd: string): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (target: Target): void => {
    if (seen.has(target.absolute)) return;
    seen.add(target.absolute);
    targets.push(target);
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const kind = entryKind(absolute);
    if (kind === "file") {
      add({ path: input, absolute });
    } else if (kind === "directory") {
      let found: string[];
      try {
        found = walk(absolute, Infinity).filter((relative) => POLICY_FILE.test(relative));
      } catch (error) {
        add({ path: input, absolute, error: `the directory could not be read: ${describeFsError(error)}` });
        continue;
      }
      if (!found.length) add({ path: input, absolute, error: "the directory holds no .md, .markdown or .txt files" });
      for (const relative of found) add({ path: path.join(input, relative), absolute: path.join(absolute, relative) });
    } else if (picomatch.scan(input).isGlob) {
      const found = expandGlob(input, cwd);
      if (!found.length) add({ path: input, absolute, error: "no files match this pattern" });
      for (const file of found) add(file);
    } else {
      add({ path: input, absolute, error: kind === "missing" ? "no such file or directory" : "not a regular file or directory" });
    }
  }
  return targets;
}

function entryKind(absolute: string): "file" | "directory" | "missing" | "other" {
  try {
    const stats = statSync(absolute);
    return stats.isFile() ? "file" : stats.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

function expandGlob(pattern: string, cwd: string): Target[] {
  const { base, glob } = picomatch.scan(pattern);
  const baseDir = path.resolve(cwd, base || ".");
  const isMatch = picomatch(glob);
  // Without "**" a pattern cannot reach deeper than its own slashes: no need to walk further.
  const maxDepth = glob.includes("**") ? Infinity : glob.split("/").length - 1;
  let files: string[];
  try {
    files = walk(baseDir, maxDepth);
  } catch {
    return [];
  }
  return files
    .filter((relative) => isMatch(relative.split(path.sep).join("/")))
    .map((relative) => ({ path: path.join(base, relative), absolute: path.join(baseDir, relative) }));
}

/**
 * Files under `dir` (relative paths, sorted), skipping node_modules, .git and symlinked directories.
 * Throws only when `dir` itself cannot be read; an unreadable subdirectory is passed over.
 */
function walk(dir: string, maxDepth: number, depth = 0): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (depth === 0) throw error;
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(entry.name) || depth >= maxDepth) continue;
      files.push(...walk(full, maxDepth, depth + 1).map((relative) => path.join(entry.name, relative)));
    } else if (entry.isFile() || (entry.isSymbolicLink() && entryKind(full) === "file")) {
      files.push(entry.name);
    }
  }
  return files;
}
