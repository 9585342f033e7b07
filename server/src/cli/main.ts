import { SEVERITIES } from "../engine/types";
import packageJson from "../../../package.json";
import { lintTimeoutMs, WorkerLinter } from "../node/worker-linter";
import { HELP, parseCommandLine, UsageError, type ParsedCommand } from "./args";
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
    io.stdout(command.kind === "help" ? HELP : `${packageJson.version}\n`);
    return 0;
  }

  const { inputs, format, failOn, overrides, configFile } = command.args;
  const reports = await lintTargets(expandInputs(inputs, io.cwd), {
    cwd: io.cwd,
    overrides,
    configFile,
    linter: new WorkerLinter(lintTimeoutMs(LINT_TIMEOUT_MS, io.env)),
    warn: (line) => io.stderr(line + "\n"),
  });

  if (format === "json") io.stdout(formatJson(reports));
  else if (format === "sarif") io.stdout(formatSarif(reports, { cwd: io.cwd, version: packageJson.version }));
  else io.stdout(formatText(reports, { color: io.stdoutIsTTY && !io.env.NO_COLOR }));

  if (reports.some((report) => report.error !== undefined)) return 2;
  const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1) as readonly string[];
  return reports.some((report) => report.findings.some((finding) => failing.includes(finding.severity))) ? 1 : 0;
}
