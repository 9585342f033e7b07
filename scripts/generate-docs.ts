// Writes docs/rules.md from the rule metadata; tests/docs.test.ts fails when it is stale.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderRulesMarkdown } from "../server/src/engine/rules-doc";

const target = path.join(import.meta.dirname, "..", "docs", "rules.md");
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, renderRulesMarkdown());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
