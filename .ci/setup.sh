#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh machine that has only the
# Rust toolchain, node/npm and apt. Idempotent: each step is skipped when already done,
# so a second run takes seconds. No step downloads a prebuilt binary: only the package
# registries (crates.io, npm, Debian) are used.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
# Cuts the wasm at its lazy screens (.ci/split-wasm.mjs); the version Leptos 0.8 is made for.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must match the wasm-bindgen the app links (pinned with = in Cargo.toml).
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')

log() { printf '[setup] %s\n' "$*"; }
have_version() { "$1" --version 2>/dev/null | grep -q " $2\b"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "wasm32-unknown-unknown target: present"
else
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if have_version trunk "$TRUNK_VERSION"; then
  log "trunk $TRUNK_VERSION: present"
else
  # trunk 0.22 needs a newer rustc than these machines have.
  log "installing trunk $TRUNK_VERSION (several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  log "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  # Not --locked: one of its locked dependencies is no longer on the registry.
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if have_version leptosfmt "$LEPTOSFMT_VERSION"; then
  log "leptosfmt $LEPTOSFMT_VERSION: present"
else
  log "installing leptosfmt $LEPTOSFMT_VERSION"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

# wasm-split-cli has no --version: cargo's list of installed crates says which one it is.
if cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "wasm-split-cli $WASM_SPLIT_VERSION: present"
else
  log "installing wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  log "chromium and chromedriver: present"
else
  log "installing Debian's chromium and chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# npm ci only when the lockfile changed since the last install.
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  log "npm packages: present"
else
  log "installing npm packages from package-lock.json"
  # Playwright drives Debian's chromium; it must never download a browser of its own.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
log "ready"
