import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { formatOf, lint, type ConfigProblem, type LintResult } from "../engine";
import type { DocumentFormat } from "../engine/document";
import type { OptionsResolver } from "./options";

export interface Analysis {
  uri: string;
  /** The document version the result describes. */
  version: number;
  result: LintResult;
  /** From settings, the project file and front matter. */
  configProblems: ConfigProblem[];
}

/** Lint results of open documents, one per version, so diagnostics, fixes and hovers agree. */
export class Analyses {
  private readonly cache = new Map<string, Analysis>();
  /** Bumped when options change, so a lint that started before the change is not cached. */
  private generation = 0;
  private readonly loggedFailures = new Set<string>();

  constructor(
    private readonly documentFor: (uri: string) => TextDocument | undefined,
    private readonly options: OptionsResolver,
    private readonly log: (line: string) => void,
  ) {}

  /** The analysis of the document as it is now; undefined when it is not open or the request was cancelled. */
  async current(uri: string, isCancelled?: () => boolean): Promise<Analysis | undefined> {
    const generation = this.generation;
    const { options, problems } = await this.options.forDocument(uri);
    const document = this.documentFor(uri);
    if (!document || isCancelled?.()) return undefined;
    const cached = this.cache.get(uri);
    if (cached?.version === document.version) return cached;

    const fileName = fileNameOf(uri);
    const result = lint({ text: document.getText(), fileName, format: formatFor(document.languageId, fileName), options, isCancelled });
    if (result.cancelled) return undefined;
    this.logRuleFailures(uri, result);
    const analysis = { uri, version: document.version, result, configProblems: [...problems, ...result.problems] };
    if (generation === this.generation) this.cache.set(uri, analysis);
    return analysis;
  }

  forget(uri?: string): void {
    if (uri !== undefined) {
      this.cache.delete(uri);
      return;
    }
    this.cache.clear();
    this.generation++;
  }

  /** One console line per failing rule and file, not one per keystroke. */
  private logRuleFailures(uri: string, result: LintResult): void {
    for (const failure of result.ruleFailures) {
      const line = `rule ${failure.rule} failed on ${uri}: ${failure.message}`;
      if (this.loggedFailures.has(line)) continue;
      this.loggedFailures.add(line);
      this.log(line);
    }
  }
}

function fileNameOf(uri: string): string {
  if (uri.startsWith("file:")) return fileURLToPath(uri);
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** The editor's language mode knows better than the name: an untitled Markdown buffer has no extension. */
function formatFor(languageId: string, fileName: string): DocumentFormat {
  if (languageId === "markdown" || languageId === "plaintext") return languageId;
  return formatOf(fileName);
}
