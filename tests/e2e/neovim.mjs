// End-to-end check of the language server in a second editor: Neovim 0.7's built-in LSP client, headless.
//
//   node tests/e2e/neovim.mjs
//
// It copies the Russian draft into a temp folder, opens it in `nvim --headless` as Markdown with
// dist/server.js attached, waits for the published diagnostics, asks for code actions at the
// `liability-disclaimer` finding and applies its quick fix. Neovim writes what it saw to a JSON file,
// which this script checks. Environment: NVIM (default /usr/bin/nvim), E2E_KEEP=1 keeps the temp folder.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const nvim = process.env.NVIM ?? "/usr/bin/nvim";
const server = path.join(root, "dist/server.js");
const draft = path.join(root, "tests/e2e/drafts/политика-конфиденциальности.md");
const TIMEOUT_MS = 60_000;
const DISCLAIMER = "не несёт ответственности";
const EXPECTED_CODES = ["missing-section", "liability-disclaimer", "contact-phone"];

// Runs inside Neovim. Paths come in through the environment, so the script needs no quoting of them.
// Everything runs under pcall: an uncaught error would leave headless Neovim waiting for input.
const LUA = String.raw`
local results = {}

local function save()
  local file = assert(io.open(vim.env.POLICYLINT_RESULTS, "w"))
  file:write(vim.fn.json_encode(results))
  file:close()
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(vim.env.POLICYLINT_DRAFT))
  local bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE turns filetype detection off; the server is told the language id from this.
  vim.bo[bufnr].filetype = "markdown"
  local uri = vim.uri_from_bufnr(bufnr)
  results.before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  local published, exit_code
  local client_id = vim.lsp.start_client({
    name = "policylint",
    cmd = { vim.env.POLICYLINT_NODE, vim.env.POLICYLINT_SERVER, "--stdio" },
    root_dir = vim.fn.fnamemodify(vim.env.POLICYLINT_DRAFT, ":h"),
    handlers = {
      -- Keeps the LSP diagnostics as sent (vim.diagnostic.get has byte columns and drops the code's type),
      -- then lets the default handler store them as usual.
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        if result.uri == uri and #result.diagnostics > 0 then published = vim.deepcopy(result.diagnostics) end
        return vim.lsp.handlers["textDocument/publishDiagnostics"](err, result, ctx, config)
      end,
    },
    -- A server that dies (bad path, crash) ends the wait at once instead of after the timeout.
    on_exit = function(code) exit_code = code end,
  })
  assert(client_id, "vim.lsp.start_client returned nil")
  assert(vim.lsp.buf_attach_client(bufnr, client_id), "could not attach the client to the buffer")

  vim.wait(20000, function() return published ~= nil or exit_code ~= nil end, 50)
  if not published then
    error(exit_code and ("the server exited with code " .. exit_code .. " before publishing diagnostics")
      or "no diagnostics within 20 s")
  end
  results.diagnostics = {}
  local disclaimer
  for _, d in ipairs(published) do
    table.insert(results.diagnostics, {
      line = d.range.start.line, character = d.range.start.character,
      code = d.code, severity = d.severity, message = d.message,
    })
    if d.code == "liability-disclaimer" and not disclaimer then disclaimer = d end
  end
  -- The default handler must still have stored them for the editor's own display.
  results.stored = #vim.diagnostic.get(bufnr)
  assert(disclaimer, "no liability-disclaimer diagnostic to fix")

  local responses, reason = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", {
    textDocument = { uri = uri },
    range = disclaimer.range,
    context = { diagnostics = { disclaimer } },
  }, 10000)
  assert(responses, "textDocument/codeAction got no answer: " .. tostring(reason))
  local response = responses[client_id]
  assert(response and not response.error, "textDocument/codeAction failed: " .. vim.inspect(response))
  local action
  for _, candidate in ipairs(response.result or {}) do
    if candidate.kind == "quickfix" and candidate.edit then action = candidate break end
  end
  assert(action, "no quickfix with an edit among: " .. vim.inspect(response.result))
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  results.action = action.title
  results.after = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
end

local ok, err = pcall(run)
if not ok then results.error = tostring(err) end
save()
vim.cmd(ok and "qall!" or "cquit 1")
`;

function fail(message) {
  throw new Error(message);
}

/** Runs one step, naming it in the log and in the error when it fails. */
function step(name, action) {
  process.stdout.write(`- ${name} ... `);
  try {
    const result = action();
    process.stdout.write("ok\n");
    return result;
  } catch (error) {
    process.stdout.write("FAILED\n");
    throw new Error(`step "${name}" failed: ${error instanceof Error ? error.message : error}`);
  }
}

function tail(text, lines = 30) {
  return (text ?? "").trim().split("\n").slice(-lines).join("\n");
}

/** Starts headless Neovim on the Lua script and returns what it wrote; on failure the error carries its output and LSP log. */
function runNeovim(tmp) {
  const copy = path.join(tmp, path.basename(draft));
  const results = path.join(tmp, "results.json");
  const script = path.join(tmp, "check.lua");
  fs.copyFileSync(draft, copy);
  fs.writeFileSync(script, LUA);
  // XDG_CACHE_HOME keeps Neovim's lsp.log (where the server's stderr ends up) in the temp folder, not ~/.cache.
  const env = { ...process.env, XDG_CACHE_HOME: path.join(tmp, "cache"), POLICYLINT_NODE: process.execPath,
    POLICYLINT_SERVER: server, POLICYLINT_DRAFT: copy, POLICYLINT_RESULTS: results };
  // -n: no swap file, so nothing is written under ~/.local/share either.
  const run = spawnSync(nvim, ["--headless", "--clean", "-u", "NONE", "-n", "-c", `luafile ${script}`],
    { cwd: tmp, env, encoding: "utf8", timeout: TIMEOUT_MS, stdio: ["ignore", "pipe", "pipe"] });
  const written = fs.existsSync(results) ? JSON.parse(fs.readFileSync(results, "utf8")) : undefined;
  if (run.status !== 0 || !written || written.error) {
    const ended = run.error?.code === "ETIMEDOUT" ? `timed out after ${TIMEOUT_MS} ms` : `exited with ${run.status ?? run.signal}`;
    const log = path.join(tmp, "cache/nvim/lsp.log");
    fail([`nvim ${ended}: ${written?.error ?? "no results file"}`,
      `nvim stdout/stderr:\n${tail(`${run.stdout ?? ""}\n${run.stderr ?? ""}`) || "(empty)"}`,
      `lsp.log:\n${fs.existsSync(log) ? tail(fs.readFileSync(log, "utf8")) : "(none)"}`].join("\n"));
  }
  return written;
}

function checkDiagnostics({ diagnostics, stored }) {
  if (!diagnostics?.length) fail("no diagnostics received");
  if (stored !== diagnostics.length) fail(`vim.diagnostic.get has ${stored} diagnostics for the ${diagnostics.length} published`);
  const codes = new Set(diagnostics.map((d) => d.code));
  const missing = EXPECTED_CODES.filter((code) => !codes.has(code));
  if (missing.length) fail(`missing codes ${missing.join(", ")}; got ${[...codes].join(", ")}`);
  if (!diagnostics.some((d) => /\p{Script=Cyrillic}/u.test(d.message))) fail("no message is in Russian");
}

/** The fix must change the disclaimer's line, and only that line, so that the phrase is gone from it. */
function checkFix({ action, before, after, diagnostics }) {
  if (!action) fail("no action was applied");
  const line = diagnostics.find((d) => d.code === "liability-disclaimer").line;
  if (!before[line].includes(DISCLAIMER)) fail(`line ${line + 1} did not hold «${DISCLAIMER}» before the fix: ${before[line]}`);
  if (after[line].includes(DISCLAIMER)) fail(`«${DISCLAIMER}» is still on line ${line + 1}: ${after[line]}`);
  const others = (lines) => lines.filter((_, index) => index !== line).join("\n");
  if (after.length !== before.length || others(after) !== others(before)) fail("the fix changed other lines too");
}

function main() {
  if (!fs.existsSync(nvim)) fail(`no Neovim at ${nvim}; install it (apt-get install neovim) or set NVIM`);
  if (!fs.existsSync(server)) fail(`no server bundle at ${server}; run \`npm run build\` first`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "policylint-nvim-"));
  try {
    const results = step("lint and quick-fix the Russian draft in headless Neovim", () => runNeovim(tmp));
    step(`diagnostics include ${EXPECTED_CODES.join(", ")}, in Russian`, () => checkDiagnostics(results));
    step("the quick fix rewrote the disclaimer", () => checkFix(results));
    console.log("\nDiagnostics received (line:col, one-based):");
    for (const d of results.diagnostics) console.log(`  ${d.line + 1}:${d.character + 1} ${d.code} ${d.message}`);
    console.log(`Applied action: ${results.action}`);
    console.log(`Line after the fix: ${results.after[results.diagnostics.find((d) => d.code === "liability-disclaimer").line]}`);
    console.log("PASS");
  } finally {
    if (process.env.E2E_KEEP === "1") console.log(`temp folder kept: ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`FAIL: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
