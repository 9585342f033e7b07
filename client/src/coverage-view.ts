import * as vscode from "vscode";
import { State, type LanguageClient } from "vscode-languageclient/node";
import type { CoverageElement, ProfileCoverage } from "../../server/src/engine/coverage";
import type { SectionSummary } from "../../server/src/engine/lint";
import type { TranslationComparison } from "../../server/src/engine/translation/table";
import { COVERAGE_REQUEST, type CoverageParams, type CoverageResult } from "../../server/src/lsp/protocol";

export const COVERAGE_VIEW_ID = "policylint.coverage";
export const REVEAL_ELEMENT_COMMAND = "policylint.revealElement";
export const OFFER_SECTION_COMMAND = "policylint.offerSection";

type Shown = Extract<CoverageResult, { version: number }>;
type ComparisonRow = TranslationComparison["rows"][number];
type Node =
  | { profile: ProfileCoverage }
  | { element: CoverageElement; uri: vscode.Uri }
  | { reading: SectionSummary[] }
  | { section: SectionSummary; uri: vscode.Uri }
  | { comparison: TranslationComparison; uri: vscode.Uri; other: vscode.Uri }
  | { row: ComparisonRow; uri: vscode.Uri; other: vscode.Uri };

/** Below this reading ease a section is marked hard (Flesch's "difficult"; Oborneva's scale for Russian matches it). */
const HARD_TO_READ = 30;

/**
 * The coverage view (profiles, then their elements, found or missing) and the status bar's
 * "elements: N of M", both for the active policy. They ask the server again whenever the document's
 * diagnostics change, which happens after every analysis, so they follow edits without a protocol of their own.
 */
export class CoverageView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly statusBar = vscode.window.createStatusBarItem("policylint.coverage", vscode.StatusBarAlignment.Left, 50);
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private shown: { uri: vscode.Uri; coverage: Shown } | undefined;
  /** Bumped per refresh, so a slow answer for a document no longer active is dropped. */
  private asked = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly isPolicy: (document: vscode.TextDocument) => boolean,
  ) {
    this.view = vscode.window.createTreeView(COVERAGE_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.statusBar.name = vscode.l10n.t("policylint coverage");
    this.statusBar.command = `${COVERAGE_VIEW_ID}.focus`;
    this.disposables.push(
      this.view,
      this.statusBar,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (uris.some((uri) => uri.toString() === active)) void this.refresh();
      }),
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const asked = ++this.asked;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.isPolicy(document) || this.client.state !== State.Running) return this.show(undefined);
    let reply: CoverageResult | null;
    try {
      reply = await this.client.sendRequest<CoverageResult | null>(COVERAGE_REQUEST, { textDocument: { uri: document.uri.toString() } } satisfies CoverageParams);
    } catch {
      // The server restarting or stopping; the next diagnostics bring a new answer.
      reply = null;
    }
    if (asked !== this.asked) return;
    if (reply && "refused" in reply) return this.show(undefined, reply.refused);
    // null: the server has not analysed this version yet; its diagnostics will call again.
    if (reply) this.show({ uri: document.uri, coverage: reply });
  }

  private show(shown: CoverageView["shown"], refused?: string): void {
    this.shown = shown;
    this.view.message = shown
      ? undefined
      : (refused ?? vscode.l10n.t("Open a privacy policy to see which disclosures its profiles ask for and which it makes."));
    if (shown) {
      const { found, required } = shown.coverage;
      this.statusBar.text = `$(checklist) ${vscode.l10n.t("elements: {0} of {1}", found, required)}`;
      this.statusBar.tooltip = vscode.l10n.t("Disclosures the active profiles ask for that this policy makes. Click to see which.");
      this.statusBar.backgroundColor = undefined;
      this.view.description = shown.coverage.profiles.map(({ profile }) => profile).join(", ");
      this.statusBar.show();
    } else {
      this.view.description = undefined;
      this.statusBar.hide();
    }
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.shown) return [];
    const { uri, coverage } = this.shown;
    if (!node) {
      const { translation, translationUri } = coverage;
      return [
        ...coverage.profiles.map((profile) => ({ profile })),
        ...(coverage.sections.length ? [{ reading: coverage.sections }] : []),
        ...(translation && translationUri ? [{ comparison: translation, uri, other: vscode.Uri.parse(translationUri) }] : []),
      ];
    }
    if ("reading" in node) return node.reading.map((section) => ({ section, uri }));
    // Differences first, as missing elements are: what the author has to act on.
    if ("comparison" in node) return [...node.comparison.rows].sort((a, b) => Number(a.agrees) - Number(b.agrees)).map((row) => ({ row, uri, other: node.other }));
    // Missing elements first: they are what the author has to act on.
    const elements = "profile" in node ? [...node.profile.elements].sort((a, b) => Number(Boolean(a.found)) - Number(Boolean(b.found))) : [];
    return elements.map((element) => ({ element, uri }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ("reading" in node) {
      const item = new vscode.TreeItem(vscode.l10n.t("Reading ease by section"), vscode.TreeItemCollapsibleState.Collapsed);
      item.iconPath = new vscode.ThemeIcon("book");
      return item;
    }
    if ("section" in node) return sectionItem(node.section, node.uri);
    if ("comparison" in node) return comparisonItem(node.comparison);
    if ("row" in node) return rowItem(node.row, node.uri, node.other);
    if ("profile" in node) {
      const { profile, elements } = node.profile;
      const item = new vscode.TreeItem(profile, vscode.TreeItemCollapsibleState.Expanded);
      const found = elements.filter((element) => element.found).length;
      item.description = vscode.l10n.t("{0} of {1}", found, elements.length);
      item.iconPath = new vscode.ThemeIcon(found === elements.length ? "pass-filled" : "law");
      item.contextValue = "profile";
      return item;
    }
    const { element, uri } = node;
    const item = new vscode.TreeItem(element.name, vscode.TreeItemCollapsibleState.None);
    const conditional = element.conditional ? ` · ${vscode.l10n.t("if it applies")}` : "";
    if (element.found) {
      item.description = `${vscode.l10n.t("line {0}", element.found.range.start.line + 1)}${conditional}`;
      item.iconPath = new vscode.ThemeIcon("pass", new vscode.ThemeColor("testing.iconPassed"));
      item.tooltip = vscode.l10n.t("{0} ({1}): disclosed at line {2}. Click to go there.", element.name, element.id, element.found.range.start.line + 1);
      item.command = { title: vscode.l10n.t("Go to the evidence"), command: REVEAL_ELEMENT_COMMAND, arguments: [uri, element.found.range] };
      item.contextValue = "found";
    } else {
      item.description = `${vscode.l10n.t("missing")}${conditional}`;
      item.iconPath = new vscode.ThemeIcon(element.conditional ? "circle-large-outline" : "warning", new vscode.ThemeColor(element.conditional ? "disabledForeground" : "list.warningForeground"));
      item.tooltip = element.conditional
        ? vscode.l10n.t("{0} ({1}) is missing; it is required only when it applies, and saying it does not apply also discloses it. Click to insert the standard section.", element.name, element.id)
        : vscode.l10n.t("{0} ({1}) is missing. Click to insert the standard section.", element.name, element.id);
      item.command = { title: vscode.l10n.t("Insert the standard section"), command: OFFER_SECTION_COMMAND, arguments: [uri, element.id, element.name] };
      item.contextValue = "missing";
    }
    return item;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A section's length and reading ease; a click shows it. */
function sectionItem(section: SectionSummary, uri: vscode.Uri): vscode.TreeItem {
  const title = section.title ?? vscode.l10n.t("(before the first heading)");
  const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
  const ease = section.ease === undefined ? "-" : String(Math.round(section.ease));
  item.description = vscode.l10n.t("{0} words · reading ease {1}", section.words, ease);
  const hard = section.ease !== undefined && section.ease < HARD_TO_READ;
  item.iconPath = new vscode.ThemeIcon(hard ? "warning" : "book", hard ? new vscode.ThemeColor("list.warningForeground") : undefined);
  item.tooltip = vscode.l10n.t("{0}: {1} words, reading ease {2} (Flesch; Oborneva's coefficients for Russian; under 30 is hard). Click to go there.", title, section.words, ease);
  item.command = { title: vscode.l10n.t("Go to the section"), command: REVEAL_ELEMENT_COMMAND, arguments: [uri, section.range] };
  return item;
}

/** The translation's node: the other file, and how many facts the two versions disagree on. */
function comparisonItem({ path, rows, sections }: TranslationComparison): vscode.TreeItem {
  const differences = rows.filter((row) => !row.agrees).length + Number(!sections.agrees);
  const item = new vscode.TreeItem(vscode.l10n.t("Beside {0}", path), vscode.TreeItemCollapsibleState.Collapsed);
  item.description = differences ? vscode.l10n.t("{0} differences", differences) : vscode.l10n.t("no differences");
  item.iconPath = new vscode.ThemeIcon(differences ? "diff" : "pass-filled");
  item.tooltip = vscode.l10n.t("Elements, contacts, dates, numbers and laws of this version beside those of {0}; sections: {1} here, {2} there.", path, sections.here, sections.there);
  return item;
}

/** A fact as this version states it, then as the translation does; a click shows this version's, else the translation's. */
function rowItem({ kind, here, there, agrees }: ComparisonRow, uri: vscode.Uri, other: vscode.Uri): vscode.TreeItem {
  const absent = vscode.l10n.t("(absent)");
  const item = new vscode.TreeItem(here?.text ?? absent, vscode.TreeItemCollapsibleState.None);
  item.description = `${agrees ? "=" : "≠"} ${there?.text ?? absent}`;
  item.iconPath = new vscode.ThemeIcon(agrees ? "pass" : "warning", new vscode.ThemeColor(agrees ? "testing.iconPassed" : "list.warningForeground"));
  item.tooltip = `${kind}: ${here?.text ?? absent} ${agrees ? "=" : "≠"} ${there?.text ?? absent}`;
  const [target, range] = here ? [uri, here.range] : [other, there!.range];
  item.command = { title: vscode.l10n.t("Go to the fact"), command: REVEAL_ELEMENT_COMMAND, arguments: [target, range] };
  return item;
}

/** Shows the document with the evidence selected. */
export async function revealElement(uri: vscode.Uri, range: { start: vscode.Position; end: vscode.Position }): Promise<void> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(uri, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
