#!/usr/bin/env bash
# Installs what the end-to-end tests need on a fresh Debian machine: Chromium (driven by playwright-core),
# Neovim (the second LSP client) and code-server 4.100.3 (VS Code 1.100, the last that runs on Node 20).
# code-server's install scripts download binaries from GitHub, which these machines cannot reach, so they are
# skipped and their steps done here (../shared/notes/real-vscode.md). Idempotent: a finished install is kept.
#   E2E_TOOLS (default .tmp/e2e-tools) is where code-server goes; its path is printed last.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$(realpath -m "${E2E_TOOLS:-.tmp/e2e-tools}")"
code_server="$tools/node_modules/code-server"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
command -v rg >/dev/null || need_apt+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -f "$code_server/.policylint-ready" ]; then
  mkdir -p "$tools"
  (cd "$tools" && [ -f package.json ] || echo '{"private":true}' > "$tools/package.json")
  (cd "$tools" && npm install --no-save --no-audit --no-fund --ignore-scripts code-server@4.100.3 >/dev/null)
  (
    cd "$code_server/lib/vscode"
    npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
    mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    npm_config_yes=true npm rebuild kerberos node-pty @parcel/watcher native-watchdog @vscode/spdlog >/dev/null
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
    (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)
  )
  # npm hoists argon2 next to code-server, not inside it.
  (cd "$tools" && npm_config_yes=true npm rebuild argon2 >/dev/null)
  touch "$code_server/.policylint-ready"
fi
echo "$tools/node_modules/.bin/code-server"
