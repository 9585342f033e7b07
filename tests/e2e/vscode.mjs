// End-to-end check of the packaged extension in a real VS Code: code-server (VS Code's workbench and
// extension host over HTTP) driven by headless Chromium through playwright-core. tests/e2e/run.mjs
// (`npm run test:e2e`) sets it up and runs it; by hand:
//
//   CODE_SERVER=/path/to/code-server node tests/e2e/vscode.mjs [policylint.vsix]
//
// It installs the VSIX into a throw-away profile and, on the English and the Russian drafts in
// tests/e2e/drafts, checks in the real UI: the completeness, wording, contact and hygiene findings in
// the Problems panel, a hover, a quick fix that rewrites a sentence, Insert Standard Section (and one
// Undo), the status bar item and the coverage view (reveal the evidence, insert a missing section),
// Fix All, fix on save, and a Russian message and hover on the Russian draft.
// Each step saves a screenshot to $E2E_OUT (default test-results/e2e).
// Environment: CHROMIUM (default /usr/bin/chromium), E2E_TIMEOUT_MS (per step, default 60000), E2E_KEEP=1 keeps the temp folder.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const codeServer = process.env.CODE_SERVER;
const vsix = path.resolve(process.argv[2] ?? path.join(root, "policylint.vsix"));
const outDir = path.resolve(root, process.env.E2E_OUT ?? "test-results/e2e");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const stepTimeout = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);
const drafts = path.join(root, "tests/e2e/drafts");
const ENGLISH = "privacy-policy.md";
const RUSSIAN = "политика-конфиденциальности.md";
const text = { en: fs.readFileSync(path.join(drafts, ENGLISH), "utf8"), ru: fs.readFileSync(path.join(drafts, RUSSIAN), "utf8") };
/** One rule or more of each family the English draft must show. */
const ENGLISH_RULES = ["missing-section", "liability-disclaimer", "contact-email", "contact-phone", "placeholder", "conversion-artifact"];
const DISCLAIMER = "We bear no responsibility for any loss of data.";
const REWRITE_TITLE = "Rewrite as a statement of responsibility";
const FIX_ALL_TITLE = "Fix all policylint auto-fixable problems";
const ARTIFACTS = ["[image: logo.png]", "[bookmark: _GoBack]"];
const SPACED_EMAIL = "privacy @ recipebox.app";
const INSERT_COMMAND = "policylint: Insert Standard Section";
/** What the command inserts (the draft has no such section, and no profile asks for it), and its heading. */
const PICKED_SECTION = { filter: "cookies", heading: "## Cookies and similar technologies" };
/** The element the English draft lacks, which the coverage view inserts, and its standard heading. */
const MISSING = { name: "Changes to this policy", heading: "## Changes to this policy" };
const SAVED_ARTIFACT = "[image: chart.png]";
const ADDED_SENTENCE = "We also keep the ratings you give.";
const RUSSIAN_DISCLAIMER = "Компания не несёт ответственности";

function fail(message) {
  throw new Error(message);
}

function checkInputs() {
  if (!codeServer) fail("set CODE_SERVER to the code-server executable (see the README's 'Testing in a real VS Code')");
  if (!fs.existsSync(codeServer)) fail(`CODE_SERVER does not exist: ${codeServer}`);
  if (!fs.existsSync(vsix)) fail(`no VSIX at ${vsix}; run \`npm run package\` first or pass its path`);
  if (!fs.existsSync(chromiumPath)) fail(`no Chromium at ${chromiumPath}; install it (apt-get install chromium) or set CHROMIUM`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One notice in two languages that disagree on one period: the coverage view sets them side by side. */
const PAIR = {
  "privacy-notice.en.md": "# Privacy Notice\n\nWe keep your messages for 30 days. Write to help@example.org.\n",
  "privacy-notice.ru.md": "# Уведомление о конфиденциальности\n\nМы храним ваши сообщения 90 дней. Пишите на help@example.org.\n",
};

function prepareProfile(tmp) {
  const dirs = {
    userData: path.join(tmp, "user-data"),
    extensions: path.join(tmp, "extensions"),
    workspace: path.join(tmp, "workspace"),
    browser: path.join(tmp, "chromium"),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, "User"));
  // No trust dialog or welcome page in the way, and no calls to telemetry or the marketplace, which are out of reach.
  const settings = {
    "security.workspace.trust.enabled": false,
    "workbench.startupEditor": "none",
    "telemetry.telemetryLevel": "off",
    "extensions.autoCheckUpdates": false,
    "extensions.autoUpdate": false,
    // Fix on save, as the README tells users to set it.
    "editor.codeActionsOnSave": { "source.fixAll.policylint": "explicit" },
    "editor.minimap.enabled": false,
    "workbench.tips.enabled": false,
  };
  fs.writeFileSync(path.join(dirs.userData, "User", "settings.json"), JSON.stringify(settings, null, 2));
  for (const name of [ENGLISH, RUSSIAN]) fs.copyFileSync(path.join(drafts, name), path.join(dirs.workspace, name));
  for (const [name, text] of Object.entries(PAIR)) fs.writeFileSync(path.join(dirs.workspace, name), text);
  return dirs;
}

function installVsix(dirs) {
  const result = spawnSync(
    codeServer,
    ["--extensions-dir", dirs.extensions, "--user-data-dir", dirs.userData, "--install-extension", vsix],
    { encoding: "utf8", timeout: stepTimeout },
  );
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    fail(`installing the VSIX failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  return output.split("\n").find((line) => /successfully installed/i.test(line))?.trim();
}

/** Starts code-server bound to 127.0.0.1 only, with its own config file so ~/.config/code-server is not read. */
async function startCodeServer(dirs, tmp) {
  const port = await freePort();
  const config = path.join(tmp, "code-server.yaml");
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = ["--config", config, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--user-data-dir", dirs.userData,
    "--extensions-dir", dirs.extensions, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", dirs.workspace];
  const child = spawn(codeServer, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + stepTimeout;
  while (Date.now() < deadline) {
    const status = await Promise.race([exited.then((code) => ({ exited: code })), healthy(url).then((ok) => ({ ok }))]);
    if ("exited" in status) fail(`code-server exited (${status.exited}) before serving:\n${log}`);
    if (status.ok) return { child, exited, url, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  fail(`code-server did not answer on ${url} within ${stepTimeout} ms:\n${log}`);
}

async function healthy(url) {
  try {
    return (await fetch(new URL("healthz", url))).ok;
  } catch {
    return false;
  }
}

/** Stops code-server by its own pid and waits for it to go, escalating if it ignores SIGTERM. */
async function stopCodeServer(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const stopped = await Promise.race([server.exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]);
  if (!stopped) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
}

let shotNumber = 0;
async function screenshot(page, name) {
  const file = path.join(outDir, `${String(++shotNumber).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs one step, naming it in the log and in the error when it fails. */
async function step(name, action) {
  process.stdout.write(`- ${name} ... `);
  try {
    const result = await action();
    process.stdout.write("ok\n");
    return result;
  } catch (error) {
    process.stdout.write("FAILED\n");
    throw new Error(`step "${name}" failed: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * The Problems panel's rows as shown (the file row, then one per diagnostic: message, source, code, position).
 * Their text pieces are joined with spaces; the aria-label would leave out the rule id.
 */
function problemRows(page) {
  return rowTexts(page.locator(".markers-panel .monaco-list-row"));
}

/** Each list row's text pieces joined with spaces (innerText would run the label into its description). */
function rowTexts(rows) {
  return rows.evaluateAll((rows) =>
    rows.map((row) => {
      const pieces = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) pieces.push(walker.currentNode.textContent.trim());
      return pieces.filter(Boolean).join(" ");
    }),
  );
}

/** The editor's visible lines; Monaco renders spaces as no-break spaces. */
function editorText(page) {
  return page.$$eval(".editor-instance .monaco-editor .view-lines .view-line", (lines) =>
    lines.map((line) => (line.textContent ?? "").replace(/\u00a0/g, " ")).join("\n"),
  );
}

/**
 * The list renders only the rows in view: a finding scrolled out of it would look absent. The file row ends
 * with the file's count of findings; every one of them must have its row.
 */
function checkAllRowsShown(rows) {
  const count = Number(/(\d+)$/.exec(rows[0] ?? "")?.[1]);
  if (rows.length - 1 !== count) {
    fail(`the Problems panel shows ${rows.length - 1} rows for ${count} findings; the check needs them all in view: ${JSON.stringify(rows)}`);
  }
}

/** Re-reads `read()` until `accept` holds; on timeout the error shows what was last read. */
async function waitUntil(what, read, accept) {
  const deadline = Date.now() + stepTimeout;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) fail(`timed out after ${stepTimeout} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One-based line and column of the first character inside `needle` in the fixture. */
function positionInside(text, needle) {
  const offset = text.indexOf(needle) + 1;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The quick input box (Ctrl+P, Ctrl+G, the command palette and quick picks share it). */
function quickInput(page) {
  return page.locator(".quick-input-widget .quick-input-box input");
}

/** Moves the cursor to a one-based line and column with Ctrl+G. */
async function goTo(page, { line, column }) {
  await page.keyboard.press("Control+G");
  const input = quickInput(page);
  await input.waitFor({ state: "visible", timeout: stepTimeout });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await input.waitFor({ state: "hidden", timeout: stepTimeout });
}

async function openFile(page, name, expected) {
  await page.keyboard.press("Control+P");
  const input = quickInput(page);
  await input.waitFor({ state: "visible", timeout: stepTimeout });
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor({ timeout: stepTimeout });
  await page.keyboard.press("Enter");
  await waitUntil(`${name} in the editor`, () => editorText(page), (visible) => visible.includes(expected));
}

async function runCommand(page, title) {
  await page.keyboard.press("F1");
  const input = quickInput(page);
  await input.waitFor({ state: "visible", timeout: stepTimeout });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor({ timeout: stepTimeout });
  await page.keyboard.press("Enter");
}

/** Opens the quick-fix menu at the cursor (Ctrl+.) and runs the action titled `title`; returns every title offered. */
async function applyCodeAction(page, title) {
  // Ctrl+. before the editor knows the cursor's code actions can say "none": close that and ask again.
  const actions = page.locator(".action-widget .monaco-list-row");
  await waitUntil("the quick-fix menu", async () => {
    await page.keyboard.press("Control+.");
    return actions.first().waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => page.keyboard.press("Escape").then(() => false));
  }, (shown) => shown);
  const offered = (await actions.allTextContents()).map((entry) => entry.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (!offered.some((entry) => entry.includes(title))) fail(`no "${title}" among the offered actions: ${JSON.stringify(offered)}`);
  // Chosen by keyboard, as the menu's own pointer block swallows synthetic clicks until the mouse moves.
  const focused = page.locator(".action-widget .monaco-list-row.focused");
  for (let moves = 0; !((await focused.getAttribute("aria-label", { timeout: stepTimeout })) ?? "").includes(title); moves++) {
    if (moves > offered.length) fail(`could not move the menu's focus to "${title}"`);
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  return offered;
}

/** The hover at the cursor (Ctrl+K Ctrl+I) as text: the diagnostic's part, then the server's (ours has the docs link). */
async function hoverText(page, docsLink) {
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover:not(.hidden)").first();
  await hover.waitFor({ state: "visible", timeout: stepTimeout });
  return waitUntil("the server's hover", () => hover.innerText(), (shown) => shown.includes(docsLink));
}

function statusBarCoverage(page) {
  return page.locator(".statusbar-item", { hasText: /elements: \d+ of \d+/ }).first();
}

/** The rows of the Policy Coverage view as their labels read: "Changes to this policy missing". */
function coverageRows(page) {
  return page.locator(".sidebar .pane", { has: page.locator(".pane-header", { hasText: /policy coverage/i }) }).locator(".monaco-list-row");
}

async function savedText(page, dirs, name, accept) {
  await page.keyboard.press("Control+S");
  return waitUntil(`${name} saved`, () => fs.readFileSync(path.join(dirs.workspace, name), "utf8"), accept);
}

async function drive(page, server, dirs) {
  const seen = [];
  const shots = [];
  const shot = async (name) => shots.push(await screenshot(page, name));
  let afterRewrite;

  await step("open the workbench", async () => {
    await page.goto(server.url, { waitUntil: "domcontentloaded", timeout: stepTimeout });
    await page.waitForSelector(".monaco-workbench .part.statusbar", { timeout: stepTimeout });
    await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: stepTimeout });
    await shot("workbench");
  });

  await step(`open ${ENGLISH} and see a finding of every rule family in Problems`, async () => {
    await openFile(page, ENGLISH, "[COMPANY NAME]");
    await page.keyboard.press("Control+Shift+M");
    await page.waitForSelector(".markers-panel", { state: "visible", timeout: stepTimeout });
    const rows = await waitUntil("the English findings in Problems", () => problemRows(page), (shown) =>
      ENGLISH_RULES.every((rule) => shown.some((row) => row.includes(rule))),
    );
    checkAllRowsShown(rows);
    seen.push("Problems panel, English draft:", ...rows.map((row) => `  ${row}`));
    await shot("problems-english");
  });

  await step("hover the one-sided sentence", async () => {
    await goTo(page, positionInside(text.en, DISCLAIMER.replace("We ", "")));
    const hover = await hoverText(page, "Documentation for liability-disclaimer");
    if (!hover.includes("GDPR art. 82")) fail(`the hover does not explain the rule: ${hover}`);
    seen.push(`Hover: ${hover.replace(/\s+/g, " ").slice(0, 160)}…`);
    await shot("hover");
    await page.keyboard.press("Escape");
  });

  await step(`apply "${REWRITE_TITLE}" with Ctrl+.`, async () => {
    const offered = await applyCodeAction(page, REWRITE_TITLE);
    seen.push(`Quick-fix menu at the disclaimer: ${offered.join(" | ")}`);
    await waitUntil("the disclaimer rewritten", () => editorText(page), (visible) => !visible.includes("bear no responsibility") && visible.includes("Data is encrypted"));
    afterRewrite = await waitUntil("Problems without liability-disclaimer", () => problemRows(page), (rows) => !rows.some((row) => row.includes("liability-disclaimer")));
    await shot("after-rewrite");
  });

  await step(`insert a section with "${INSERT_COMMAND}…", then undo it`, async () => {
    await goTo(page, { line: positionInside(text.en, "We delete your data").line, column: 1 });
    await runCommand(page, INSERT_COMMAND);
    await page.locator(".quick-input-widget .quick-input-title", { hasText: "Insert Standard Section" }).waitFor({ timeout: stepTimeout });
    await page.locator(".quick-input-list .monaco-list-row").first().waitFor({ timeout: stepTimeout });
    await shot("section-picker");
    await quickInput(page).fill(PICKED_SECTION.filter);
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: /cookies/i }).first();
    await row.waitFor({ timeout: stepTimeout });
    seen.push(`Section picker entry: ${await row.getAttribute("aria-label")}`);
    await page.keyboard.press("Enter");
    await waitUntil(`"${PICKED_SECTION.heading}" in the editor`, () => editorText(page), (visible) => visible.includes(PICKED_SECTION.heading));
    await shot("section-inserted");
    await page.keyboard.press("Control+Z");
    await waitUntil("the section gone after one Undo", () => editorText(page), (visible) => !visible.includes(PICKED_SECTION.heading) && visible.includes("We delete your data"));
    // The section's blanks were findings while it stood; after the Undo, Problems is as it was.
    await waitUntil("the findings as before the insert", () => problemRows(page), (rows) => JSON.stringify(rows) === JSON.stringify(afterRewrite));
  });

  await step("the status bar counts the elements and opens the coverage view", async () => {
    const item = statusBarCoverage(page);
    await item.waitFor({ state: "visible", timeout: stepTimeout });
    const before = (await item.innerText()).trim();
    const [, found, required] = /(\d+) of (\d+)/.exec(before).map(Number);
    if (found !== required - 1) fail(`expected one element missing, the status bar says "${before}"`);
    await item.click();
    const missing = coverageRows(page).filter({ hasText: MISSING.name });
    await missing.first().waitFor({ state: "visible", timeout: stepTimeout });
    const rows = await rowTexts(coverageRows(page));
    seen.push(`Status bar: ${before}`, "Coverage view:", ...rows.map((row) => `  ${row}`));
    if (!rows.some((row) => /retention period\s+line \d+/i.test(row))) fail(`the coverage view shows no found retention period: ${JSON.stringify(rows)}`);
    await shot("coverage-view");
  });

  await step("clicking a found element reveals its evidence", async () => {
    const row = coverageRows(page).filter({ hasText: "Retention period" }).first();
    const line = positionInside(text.en, "## How long we keep it").line;
    let clickedAt = 0;
    const cursor = async () => {
      // A click that lands while the view re-renders after a lint is lost: click again until the editor moves.
      if (Date.now() - clickedAt > 5000) {
        await row.click();
        clickedAt = Date.now();
      }
      return page.locator(".statusbar-item", { hasText: /Ln \d+, Col \d+/ }).first().innerText();
    };
    await waitUntil(`the cursor on line ${line}`, cursor, (shown) => shown.includes(`Ln ${line},`));
  });

  await step("clicking a missing element inserts its standard section", async () => {
    await coverageRows(page).filter({ hasText: MISSING.name }).first().click();
    const insert = page.locator(".notifications-toasts .monaco-button", { hasText: /^Insert$/ });
    await insert.waitFor({ state: "visible", timeout: stepTimeout });
    await shot("coverage-offer");
    await insert.click();
    await waitUntil(`"${MISSING.heading}" in the editor`, () => editorText(page), (visible) => visible.includes(MISSING.heading));
    const after = await waitUntil("the status bar with nothing missing", () => statusBarCoverage(page).innerText(), (shown) => {
      const [, found, required] = /(\d+) of (\d+)/.exec(shown) ?? [];
      return found !== undefined && found === required;
    });
    await waitUntil("Problems without missing-section", () => problemRows(page), (rows) => !rows.some((row) => row.includes("missing-section")));
    seen.push(`After inserting "${MISSING.name}" from the coverage view: ${after.trim()}`);
    await shot("coverage-complete");
  });

  await step(`"${FIX_ALL_TITLE}" fixes both markers and the spaced address`, async () => {
    await goTo(page, positionInside(text.en, ARTIFACTS[0]));
    await applyCodeAction(page, FIX_ALL_TITLE);
    await waitUntil("Problems without conversion-artifact and contact-email", () => problemRows(page), (rows) =>
      !rows.some((row) => row.includes("conversion-artifact") || row.includes("contact-email")) && rows.some((row) => row.includes("placeholder")),
    );
    const saved = await savedText(page, dirs, ENGLISH, (file) => !file.includes(SPACED_EMAIL));
    for (const marker of ARTIFACTS) if (saved.includes(marker)) fail(`"${marker}" is still in the saved file`);
    if (!saved.includes("privacy@recipebox.app") || !saved.includes("[COMPANY NAME]") || !saved.includes(MISSING.heading)) {
      fail(`the saved file lost more than the fixes took:\n${saved}`);
    }
    seen.push("Fix All: both markers gone, the address written privacy@recipebox.app; nothing else changed.");
    await shot("after-fix-all");
  });

  await step("fix on save removes a marker pasted in with a new sentence", async () => {
    await goTo(page, positionInside(text.en, "We collect your email address"));
    await page.keyboard.press("End");
    // insertText, not typing: typing "[" would let the editor close the bracket itself.
    await page.keyboard.insertText(` ${ADDED_SENTENCE} ${SAVED_ARTIFACT}`);
    await waitUntil("the pasted text in the editor", () => editorText(page), (visible) => visible.includes(SAVED_ARTIFACT));
    // The new sentence on disk says the save happened; the marker must not have come with it.
    const saved = await savedText(page, dirs, ENGLISH, (file) => file.includes(ADDED_SENTENCE));
    if (saved.includes(SAVED_ARTIFACT)) fail(`fix on save left the marker in the saved file:\n${saved}`);
    await waitUntil("the editor without the marker", () => editorText(page), (visible) => !visible.includes(SAVED_ARTIFACT));
    seen.push(`Fix on save: "${SAVED_ARTIFACT}" pasted in, gone from the file on disk after Ctrl+S; the sentence with it kept.`);
    await shot("after-save");
  });

  await step(`open ${RUSSIAN}: Russian messages, coverage and hover`, async () => {
    // Closing the English draft clears its findings, so Problems shows the Russian ones alone.
    await page.keyboard.press("Control+W");
    await openFile(page, RUSSIAN, "Политика обработки");
    const rows = await waitUntil("the Russian findings in Problems", () => problemRows(page), (shown) =>
      ["missing-section", "liability-disclaimer", "contact-phone"].every((rule) => shown.some((row) => row.includes(rule))) &&
      shown.some((row) => row.includes("Отсутствует раздел")),
    );
    checkAllRowsShown(rows);
    seen.push("Problems panel, Russian draft:", ...rows.map((row) => `  ${row}`));
    await waitUntil("the coverage of the Russian draft", () => rowTexts(coverageRows(page)), (shown) => shown.some((row) => row.includes("Изменение политики")));
    await goTo(page, positionInside(text.ru, RUSSIAN_DISCLAIMER.replace("Компания ", "")));
    const hover = await hoverText(page, "Документация по liability-disclaimer");
    seen.push(`Russian hover: ${hover.replace(/\s+/g, " ").slice(0, 160)}…`);
    await shot("russian-draft");
  });

  await step("a translation pair: the coverage view sets both versions' facts side by side", async () => {
    await openFile(page, "privacy-notice.en.md", "We keep your messages");
    const beside = coverageRows(page).filter({ hasText: "Beside privacy-notice.ru.md" }).first();
    await beside.waitFor({ state: "visible", timeout: stepTimeout });
    await beside.click();
    const rows = await waitUntil("the compared facts", () => rowTexts(coverageRows(page)), (shown) => shown.some((row) => row.includes("30 days") && row.includes("≠ 90 дней")));
    if (!rows.some((row) => row.includes("help@example.org = help@example.org"))) fail(`the shared address is not shown as agreeing: ${JSON.stringify(rows)}`);
    seen.push("Translation pair in the coverage view:", ...rows.filter((row) => /[=≠]/.test(row)).map((row) => `  ${row}`));
    await shot("translation-pair");
  });
  return { seen, shots };
}

/** Copies code-server's logs (extension host, the language client's output) next to the screenshots. */
function keepLogs(dirs) {
  const logs = path.join(dirs.userData, "logs");
  if (!fs.existsSync(logs)) return undefined;
  const target = path.join(outDir, "logs");
  fs.cpSync(logs, target, { recursive: true });
  return target;
}

async function main() {
  checkInputs();
  // Only the previous run's screenshots and logs go: E2E_OUT may name a folder that holds other files.
  fs.mkdirSync(outDir, { recursive: true });
  for (const entry of fs.readdirSync(outDir)) {
    if (/^\d{2}-[\w-]+\.png$/.test(entry) || entry === "logs") fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policylint-e2e-"));
  const dirs = prepareProfile(tmp);
  let server;
  let browser;
  let page;
  try {
    const installed = await step("install the VSIX", async () => installVsix(dirs));
    server = await step("start code-server on 127.0.0.1", () => startCodeServer(dirs, tmp));
    browser = await chromium.launchPersistentContext(dirs.browser, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1440, height: 1000 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    const { seen, shots } = await drive(page, server, dirs);
    console.log(`\nPASS: ${installed}`);
    for (const line of seen) console.log(line);
    console.log(`Screenshots:\n${shots.map((file) => `  ${path.relative(process.cwd(), file)}`).join("\n")}`);
  } catch (error) {
    if (page) await screenshot(page, "failure").then((file) => console.error(`screenshot: ${file}`), () => {});
    const logs = keepLogs(dirs);
    console.error(`\nFAIL: ${error instanceof Error ? error.message : error}`);
    if (logs) console.error(`code-server logs copied to ${logs}`);
    if (server) console.error(`code-server output:\n${server.log().split("\n").slice(-30).join("\n")}`);
    process.exitCode = 1;
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopCodeServer(server);
    if (process.env.E2E_KEEP === "1") console.log(`temp folder kept: ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main().catch((error) => {
  console.error(`FAIL: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
