import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { validateOptions } from "../engine/config";
import { PROFILE_IDS } from "../engine/elements";
import { LANGUAGES, SEVERITIES, type LintOptions, type Severity } from "../engine/types";

const FORMATS = ["text", "json", "sarif", "coverage"] as const;
type OutputFormat = (typeof FORMATS)[number];

export interface CliArgs {
  inputs: string[];
  format: OutputFormat;
  failOn: Severity;
  /** From --profile and --language: they win over front matter. */
  overrides: LintOptions;
  configFile?: string;
  /** Files linted at once, each on its own worker thread. */
  jobs: number;
}

export type ParsedCommand = { kind: "help" } | { kind: "version" } | { kind: "lint"; args: CliArgs };

/** A mistake on the command line: reported with a pointer to --help, exit status 2. */
export class UsageError extends Error {}

export const HELP = `Usage: policylint [options] FILE|DIRECTORY|GLOB...

Lints privacy-policy drafts (Markdown or plain text, English or Russian).
A directory means the .md, .markdown and .txt files under it; quote globs such as
"docs/**/*.md" to let policylint expand them. node_modules and .git are skipped.

Options:
  --format text|json|sarif|coverage
                             Output format (default: text).
                               text:  path:line:col  severity  message  rule, then a summary;
                                      lines and columns are 1-based, columns count UTF-16 code units.
                               json:  one JSON document; positions are zero-based, as in LSP.
                               sarif: SARIF 2.1.0 for GitHub code scanning (run from the repository root).
                               coverage: per file, the active profiles' elements, found (with the line)
                                      or missing.
  --fail-on SEVERITY         Lowest severity that makes the exit status 1:
                               error, warning, information or hint (default: error).
  --profile ID               Profile to check against; repeat for several. Wins over front matter and config.
                               Known: ${PROFILE_IDS.join(", ")}.
  --language en|ru           Language of the documents. Wins over front matter, config and detection.
  --config FILE              Use this .policylintrc.json instead of searching upward from each file.
  --jobs N                   Files linted at once, each on a worker thread (default: one per core,
                               here ${availableParallelism()}). Output keeps the files' order.
  -h, --help                 Show this help.
  --version                  Show the version.

Exit status: 0 when nothing at or above the --fail-on severity was found, 1 when something was,
2 for a usage error or a file that could not be read or linted.
Colour is used only when standard output is a terminal and NO_COLOR is not set.
`;

export function parseCommandLine(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string" },
        "fail-on": { type: "string" },
        profile: { type: "string", multiple: true },
        language: { type: "string" },
        config: { type: "string" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (error) {
    // Node's message ends with advice on positionals that start with "-"; the first sentence is the point.
    throw new UsageError((error as Error).message.split(". ")[0].replace(/\.$/, ""));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const format = oneOf("--format", values.format ?? "text", FORMATS);
  const failOn = oneOf("--fail-on", values["fail-on"] ?? "error", SEVERITIES);
  if (values.language !== undefined) oneOf("--language", values.language, LANGUAGES);
  // The engine's validator knows the profile ids; its complaints become usage errors here.
  const { options: overrides, problems } = validateOptions({ profiles: values.profile, language: values.language }, "command line");
  if (problems.length) throw new UsageError(`--${problems[0].key.replace(/s$/, "")}: ${problems[0].message}`);
  if (values.config === "") throw new UsageError("--config needs a file name");
  if (!positionals.length) throw new UsageError("no files given");
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of 1 or more; got "${values.jobs}"`);
  return { kind: "lint", args: { inputs: positionals, format, failOn, overrides, configFile: values.config, jobs } };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${option} must be one of ${allowed.join(", ")}; got "${value}"`);
  return value as T;
}
