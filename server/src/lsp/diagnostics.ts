import path from "node:path";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver/node";
import type { ConfigProblem, Finding, Language, Severity } from "../engine";
import { DIAGNOSTIC_SOURCE, SETTINGS_SECTION } from "./protocol";
import { ruleDocsUrl } from "./docs-link";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const FIRST_CHARACTER = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** `uri` is the document's own: a related place is in it, or in the other version of a translation pair. `language` is the messages'. */
export function findingDiagnostic(finding: Finding, uri: string, language: Language): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule, language) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.related && { relatedInformation: finding.related.map(({ range, message, path }) => ({ location: { uri: path ? siblingUri(uri, path) : uri, range }, message })) }),
  };
}

/** Where a bad option came from, in words a user can act on. Keys like "(file)" stand for the whole source. */
function describeOrigin({ source, key }: ConfigProblem): string {
  const wholeSource = key.startsWith("(");
  if (source === "settings") return wholeSource ? `the "${SETTINGS_SECTION}" settings` : `setting "${SETTINGS_SECTION}.${key}"`;
  if (source === "front matter") return wholeSource ? "the front matter" : `front matter key "${key}"`;
  return wholeSource ? source : `${source}, key "${key}"`;
}

/** Shown at the top of the file; linting went on without the bad value. */
export function configProblemDiagnostic(problem: ConfigProblem): Diagnostic {
  return {
    range: FIRST_CHARACTER,
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `Configuration problem in ${describeOrigin(problem)}: ${problem.message}; linting goes on without it.`,
  };
}

/** The one diagnostic for a file the engine refused (binary, too large). */
export function unlintableDiagnostic(reason: string): Diagnostic {
  return {
    range: FIRST_CHARACTER,
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `policylint did not lint this file: ${reason}.`,
  };
}

/** The other version of a translation pair, named relative to the document's folder. */
export function siblingUri(uri: string, relative: string): string {
  return new URL(relative.split(path.sep).map(encodeURIComponent).join("/"), uri).href;
}
