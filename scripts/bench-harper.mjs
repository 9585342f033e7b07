// harper.js as a one-file command line, so `npm run bench` can time it as a whole process like the others.
import { readFileSync } from "node:fs";
import { LocalLinter } from "harper.js";
import { binaryInlined } from "harper.js/binaryInlined";

const linter = new LocalLinter({ binary: binaryInlined });
const lints = await linter.lint(readFileSync(process.argv[2], "utf8"), { language: "markdown" });
console.log(`${lints.length} lints`);
