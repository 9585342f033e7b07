import path from "node:path";
import { pathToFileURL } from "node:url";
import { docsAnchor } from "../engine/rule";
import type { Language } from "../engine/types";

/**
 * The rule's section in docs/rules.md (docs/rules.ru.md for a Russian reader) inside the installed extension or package.
 * The server is bundled to dist/server.js, so the docs folder is a sibling of __dirname.
 */
const DOCS_FOLDER = pathToFileURL(path.join(__dirname, "..", "docs") + path.sep);

export function ruleDocsUrl(ruleId: string, language: Language): string {
  return new URL(docsAnchor(ruleId, language), DOCS_FOLDER).href;
}
