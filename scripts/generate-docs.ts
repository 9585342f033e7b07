// Writes the files generated from metadata (docs/rules*.md, the README's tables, the disable-comment snippets).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { generatedFiles, ROOT } from "./generated-files";

for (const file of generatedFiles()) {
  writeFileSync(path.join(ROOT, file.path), file.content);
  console.log(`wrote ${file.path}`);
}
