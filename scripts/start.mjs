// `npm start [-- FILE...]`: build, then lint the given files, or the bundled example when none are given.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const built = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

const args = process.argv.slice(2);
const files = args.length ? args : [path.relative(process.cwd(), path.join(root, "examples/privacy-policy.md"))];
const run = spawnSync(process.execPath, [path.join(root, "dist/cli.js"), ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);
