// The table `npm run bench` prints and the README shows (generated from bench/results.json).
export interface BenchResults {
  date: string;
  machine: string;
  runs: number;
  edits?: { timed: number; untimed: number };
  corpus?: { name: string; kb: number; ms: number; msPerKb: number }[];
  synthetic?: { language: string; kb: number; ms: number; msPerKb: number; editP50?: number; editP95?: number }[];
  adversarial?: { name: string; ms: number; msPerKb: number }[];
  peakRssMb5?: number;
  /** machineSpeedup: what `jobs` busy threads gain over one on this machine, the ceiling for the CLI's gain. */
  cli?: { files: number; jobs: number; seconds: number; oneJobSeconds: number; machineSpeedup?: number };
  cli1mbMs?: number;
  serverFirstDiagnosticsMs?: number;
  competitors?: Record<string, number>;
}

export function renderBenchTable(results: BenchResults): string {
  const rows: string[] = [
    `Measured ${results.date} on ${results.machine}; full lints are the median of ${results.runs} warm runs with every cache cleared. The synthetic documents repeat the corpus policies with each copy's sentences numbered, so none repeats.`,
    "",
    `| document | size | full lint | per KB | re-lint after a one-character edit (p50 / p95${results.edits ? ` of ${results.edits.timed}, after ${results.edits.untimed} untimed` : ""}) |`,
    "|---|---|---|---|---|",
  ];
  for (const entry of results.synthetic ?? []) {
    const edit = entry.editP50 === undefined ? "" : `${entry.editP50} / ${entry.editP95} ms`;
    rows.push(`| synthetic ${entry.language === "en" ? "English" : "Russian"} | ${entry.kb} KB | ${entry.ms} ms | ${entry.msPerKb} ms | ${edit} |`);
  }
  const corpus = results.corpus ?? [];
  if (corpus.length) {
    const kb = corpus.reduce((sum, entry) => sum + entry.kb, 0);
    const ms = corpus.reduce((sum, entry) => sum + entry.ms, 0);
    rows.push(`| the ${corpus.length} corpus policies, each alone | ${kb.toFixed(0)} KB | ${ms.toFixed(0)} ms | ${(ms / kb).toFixed(3)} ms | |`);
  }
  const adversarial = results.adversarial ?? [];
  if (adversarial.length) {
    const slowest = adversarial.reduce((worst, entry) => (entry.ms > worst.ms ? entry : worst));
    rows.push(`| slowest of ${adversarial.length} adversarial texts (${slowest.name}) | 1024 KB | ${slowest.ms} ms | ${slowest.msPerKb} ms | |`);
  }
  rows.push("", "| whole process, same 1 MB of English | time | policylint is |", "|---|---|---|");
  const competitors = results.competitors ?? {};
  const ours = competitors.policylint;
  for (const [name, ms] of Object.entries(competitors)) {
    rows.push(`| ${name} | ${(ms / 1000).toFixed(2)} s | ${name === "policylint" ? "" : `${(ms / ours).toFixed(1)}× faster`} |`);
  }
  rows.push("");
  if (results.cli) {
    const { files, jobs, seconds, oneJobSeconds, machineSpeedup } = results.cli;
    const ceiling = machineSpeedup === undefined ? "" : ` On this machine ${jobs} busy threads of plain arithmetic run ${machineSpeedup}× as fast as one.`;
    rows.push(`- CLI on ${files} different policies: ${seconds.toFixed(2)} s with ${jobs} jobs, ${oneJobSeconds.toFixed(2)} s with 1 (${(oneJobSeconds / seconds).toFixed(2)}×).${ceiling}`);
  }
  if (results.peakRssMb5 !== undefined) rows.push(`- Peak memory linting 5 MB: ${results.peakRssMb5} MB.`);
  if (results.serverFirstDiagnosticsMs !== undefined) rows.push(`- Server start to first diagnostics (42 KB policy, JSON-RPC over stdio): ${results.serverFirstDiagnosticsMs} ms.`);
  return rows.join("\n");
}
