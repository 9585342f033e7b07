// `npm run test:e2e`: the end-to-end suite. Installs what it needs when missing (scripts/e2e-setup.sh:
// Chromium, Neovim, code-server), packages the extension and checks the VSIX stays under 2 MB, then
// runs the real VS Code test (tests/e2e/vscode.mjs) and the Neovim test (tests/e2e/neovim.mjs).
// CODE_SERVER set to an installed code-server skips its set-up.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const VSIX_LIMIT_BYTES = 2 * 1024 * 1024;

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`FAIL: ${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

const codeServer = process.env.CODE_SERVER ?? execFileSync("bash", [path.join(root, "scripts/e2e-setup.sh")], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop();

run("npm", ["run", "package", "--silent"]);
const vsixBytes = fs.statSync(path.join(root, "policylint.vsix")).size;
console.log(`VSIX: ${(vsixBytes / 1024).toFixed(0)} KB (limit ${VSIX_LIMIT_BYTES / 1024} KB)`);
if (vsixBytes >= VSIX_LIMIT_BYTES) {
  console.error("FAIL: the VSIX is 2 MB or more");
  process.exit(1);
}
run(process.execPath, [path.join(root, "tests/e2e/vscode.mjs"), path.join(root, "policylint.vsix")], { CODE_SERVER: codeServer });
run(process.execPath, [path.join(root, "tests/e2e/neovim.mjs")]);
console.log("\nend-to-end: PASS (real VS Code and Neovim)");
