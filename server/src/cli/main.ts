import { SEVERITIES } from "../engine/types";
// Only the version: a named import keeps the rest of the manifest out of the bundle.
import { version } from "../../../package.json";
import { lintTimeoutMs, WorkerLinter } from "../node/worker-linter";
import { HELP, parseCommandLine, UsageError, type ParsedCommand } from "./args";
import { formatCoverage } from "./format-coverage";
import { formatJson } from "./format-json";
import { formatSarif } from "./format-sarif";
import { formatText } from "./format-text";
import { expandInputs } from "./inputs";
import { lintTargets } from "./lint-files";

/** Past this a file's lint is stopped and the file reported as unlintable, so CI never hangs on one file. */
const LINT_TIMEOUT_MS = 20_000;

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs one command line and returns the exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or unreadable file. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: ParsedCommand;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`policylint: ${error.message}\nRun "policylint --help" for usage.\n`);
    return 2;
  }
  if (command.kind !== "lint") {
    io.stdout(command.kind === "help" ? HELP : `${version}\n`);
    return 0;
  }

  const { inputs, format, failOn, overrides, configFile, jobs } = command.args;
  const targets = expandInputs(inputs, io.cwd);
  const timeoutMs = lintTimeoutMs(LINT_TIMEOUT_MS, io.env);
  const reports = await lintTargets(targets, {
    cwd: io.cwd,
    overrides,
    configFile,
    // No more workers than files: each costs a thread and a copy of the engine.
    linters: Array.from({ length: Math.max(1, Math.min(jobs, targets.length)) }, () => new WorkerLinter(timeoutMs)),
    warn: (line) => io.stderr(line + "\n"),
  });

  if (format === "json") io.stdout(formatJson(reports));
  else if (format === "coverage") io.stdout(formatCoverage(reports));
  else if (format === "sarif") io.stdout(formatSarif(reports, { cwd: io.cwd, version }));
  else io.stdout(formatText(reports, { color: io.stdoutIsTTY && !io.env.NO_COLOR }));

  if (reports.some((report) => report.error !== undefined)) return 2;
  // SEVERITIES runs from the most severe down.
  const lowestFailing = SEVERITIES.indexOf(failOn);
  return reports.some((report) => report.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= lowestFailing)) ? 1 : 0;
}
