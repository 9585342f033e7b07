import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { formatOf, MAX_FINDINGS_PER_RULE, unlintedResult, type ConfigProblem, type LintOptions, type LintResult } from "../engine";
import type { DocumentFormat } from "../engine/document";
import { translationPartner } from "../node/translation-partner";
import type { WorkerLinter } from "../node/worker-linter";
import { localPath, type OptionsResolver } from "./options";

export interface Analysis {
  uri: string;
  /** The document version the result describes. */
  version: number;
  result: LintResult;
  /** From settings, the project file and front matter. */
  configProblems: ConfigProblem[];
}

/** A lint under way, shared by every request for the same version. */
interface PendingAnalysis {
  version: number;
  generation: number;
  analysis: Promise<Analysis | undefined>;
}

/**
 * Lint results of open documents, one per version, so diagnostics, fixes and hovers agree. A result
 * that arrives after the document changed, closed or got new options is dropped, never cached or
 * published; the linter stops such a lint when a newer one is waiting.
 */
export class Analyses {
  private readonly cache = new Map<string, Analysis>();
  private readonly pending = new Map<string, PendingAnalysis>();
  /** Each open document's other language's version, as a URI, when it has one. */
  private readonly partners = new Map<string, string>();
  /** Bumped when options change, so a lint that started before the change is dropped. */
  private generation = 0;

  constructor(
    private readonly documentFor: (uri: string) => TextDocument | undefined,
    private readonly options: OptionsResolver,
    private readonly linter: WorkerLinter,
    /** Called on every failure; the session writes each distinct line once. */
    private readonly log: (line: string) => void,
  ) {}

  /** The analysis of the document as it is now; undefined when it is not open, changed meanwhile, or the request was cancelled. */
  async current(uri: string, isCancelled?: () => boolean): Promise<Analysis | undefined> {
    const generation = this.generation;
    const { options, problems, configFile } = await this.options.forDocument(uri);
    const document = this.documentFor(uri);
    if (!document || isCancelled?.() || generation !== this.generation) return undefined;
    const cached = this.cache.get(uri);
    if (cached?.version === document.version) return cached;

    let pending = this.pending.get(uri);
    if (pending?.version !== document.version || pending.generation !== generation) {
      pending = { version: document.version, generation, analysis: this.analyse(uri, document, options, problems, configFile) };
      this.pending.set(uri, pending);
    }
    const analysis = await pending.analysis;
    if (this.pending.get(uri) === pending) this.pending.delete(uri);
    return isCancelled?.() ? undefined : analysis;
  }

  /**
   * The last finished analysis of the open document, of whatever version: requests that only read (hover,
   * symbols, the coverage view) are answered at once from it while a newer lint runs. Undefined until one finished.
   */
  latest(uri: string): Analysis | undefined {
    return this.documentFor(uri) ? this.cache.get(uri) : undefined;
  }

  private async analyse(uri: string, document: TextDocument, options: LintOptions, problems: ConfigProblem[], configFile?: string): Promise<Analysis | undefined> {
    const { version } = document;
    const generation = this.generation;
    // The same object until the document closes (a reopened one starts again at version 1).
    const isStale = (): boolean => generation !== this.generation || this.documentFor(uri) !== document || document.version !== version;
    const fileName = fileNameOf(uri);
    const text = document.getText();
    const request = { text, fileName, format: formatFor(document.languageId, fileName), options, translation: this.translationOf(uri, text, options, configFile) };
    const result = await this.linter.lint(request, isStale).catch((error: Error) => {
      // The worker died or the engine threw outside a rule: the document says so, and its next version gets a fresh worker.
      this.log(`could not lint ${uri}: ${error.message}`);
      return unlintedResult({ error: error.message });
    });
    if (result.cancelled || isStale()) return undefined;
    this.logFailuresAndTruncations(uri, result);
    const analysis = { uri, version, result, configProblems: [...problems, ...result.problems] };
    this.cache.set(uri, analysis);
    return analysis;
  }

  /** Open documents whose other language's version is `uri`: an edit there changes their mismatches. */
  pairedWith(uri: string): string[] {
    return [...this.partners].filter(([, partner]) => partner === uri).map(([document]) => document);
  }

  /** The other version, from its open buffer if it is open, else from disk; its path relative to this document's folder. */
  private translationOf(uri: string, text: string, options: LintOptions, configFile?: string): { path: string; text: string } | undefined {
    const filePath = localPath(uri);
    const partner = filePath && translationPartner(filePath, text, { file: configFile, options }, (file) => Boolean(this.documentFor(pathToFileURL(file).href)) || existsSync(file));
    if (!filePath || !partner) {
      this.partners.delete(uri);
      return undefined;
    }
    const partnerUri = pathToFileURL(partner).href;
    this.partners.set(uri, partnerUri);
    const open = this.documentFor(partnerUri);
    let partnerText = open?.getText();
    try {
      partnerText ??= readFileSync(partner, "utf8");
    } catch {
      // Named but not there (or unreadable): nothing to compare with.
      return undefined;
    }
    return { path: path.relative(path.dirname(filePath), partner), text: partnerText };
  }

  forget(uri?: string): void {
    if (uri !== undefined) {
      this.partners.delete(uri);
      this.cache.delete(uri);
      this.pending.delete(uri);
      return;
    }
    this.cache.clear();
    this.pending.clear();
    this.generation++;
  }

  private logFailuresAndTruncations(uri: string, result: LintResult): void {
    for (const failure of result.ruleFailures) this.log(`rule ${failure.rule} failed on ${uri}: ${failure.message}`);
    for (const rule of result.truncated) this.log(`rule ${rule} stopped at ${MAX_FINDINGS_PER_RULE} findings on ${uri}; the rest are not shown`);
  }
}

function fileNameOf(uri: string): string {
  const filePath = localPath(uri);
  if (filePath) return filePath;
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
