// Lints one file once and prints the process's peak resident memory in KB (for `npm run bench`).
import { readFileSync } from "node:fs";
import { lint } from "../server/src/engine";

const text = readFileSync(process.argv[2], "utf8");
lint({ text, fileName: process.argv[2] });
console.log(process.resourceUsage().maxRSS);
