import path from "node:path";
import { pathToFileURL } from "node:url";
import { docsAnchor } from "../engine/rule";

/**
 * The rule's section in docs/rules.md inside the installed extension or package.
 * The server is bundled to dist/server.js, so the docs folder is a sibling of __dirname.
 */
const DOCS_FOLDER = pathToFileURL(path.join(__dirname, "..", "docs") + path.sep);

export function ruleDocsUrl(ruleId: string): string {
  return new URL(docsAnchor(ruleId), DOCS_FOLDER).href;
}
