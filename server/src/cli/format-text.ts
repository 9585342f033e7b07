import { SEVERITIES, type Severity } from "../engine/types";
import type { FileReport } from "./lint-files";
import { oneBased } from "./positions";

const RESET = "\u001b[0m";
const STYLE: Record<Severity | "dim", string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  information: "\u001b[36m",
  hint: "\u001b[2m",
  dim: "\u001b[2m",
};

/** Compiler-style lines, `path:line:col  severity  message  rule`, 1-based; then a one-line summary. */
export function formatText(reports: FileReport[], { color }: { color: boolean }): string {
  const paint = (style: keyof typeof STYLE, text: string): string => (color ? STYLE[style] + text + RESET : text);
  const lines: string[] = [];
  const counts = new Map<Severity, number>();
  for (const report of reports) {
    for (const { range, severity, message, rule } of report.findings) {
      const start = oneBased(range.start);
      const where = `${report.path}:${start.line}:${start.column}`;
      lines.push(`${where}  ${paint(severity, severity)}  ${message}  ${paint("dim", rule)}`);
      counts.set(severity, (counts.get(severity) ?? 0) + 1);
    }
  }
  lines.push(summary(reports, counts));
  return lines.join("\n") + "\n";
}

function summary(reports: FileReport[], counts: Map<Severity, number>): string {
  const failed = reports.filter((report) => report.error !== undefined).length;
  const linted = reports.length - failed;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const withFindings = reports.filter((report) => report.findings.length).length;
  const bySeverity = SEVERITIES.filter((severity) => counts.get(severity)).map((severity) =>
    severity === "information" ? `${counts.get(severity)} information` : plural(counts.get(severity)!, severity),
  );
  const parts = [
    total
      ? `${plural(total, "problem")} (${bySeverity.join(", ")}) in ${plural(withFindings, "file")}`
      : linted
        ? `No problems in ${plural(linted, "file")}`
        : "",
    failed ? `${plural(failed, "file")} could not be linted` : "",
  ];
  return parts.filter(Boolean).join("; ") + ".";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
