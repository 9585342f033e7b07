// End-to-end check of the packaged extension in a real VS Code: code-server (VS Code's workbench and
// extension host over HTTP) driven by headless Chromium through playwright-core.
//
//   CODE_SERVER=/path/to/code-server node scripts/vscode-e2e.mjs [policylint.vsix]
//
// It installs the VSIX into a throw-away profile, opens a policy draft with a `[COMPANY NAME]` blank and an
// `[image: logo.png]` export marker, waits for both findings in the Problems panel, applies the quick fix to
// the marker and checks that the marker and its finding are gone. Then it inserts a standard section with
// "policylint: Insert Standard Section…" and takes it back with one Undo. Screenshots go to $E2E_OUT (.tmp/e2e).
// Environment: CHROMIUM (default /usr/bin/chromium), E2E_TIMEOUT_MS (per step, default 60000), E2E_KEEP=1 keeps the temp folder.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const codeServer = process.env.CODE_SERVER;
const vsix = path.resolve(process.argv[2] ?? path.join(root, "policylint.vsix"));
const outDir = path.resolve(root, process.env.E2E_OUT ?? ".tmp/e2e");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const stepTimeout = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);
const FIX_TITLE = "Remove the conversion residue";
const FILE_NAME = "privacy-policy.md";
const ARTIFACT = "[image: logo.png]";
const BLANK = "[COMPANY NAME]";
const INSERT_COMMAND = "policylint: Insert Standard Section";
/** The element the command inserts (the fixture has no such section), and its standard heading. */
const PICKED_SECTION = { filter: "cookies", heading: "## Cookies and similar technologies" };
// Our own words: a complete short policy, dated today, with one unfilled blank and one word-processor marker,
// so that those two are its only findings and the Problems panel stays readable.
const TODAY = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
const POLICY = `# Privacy Policy

Last updated: ${TODAY}

${ARTIFACT}

This policy explains how ${BLANK} handles the personal data of people who use the Recipe Box app.

## Who we are

Recipe Box Ltd, 12 Example Street, Springfield, is the controller of your personal data.

## What we collect

We collect your email address, the recipes you save and the device type you use.

## Why we use it

We use this data to keep your account working and to sync your recipes between devices.

## Who we share it with

Our hosting provider stores the data for us under a data processing agreement. We do not sell personal data.

## How long we keep it

We delete your data 30 days after you close your account.

## Security

Data is encrypted in transit and at rest, and only two engineers can access the database.

## Your rights

You can ask us to access, correct, delete or export your data, or object to its use, by writing to us.

## Changes to this policy

We will email you 30 days before any change to this policy takes effect.

## Contact

Questions about your data can be sent to privacy@recipebox.example.
`;

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
  };
  fs.writeFileSync(path.join(dirs.userData, "User", "settings.json"), JSON.stringify(settings, null, 2));
  fs.writeFileSync(path.join(dirs.workspace, FILE_NAME), POLICY);
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
  return page.$$eval(".markers-panel .monaco-list-row", (rows) =>
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

async function drive(page, server, dirs) {
  const seen = {};
  const shots = [];
  await step("open the workbench", async () => {
    await page.goto(server.url, { waitUntil: "domcontentloaded", timeout: stepTimeout });
    await page.waitForSelector(".monaco-workbench .part.statusbar", { timeout: stepTimeout });
    await page.waitForSelector(".explorer-folders-view .monaco-list-row", { timeout: stepTimeout });
    shots.push(await screenshot(page, "workbench"));
  });

  await step(`open ${FILE_NAME} with Ctrl+P`, async () => {
    await page.keyboard.press("Control+P");
    const input = page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: stepTimeout });
    await input.fill(FILE_NAME);
    await page.locator(".quick-input-list .monaco-list-row", { hasText: FILE_NAME }).first().waitFor({ timeout: stepTimeout });
    await page.keyboard.press("Enter");
    await waitUntil(`${FILE_NAME} in the editor`, () => editorText(page), (text) => text.includes(BLANK));
    shots.push(await screenshot(page, "file-open"));
  });

  await step("see placeholder and conversion-artifact in Problems (Ctrl+Shift+M)", async () => {
    await page.keyboard.press("Control+Shift+M");
    await page.waitForSelector(".markers-panel", { state: "visible", timeout: stepTimeout });
    seen.before = await waitUntil("both findings in Problems", () => problemRows(page), (rows) =>
      ["placeholder", "conversion-artifact"].every((rule) => rows.some((row) => row.includes(rule))),
    );
    checkAllRowsShown(seen.before);
    shots.push(await screenshot(page, "problems"));
  });

  await step(`apply "${FIX_TITLE}" with Ctrl+.`, async () => {
    const { line, column } = positionInside(POLICY, ARTIFACT);
    await page.keyboard.press("Control+G");
    const input = page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: stepTimeout });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press("Enter");
    await input.waitFor({ state: "hidden", timeout: stepTimeout });
    // The light bulb shows once the editor knows the cursor's code actions; Ctrl+. before that can say "none".
    await page.locator(".monaco-editor .lightBulbWidget").waitFor({ state: "visible", timeout: stepTimeout });
    const actions = page.locator(".action-widget .monaco-list-row");
    await waitUntil("the quick-fix menu", async () => {
      await page.keyboard.press("Control+.");
      return actions.first().waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => page.keyboard.press("Escape").then(() => false));
    }, (shown) => shown);
    seen.actions = (await actions.allTextContents()).map((text) => text.replace(/\s+/g, " ").trim()).filter(Boolean);
    shots.push(await screenshot(page, "quick-fix-menu"));
    if (!seen.actions.some((action) => action.includes(FIX_TITLE))) {
      fail(`no "${FIX_TITLE}" among the offered actions: ${JSON.stringify(seen.actions)}`);
    }
    // Chosen by keyboard, as the menu's own pointer block swallows synthetic clicks until the mouse moves.
    const focused = page.locator(".action-widget .monaco-list-row.focused");
    for (let moves = 0; !((await focused.getAttribute("aria-label", { timeout: stepTimeout })) ?? "").includes(FIX_TITLE); moves++) {
      if (moves > seen.actions.length) fail(`could not move the menu's focus to "${FIX_TITLE}"`);
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
  });

  await step("the marker and its finding are gone, the blank's finding stays", async () => {
    await waitUntil('the editor without "[image:"', () => editorText(page), (text) => !text.includes("[image:") && text.includes(BLANK));
    seen.after = await waitUntil("Problems without conversion-artifact", () => problemRows(page), (rows) =>
      !rows.some((row) => row.includes("conversion-artifact")) && rows.some((row) => row.includes("placeholder")),
    );
    checkAllRowsShown(seen.after);
    shots.push(await screenshot(page, "after-fix"));
  });

  await step("save with Ctrl+S and read the file back", async () => {
    await page.keyboard.press("Control+S");
    const file = path.join(dirs.workspace, FILE_NAME);
    seen.saved = await waitUntil(`${FILE_NAME} saved without "[image:"`, () => fs.readFileSync(file, "utf8"), (text) => !text.includes("[image:"));
    // Only the marker goes; whether its now empty paragraph goes too is the fix's choice.
    const paragraphs = (text) => text.replace(/\n{2,}/g, "\n\n");
    if (paragraphs(seen.saved) !== paragraphs(POLICY.replace(ARTIFACT, ""))) {
      fail(`the fix changed more than the marker; the file now reads:\n${seen.saved}`);
    }
    shots.push(await screenshot(page, "saved"));
  });

  await step(`insert a section with "${INSERT_COMMAND}…", then undo it`, async () => {
    const { line } = positionInside(POLICY, "Data is encrypted");
    await page.keyboard.press("Control+G");
    const input = page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: stepTimeout });
    await input.fill(`:${line}:1`);
    await page.keyboard.press("Enter");
    await input.waitFor({ state: "hidden", timeout: stepTimeout });
    await page.keyboard.press("F1");
    await input.waitFor({ state: "visible", timeout: stepTimeout });
    await input.fill(`>${INSERT_COMMAND}`);
    await page.locator(".quick-input-list .monaco-list-row", { hasText: INSERT_COMMAND }).first().waitFor({ timeout: stepTimeout });
    await page.keyboard.press("Enter");
    await page.locator(".quick-input-widget .quick-input-title", { hasText: "Insert Standard Section" }).waitFor({ timeout: stepTimeout });
    await page.locator(".quick-input-list .monaco-list-row").first().waitFor({ timeout: stepTimeout });
    shots.push(await screenshot(page, "section-picker"));
    await input.fill(PICKED_SECTION.filter);
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: /cookies/i }).first();
    await row.waitFor({ timeout: stepTimeout });
    seen.pick = await row.getAttribute("aria-label");
    await page.keyboard.press("Enter");
    await waitUntil(`"${PICKED_SECTION.heading}" in the editor`, () => editorText(page), (text) => text.includes(PICKED_SECTION.heading));
    shots.push(await screenshot(page, "section-inserted"));
    await page.keyboard.press("Control+Z");
    await waitUntil("the section gone after one Undo", () => editorText(page), (text) => !text.includes(PICKED_SECTION.heading) && text.includes("Data is encrypted"));
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
      viewport: { width: 1440, height: 900 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    const { seen, shots } = await drive(page, server, dirs);
    console.log(`\nPASS: ${installed}`);
    console.log("Problems panel before the fix:");
    for (const row of seen.before) console.log(`  ${row}`);
    console.log(`Quick-fix menu at the marker: ${seen.actions.join(" | ")}`);
    console.log("Problems panel after the fix:");
    for (const row of seen.after) console.log(`  ${row}`);
    console.log(`Saved file: the marker is gone, the rest (with "${BLANK}") is unchanged.`);
    console.log(`Section picker entry: ${seen.pick}; "${PICKED_SECTION.heading}" inserted, then gone after one Undo.`);
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
