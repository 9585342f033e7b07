import path from "node:path";
import { pathToFileURL } from "node:url";
import { RULES } from "../engine/rules";
import type { Range, Severity } from "../engine/types";
import { truncationNote, type FileReport } from "./lint-files";
import { oneBased } from "./positions";

// SARIF has no "information" or "hint"; code scanning shows both as notes.
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", information: "note", hint: "note" };

/**
 * SARIF 2.1.0 as GitHub code scanning takes it. Paths are relative to the working directory (%SRCROOT%),
 * so run from the repository root; columns are UTF-16 code units, as in the engine.
 */
export function formatSarif(reports: FileReport[], { cwd, version }: { cwd: string; version: string }): string {
  // An unknown rule's index is undefined, which JSON.stringify leaves out.
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const location = (report: FileReport, range?: Range) => ({
    physicalLocation: { artifactLocation: artifactLocation(report.absolute, cwd), ...(range ? { region: region(range) } : {}) },
  });

  const results = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [location(report, finding.range)],
      // The other place: a near-duplicate contact in the same file, or the other version of a translation pair.
      ...(finding.related && {
        relatedLocations: finding.related.map((place, id) => ({
          id,
          message: { text: place.message },
          physicalLocation: { artifactLocation: artifactLocation(place.path ? path.resolve(cwd, place.path) : report.absolute, cwd), region: region(place.range) },
        })),
      }),
    })),
  );
  const notifications = reports.flatMap((report) => [
    ...(report.error === undefined ? [] : [{ level: "error" as const, message: { text: `${report.path}: ${report.error}` }, locations: [location(report)] }]),
    ...report.ruleFailures.map((failure) => ({
      level: "warning" as const,
      message: { text: `The rule failed on ${report.path}, so its findings are missing: ${failure.message}` },
      locations: [location(report)],
      associatedRule: { id: failure.rule, index: ruleIndex.get(failure.rule) },
    })),
    ...report.truncated.map((rule) => ({
      level: "note" as const,
      message: { text: `${report.path}: ${truncationNote(rule)}` },
      locations: [location(report)],
      associatedRule: { id: rule, index: ruleIndex.get(rule) },
    })),
  ]);

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "policylint",
            version,
            semanticVersion: version,
            rules: RULES.map(({ meta }) => {
              const markdown = `${meta.description}\n\n${meta.explanation}${meta.legalSource ? `\n\nLegal source: ${meta.legalSource}` : ""}`;
              return {
                id: meta.id,
                name: meta.id.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase()),
                shortDescription: { text: plainText(meta.description) },
                fullDescription: { text: plainText(meta.explanation), markdown: meta.explanation },
                help: { text: plainText(markdown), markdown },
                defaultConfiguration: { level: LEVEL[meta.severity] },
                properties: { tags: [meta.category] },
              };
            }),
          },
        },
        invocations: [
          {
            // A rule stopped at its limit still ran as it should; only a file or rule that failed makes the run unsuccessful.
            executionSuccessful: notifications.every((notification) => notification.level === "note"),
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function artifactLocation(absolute: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, absolute);
  // On Windows a file on another drive has no relative path: give its absolute URL instead.
  if (path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

function region(range: Range) {
  const [start, end] = [oneBased(range.start), oneBased(range.end)];
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

/** Rule texts are Markdown; SARIF's plain `text` fields should not show the markup. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/g, "$1");
}
