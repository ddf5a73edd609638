#!/usr/bin/env bash
# Installs, idempotently and from the package registries only, what building and testing need.
#   scripts/setup.sh build   Rust wasm target, Trunk, wasm-bindgen CLI, wasm-opt (npm binaryen)
#   scripts/setup.sh test    all of the above, plus Debian's chromium + chromedriver and the npm test packages
# Each step checks what is already there first, so a warm run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-test}
TRUNK_VERSION_REQ='~0.21'
TRUNK_VERSION_PREFIX='trunk 0.21.'

log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The CLI must be exactly the crate's version, or wasm-bindgen refuses the module.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version 2>/dev/null | grep -q "^$TRUNK_VERSION_PREFIX"; then return; fi
  log "installing Trunk $TRUNK_VERSION_REQ from crates.io (6-8 minutes the first time)"
  cargo install trunk --version "$TRUNK_VERSION_REQ" --locked
}

ensure_wasm_bindgen() {
  local v; v=$(wasm_bindgen_version)
  [ -n "$v" ] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $v" ]; then return; fi
  log "installing wasm-bindgen-cli $v from crates.io (about 2 minutes)"
  # Not --locked: the CLI's own lock names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$v" --force
}

ensure_npm_packages() {
  # package-lock.json pins binaryen (wasm-opt 132), playwright-core and axe-core.
  local stamp=node_modules/.stances-lock
  if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then return; fi
  log "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  log "installing Debian's chromium and chromium-driver"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}

ensure_crates() {
  # Trunk builds offline, so every crate must be in the local registry cache first.
  cargo fetch --quiet
}

ensure_wasm_target
ensure_npm_packages
ensure_crates
ensure_trunk
ensure_wasm_bindgen
if [ "$want" = test ]; then
  ensure_chromium
fi
log "ready ($want)"
