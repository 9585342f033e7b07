import type { FileReport } from "./lint-files";

/** The document of ../shared/spec/cli-json.md; fields are picked one by one so nothing internal leaks out. */
export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    language: report.language,
    profiles: report.profiles,
    elements: report.elements.map(({ id, range, source }) => ({ id, range, source })),
    diagnostics: report.findings.map(({ rule, severity, message, range, data, related }) => ({
      rule,
      severity,
      message,
      range,
      data: data ?? {},
      ...(related && { related: related.map((place) => ({ path: report.path, ...place })) }),
    })),
    ...(report.truncated.length ? { truncated: report.truncated } : {}),
    ...(report.error === undefined ? {} : { error: report.error }),
  }));
  return JSON.stringify({ version: 1, files }, null, 2) + "\n";
}
