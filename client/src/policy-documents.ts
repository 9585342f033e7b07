import picomatch from "picomatch";

/** Documents in this language mode are always policies. */
export const POLICY_LANGUAGE_ID = "privacy-policy";
/** Language modes the client syncs with the server, when the document is a policy. */
export const LINTABLE_LANGUAGE_IDS = ["markdown", "plaintext", POLICY_LANGUAGE_ID] as const;

/** What the decision needs to know about a document; kept free of `vscode` so it can be tested in plain Node. */
export interface DocumentFacts {
  uri: string;
  languageId: string;
  /** The absolute path and the workspace-relative path, with forward slashes; empty for untitled documents. */
  paths: string[];
}

/**
 * Which open documents are privacy policies: those in the privacy-policy language mode, those whose path
 * matches `policyLint.include` (case-insensitively, so "Privacy.MD" and "ПОЛИТИКА_КОНФИДЕНЦИАЛЬНОСТИ.txt" count),
 * and those the user asked for with "Lint This File as a Privacy Policy".
 */
export class PolicyDocuments {
  private matches: (path: string) => boolean = () => false;
  private readonly requested = new Set<string>();

  constructor(include: readonly string[]) {
    this.setInclude(include);
  }

  setInclude(include: readonly string[]): void {
    const patterns = include.filter((pattern) => typeof pattern === "string" && pattern.trim() !== "");
    this.matches = picomatch(patterns, { nocase: true, dot: true });
  }

  /** For the rest of the session, whatever its name. */
  request(uri: string): void {
    this.requested.add(uri);
  }

  isPolicy(document: DocumentFacts): boolean {
    if (document.languageId === POLICY_LANGUAGE_ID || this.requested.has(document.uri)) return true;
    if (!(LINTABLE_LANGUAGE_IDS as readonly string[]).includes(document.languageId)) return false;
    // macOS hands out decomposed names; the patterns are typed composed.
    return document.paths.some((path) => this.matches(path.normalize("NFC")));
  }
}
