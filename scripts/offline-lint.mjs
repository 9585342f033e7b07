// Lints the corpus twice with the built CLI, once normally and once inside an empty network namespace,
// and fails when the two answers differ: proof that nothing the CLI reports depends on the network.
// Where no namespace can be made without root (no unprivileged user namespaces), it says so and passes.
// Usage: node scripts/offline-lint.mjs [DIRECTORY]   (default ../shared/corpus; run `npm run build` first)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist", "cli.js");
const target = process.argv[2] ?? path.join("..", "shared", "corpus");

/** Ways to run a command with no network, tried in order; each must work for an ordinary user. */
const SANDBOXES = [
  { name: "unshare -rn", prefix: ["unshare", "--map-root-user", "--net"] },
  { name: "bwrap --unshare-net", prefix: ["bwrap", "--dev-bind", "/", "/", "--unshare-net"] },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error };
}

/** The first sandbox that starts and whose only network interface is loopback. */
function findSandbox() {
  for (const sandbox of SANDBOXES) {
    const probe = run(sandbox.prefix[0], [...sandbox.prefix.slice(1), "cat", "/proc/net/dev"]);
    if (probe.error || probe.status !== 0) continue;
    const interfaces = probe.stdout.split("\n").slice(2).map((line) => line.split(":")[0].trim()).filter(Boolean);
    if (interfaces.length === 1 && interfaces[0] === "lo") return sandbox;
    console.error(`offline-lint: ${sandbox.name} still sees ${interfaces.join(", ")}; not used`);
  }
  return undefined;
}

/** The first line that differs, for the failure message. */
function firstDifference(a, b) {
  const left = a.split("\n");
  const right = b.split("\n");
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line < 0 ? left.length : line;
  return `line ${at + 1}:\n  normal:  ${(left[at] ?? "<end>").slice(0, 200)}\n  offline: ${(right[at] ?? "<end>").slice(0, 200)}`;
}

if (!existsSync(CLI)) {
  console.error("offline-lint: dist/cli.js is missing; run `npm run build` first");
  process.exit(1);
}
if (!existsSync(path.resolve(ROOT, target))) {
  console.log(`offline-lint: skipped, ${target} is absent`);
  process.exit(0);
}
const sandbox = findSandbox();
if (!sandbox) {
  console.log("offline-lint: skipped, this machine cannot make a network namespace without root (tried unshare -rn and bwrap)");
  process.exit(0);
}

const cliArgs = [CLI, "--format", "json", target];
const normal = run(process.execPath, cliArgs);
const offline = run(sandbox.prefix[0], [...sandbox.prefix.slice(1), process.execPath, ...cliArgs]);
const differences = [
  normal.status !== offline.status && `exit status: ${normal.status} normally, ${offline.status} offline`,
  normal.stdout !== offline.stdout && `standard output differs at ${firstDifference(normal.stdout, offline.stdout)}`,
  normal.stderr !== offline.stderr && `standard error differs at ${firstDifference(normal.stderr, offline.stderr)}`,
].filter(Boolean);
if (differences.length) {
  console.error(`offline-lint: the CLI answers differently without a network (${sandbox.name}):\n${differences.join("\n")}`);
  process.exit(1);
}
const files = JSON.parse(normal.stdout).files.length;
console.log(`offline-lint: ${files} files of ${target} linted with and without a network (${sandbox.name}): same JSON, same exit status (${normal.status})`);
