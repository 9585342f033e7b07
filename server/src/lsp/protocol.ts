/** Names the server and the VS Code client share. No imports: the client bundles this file too. */

export const SETTINGS_SECTION = "policyLint";
export const DIAGNOSTIC_SOURCE = "policylint";

/** Handled by the client (it opens the URL given as the first argument), never by the server. */
export const SHOW_RULE_DOCS_COMMAND = "policylint.showRuleDocs";

export const FIX_ALL_TITLE = "Fix all policylint auto-fixable problems";
/** A sub-kind of source.fixAll, so `editor.codeActionsOnSave` can ask for it by name. */
export const FIX_ALL_SOURCE_KIND = "source.fixAll.policylint";
