// `npm run bench [-- --quick]`: speed figures, printed as a table and written to bench/results.json (the
// README's table is generated from that file). Not a test: it asserts nothing and only reports.
// It needs ../shared/corpus/policies (the synthetic documents are built from it) and a build (dist/).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { build } from "esbuild";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { lint } from "../server/src/engine";
import { forgetCaches } from "../server/src/engine/caches";
import { ADVERSARIAL_SIZE, adversarialTexts } from "./bench-inputs";
import { renderBenchTable, type BenchResults } from "./bench-table";

const ROOT = path.join(import.meta.dirname, "..");
const CORPUS = path.join(ROOT, "..", "shared", "corpus", "policies");
const CLI = path.join(ROOT, "dist", "cli.js");
const SERVER = path.join(ROOT, "dist", "server.js");
const quick = process.argv.includes("--quick");
const RUNS = quick ? 3 : 10;
const KB = 1024;
const SIZES = [10 * KB, 100 * KB, 1024 * KB, 5 * 1024 * KB];

interface Timing {
  ms: number;
  msPerKb: number;
}

const median = (values: number[]): number => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

/** A full lint: warm code, but nothing cached from an earlier lint of the same text. */
function timeLint(text: string, runs: number): Timing {
  lint({ text, fileName: "bench.md" });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    forgetCaches();
    const started = performance.now();
    lint({ text, fileName: "bench.md" });
    times.push(performance.now() - started);
  }
  const ms = median(times);
  return { ms: round(ms, 1), msPerKb: round(ms / (text.length / KB), 3) };
}

/** Edits made before the timed ones: the first re-lints also compile their code paths, as in the first seconds of typing. */
const UNTIMED_EDITS = 10;
const TIMED_EDITS = quick ? 6 : 20;

/** Re-lints after typing one character in the middle, then taking it back, `edits` times: what the editor does. */
function timeEdits(text: string, edits: number): { p50: number; p95: number } {
  const middle = text.indexOf(" ", text.length >> 1) + 1;
  const typed = text.slice(0, middle) + "x" + text.slice(middle);
  for (let edit = 0; edit < UNTIMED_EDITS; edit++) lint({ text: edit % 2 ? text : typed, fileName: "bench.md" });
  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    const started = performance.now();
    lint({ text: edit % 2 ? text : typed, fileName: "bench.md" });
    times.push(performance.now() - started);
  }
  return { p50: round(percentile(times, 50), 1), p95: round(percentile(times, 95), 1) };
}

const corpusCache = new Map<string, { name: string; text: string }[]>();

/** The corpus policies of a language, read once. */
function corpusTexts(language: string): { name: string; text: string }[] {
  let texts = corpusCache.get(language);
  if (!texts) corpusCache.set(language, (texts = readCorpus(language)));
  return texts;
}

function readCorpus(language: string): { name: string; text: string }[] {
  return readdirSync(CORPUS)
    .filter((name) => name.startsWith(`${language}-`))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(CORPUS, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/u, "") }));
}

/**
 * The text with its copy number in every sentence, so no two copies share a sentence: the caches, keyed
 * by text, would otherwise serve a repeat and flatter the figures.
 */
const numbered = (text: string, copy: number): string => text.replace(/(\p{L})([.!?])(?=\s)/gu, `$1 ${copy}$2`);

/** The language's corpus policies one after another, each round numbered, until `size`, cut at the first line's end past it. */
function synthetic(language: string, size: number): string {
  const base = corpusTexts(language).map(({ text }) => text.trim()).join("\n\n");
  let text = "";
  for (let copy = 1; text.length <= size; copy++) text += numbered(base, copy) + "\n\n";
  return text.slice(0, text.indexOf("\n", size) + 1 || size);
}

/** Wall time of a whole process, median of `runs`. */
function timeProcess(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, stdio: "ignore", maxBuffer: 1 << 30 });
    if (result.error) throw result.error;
    times.push(performance.now() - started);
  }
  return round(median(times), 0);
}

/** Peak resident memory of a process that lints the file once, in MB; bundled as the product is, without tsx in memory. */
async function peakRss(file: string, scratch: string): Promise<number> {
  const probeScript = path.join(scratch, "bench-rss.js");
  await build({ entryPoints: [path.join(ROOT, "scripts", "bench-rss.ts")], bundle: true, platform: "node", outfile: probeScript, logLevel: "warning" });
  const probe = spawnSync(process.execPath, [probeScript, file], { cwd: ROOT, encoding: "utf8" });
  if (probe.status !== 0) throw new Error(`the memory probe failed: ${probe.stderr}`);
  return round(Number(probe.stdout.trim()) / 1024, 0);
}

async function serverStartToDiagnostics(text: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = "file:///bench/privacy-policy.md";
  const published = new Promise<void>((resolve) =>
    connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string }) => params.uri === uri && resolve()),
  );
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => null));
  connection.listen();
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification("initialized", {});
  await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
  await published;
  const ms = performance.now() - started;
  connection.dispose();
  child.kill();
  return ms;
}

function cliThroughput(files: number): Omit<NonNullable<BenchResults["cli"]>, "machineSpeedup"> {
  const folder = mkdtempSync(path.join(tmpdir(), "policylint-bench-"));
  const sources = [...corpusTexts("en"), ...corpusTexts("ru")];
  for (let i = 0; i < files; i++) {
    const source = sources[i % sources.length];
    writeFileSync(path.join(folder, `${String(i).padStart(3, "0")}-${source.name.replace(/\.txt$/u, ".md")}`), numbered(source.text, i));
  }
  const jobs = availableParallelism();
  const seconds = timeProcess(process.execPath, [CLI, "--format", "json", "--jobs", String(jobs), folder], 3) / 1000;
  const oneJobSeconds = timeProcess(process.execPath, [CLI, "--format", "json", "--jobs", "1", folder], 3) / 1000;
  rmSync(folder, { recursive: true, force: true });
  return { files, jobs, seconds, oneJobSeconds };
}

/**
 * How much faster this machine gets through `threads` equal busy loops at once than through one, times
 * `threads`: the most any number of jobs can gain here (a virtual machine's cores may share one CPU).
 */
async function machineSpeedup(threads: number): Promise<number> {
  const loop = "let x = 0; for (let i = 0; i < 3e8; i++) x += i; if (x < 0) console.log(x);";
  const wall = async (count: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(Array.from({ length: count }, () => new Promise((resolve) => new Worker(loop, { eval: true }).on("exit", resolve))));
    return performance.now() - started;
  };
  const one = await wall(1);
  return round((threads * one) / (await wall(threads)), 2);
}

/** Each prose linter as its users run it, a whole process on the same file. */
function competitors(file: string): Record<string, number> {
  const bin = (name: string): string => path.join(ROOT, "node_modules", ".bin", name);
  const runs = quick ? 1 : 3;
  return {
    policylint: timeProcess(process.execPath, [CLI, "--format", "json", file], runs),
    alex: timeProcess(bin("alex"), [file], runs),
    "write-good": timeProcess(bin("write-good"), [file], runs),
    "harper.js": timeProcess(process.execPath, [path.join(ROOT, "scripts", "bench-harper.mjs"), file], runs),
  };
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`bench: skipped, no corpus at ${path.relative(process.cwd(), CORPUS)} (the synthetic documents are built from it)`);
    return;
  }
  if (!existsSync(CLI) || !existsSync(SERVER)) throw new Error("run `npm run build` first");
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus()[0]?.model ?? "?"} × ${availableParallelism()}, Node ${process.version}`,
    runs: RUNS,
    edits: { timed: TIMED_EDITS, untimed: UNTIMED_EDITS },
  };
  const step = (what: string): void => void process.stderr.write(`bench: ${what}\n`);

  step("corpus policies");
  const corpus = [...corpusTexts("en"), ...corpusTexts("ru")].map(({ name, text }) => ({ name, kb: round(text.length / KB, 1), ...timeLint(text, RUNS) }));
  results.corpus = corpus;

  const synthetics: NonNullable<BenchResults["synthetic"]> = [];
  const scratch = mkdtempSync(path.join(tmpdir(), "policylint-bench-"));
  for (const language of ["en", "ru"]) {
    for (const size of SIZES) {
      step(`${language} ${size / KB} KB`);
      const text = synthetic(language, size);
      const full = timeLint(text, RUNS);
      const edit = size === 100 * KB || size === 1024 * KB ? timeEdits(text, TIMED_EDITS) : undefined;
      synthetics.push({ language, kb: round(text.length / KB, 0), ...full, ...(edit && { editP50: edit.p50, editP95: edit.p95 }) });
      if (language === "en" && size === 1024 * KB) writeFileSync(path.join(scratch, "en-1mb.md"), text);
      if (language === "en" && size === 5 * 1024 * KB) writeFileSync(path.join(scratch, "en-5mb.md"), text);
    }
  }
  results.synthetic = synthetics;

  step("adversarial texts");
  results.adversarial = Object.entries(adversarialTexts()).map(([name, text]) => ({ name, ...timeLint(text, quick ? 1 : 3) }));

  step("peak memory on 5 MB");
  results.peakRssMb5 = await peakRss(path.join(scratch, "en-5mb.md"), scratch);

  step("the CLI on 100 files");
  const throughput = cliThroughput(100);
  results.cli = { ...throughput, machineSpeedup: await machineSpeedup(throughput.jobs) };
  results.cli1mbMs = timeProcess(process.execPath, [CLI, "--format", "json", path.join(scratch, "en-1mb.md")], quick ? 1 : 5);

  step("server start to first diagnostics");
  const policy = synthetic("en", 42 * KB);
  const starts: number[] = [];
  for (let run = 0; run < (quick ? 3 : 10); run++) starts.push(await serverStartToDiagnostics(policy));
  results.serverFirstDiagnosticsMs = round(median(starts), 0);

  step("alex, write-good and harper.js on the same 1 MB of English");
  const others = competitors(path.join(scratch, "en-1mb.md"));
  results.competitors = others;
  rmSync(scratch, { recursive: true, force: true });

  mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(renderBenchTable(results));
  console.log(`\nadversarial texts (${ADVERSARIAL_SIZE / KB} KB each, ms): ${(results.adversarial as { name: string; ms: number }[]).map(({ name, ms }) => `${name} ${ms}`).join(", ")}`);
  console.log(`corpus policies (ms/KB): ${corpus.map(({ name, msPerKb }) => `${name} ${msPerKb}`).join(", ")}`);
  console.log("wrote bench/results.json; `npm run docs` puts the table in the README");
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
