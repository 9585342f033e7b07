import { closeSync, openSync, readSync } from "node:fs";
import path from "node:path";
import { declaredTranslation } from "../engine/document";
import { MAX_FINDINGS_PER_RULE, type FoundElement, type RuleFailure, type SectionSummary } from "../engine/lint";
import type { TranslationComparison } from "../engine/translation/table";
import type { ConfigProblem, Finding, Language, LintOptions } from "../engine/types";
import { findProjectConfig, loadProjectConfig } from "../node/project-config";
import { translationPartner } from "../node/translation-partner";
import type { WorkerLinter } from "../node/worker-linter";
import type { Target } from "./inputs";
import { readPolicyFile } from "./read";

/** One file's outcome; `error` set means it could not be read or linted and the lists are empty. */
export interface FileReport {
  path: string;
  absolute: string;
  /** null when the file was never linted. */
  language: Language | null;
  profiles: string[];
  elements: FoundElement[];
  sections: SectionSummary[];
  /** The language of the messages (and of element names in --format coverage); null when the file was never linted. */
  messageLanguage: Language | null;
  findings: Finding[];
  /** Rules that threw on this file: their findings are missing. */
  ruleFailures: RuleFailure[];
  /** With a translation among the files: the two versions' facts side by side. */
  translation?: TranslationComparison;
  /** Rules stopped at the limit of findings on this file: they had more. */
  truncated: string[];
  error?: string;
}

export interface LintFilesOptions {
  cwd: string;
  overrides: LintOptions;
  /** --config: one file for every document instead of the nearest one above each. */
  configFile?: string;
  /** One per file linted at once (--jobs); each lints one file at a time, stopping any that takes too long. */
  linters: WorkerLinter[];
  /** A line for standard error. */
  warn(line: string): void;
}

/**
 * Lints the targets on every linter at once and returns their reports in the targets' order; each
 * file's lines for standard error are held back until every file before it has had its say, so the
 * output is the same whatever finishes first.
 */
export async function lintTargets(targets: Target[], { cwd, overrides, configFile, linters, warn }: LintFilesOptions): Promise<FileReport[]> {
  const relative = (file: string): string => path.relative(cwd, file) || file;
  // Keys in parentheses, "(file)" or "(yaml)", stand for the whole file, whose message says so itself.
  const reportProblem = ({ source, key, message }: ConfigProblem, documentPath?: string, say = warn): void => {
    const where = documentPath ?? relative(source);
    const label = key.startsWith("(") ? "" : documentPath ? `front matter key "${key}": ` : `key "${key}": `;
    say(`policylint: ${where}: ${label}${message}`);
  };
  // Each config file is read, and its problems told, once however many documents it governs.
  const configs = new Map<string, LintOptions>();
  const optionsFrom = (file: string | undefined): LintOptions => {
    if (!file) return {};
    let options = configs.get(file);
    if (!options) {
      const loaded = loadProjectConfig(file);
      loaded.problems.forEach((problem) => reportProblem(problem));
      configs.set(file, (options = loaded.options));
    }
    return options;
  };
  const explicitConfig = configFile === undefined ? undefined : path.resolve(cwd, configFile);
  if (explicitConfig) optionsFrom(explicitConfig);

  // Read up front, in order, so a config file's problems are told once and before any file's.
  const targetConfigs = targets.map((target) => (target.error ? undefined : (explicitConfig ?? findProjectConfig(path.dirname(target.absolute)))));
  const targetOptions = targetConfigs.map(optionsFrom);
  // Translation pairs among the files given: a file whose front matter names another pairs that one with it too.
  const given = new Map(targets.filter((target) => !target.error).map((target) => [target.absolute, target]));
  const declaredBy = new Map<string, string>();
  for (const target of given.values()) {
    const declared = declaredTranslation(readHead(target.absolute));
    if (declared) declaredBy.set(path.resolve(path.dirname(target.absolute), declared), target.absolute);
  }
  const translationOf = (index: number, text: string): { path: string; text: string } | undefined => {
    const target = targets[index];
    const partner =
      translationPartner(target.absolute, text, { file: targetConfigs[index], options: targetOptions[index] }, (file) => given.has(file)) ?? declaredBy.get(target.absolute);
    const other = partner === undefined ? undefined : given.get(partner);
    const read = other && readPolicyFile(other.absolute);
    return other && read && "text" in read ? { path: other.path, text: read.text } : undefined;
  };

  const lintTarget = async (index: number, linter: WorkerLinter, warnHere: (line: string) => void): Promise<FileReport> => {
    const target = targets[index];
    const options = targetOptions[index];
    const failed = (error: string): FileReport => {
      warnHere(`policylint: ${target.path}: ${error}`);
      return { path: target.path, absolute: target.absolute, language: null, profiles: [], elements: [], sections: [], messageLanguage: null, findings: [], ruleFailures: [], truncated: [], error };
    };
    if (target.error) return failed(target.error);
    const read = readPolicyFile(target.absolute);
    if ("error" in read) return failed(read.error);

    let result;
    try {
      result = await linter.lint({ text: read.text, fileName: target.path, options, overrides, translation: translationOf(index, read.text) });
    } catch (error) {
      return failed(`internal error while linting: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (result.error) return failed(result.error);
    for (const problem of result.problems) reportProblem(problem, target.path, warnHere);
    for (const failure of result.ruleFailures) {
      warnHere(`policylint: warning: rule "${failure.rule}" failed on ${target.path}, so its findings are missing: ${failure.message}`);
    }
    for (const rule of result.truncated) warnHere(`policylint: note: ${target.path}: ${truncationNote(rule)}`);
    const { language, messageLanguage, profiles, elements, sections, findings, ruleFailures, truncated, translation } = result;
    return { path: target.path, absolute: target.absolute, language, messageLanguage, profiles, elements, sections, findings, ruleFailures, truncated, translation };
  };
  const reports: FileReport[] = new Array(targets.length);
  const held: string[][] = targets.map(() => []);
  const done: boolean[] = targets.map(() => false);
  let flushed = 0;
  let next = 0;
  const lane = async (linter: WorkerLinter): Promise<void> => {
    for (let index = next++; index < targets.length; index = next++) {
      reports[index] = await lintTarget(index, linter, (line) => held[index].push(line));
      done[index] = true;
      for (; flushed < targets.length && done[flushed]; flushed++) held[flushed].forEach(warn);
    }
  };
  await Promise.all(linters.slice(0, Math.max(1, targets.length)).map(lane));
  return reports;
}

/** Enough of a file to hold its front matter. */
const HEAD_BYTES = 8192;

function readHead(file: string): string {
  try {
    const handle = openSync(file, "r");
    try {
      const bytes = Buffer.alloc(HEAD_BYTES);
      return bytes.toString("utf8", 0, readSync(handle, bytes, 0, HEAD_BYTES, 0));
    } finally {
      closeSync(handle);
    }
  } catch {
    // Unreadable: linting it will say so.
    return "";
  }
}

/** Said on standard error and in SARIF when a rule had more to report than a file shows. */
export function truncationNote(rule: string): string {
  return `rule "${rule}" stopped at ${MAX_FINDINGS_PER_RULE} findings; fix those and lint again to see the rest`;
}
