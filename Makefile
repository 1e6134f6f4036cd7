# The two commands a newcomer needs: `make serve` and `make test`. Each sets up first.
SHELL := /bin/bash
# node_modules/.bin brings a current wasm-opt (npm binaryen) that trunk finds on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
CARGO := cargo
E2E_PORT ?= 8081
BROWSER_ENV := CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

.PHONY: setup serve build test lint test-native test-browser test-e2e bench-load bench-lighthouse bench-import bench-typing bench-trends bench-map

setup:
	@bash .ci/setup.sh

## Build the app and serve it on http://127.0.0.1:8080
serve: setup
	trunk serve --release --offline

build: setup
	trunk build --release --offline

## Every check and every test layer, in order of speed.
test: setup
	$(MAKE) --no-print-directory lint test-native test-browser
	trunk build --release --offline
	$(MAKE) --no-print-directory test-e2e

lint:
	$(CARGO) fmt --all -- --check
	leptosfmt --check src/ui
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --workspace --lib --bins --features okr-studio/split -- -D warnings
	$(CARGO) clippy --target wasm32-unknown-unknown --lib --test browser -- -D warnings

# --workspace: the domain's and the formats' own tests live in the core package (src/core).
test-native:
	$(CARGO) test --workspace

test-browser:
	$(BROWSER_ENV) $(CARGO) test --target wasm32-unknown-unknown --test browser

test-e2e:
	E2E_PORT=$(E2E_PORT) npx playwright test --config tests/e2e/playwright.config.mjs

## Asset sizes (raw, gzip, brotli), what a first visit's first screen downloads, and the
## median of 10 cold loads, on a release build.
bench-load: build
	node tests/perf/load.mjs dist

## Lighthouse's mobile profile on a first visit: performance, LCP, TBT, accessibility;
## simulated throttling (Lighthouse's default), then real (devtools) throttling.
bench-lighthouse: build
	CHROME_PATH=/usr/bin/chromium node tests/perf/lighthouse.mjs dist 3
	LH_THROTTLING=devtools CHROME_PATH=/usr/bin/chromium node tests/perf/lighthouse.mjs dist 3

## Import and save of a plan with 13,000 check-ins, next to JSON.parse and setItem, in Chromium.
bench-import:
	$(BROWSER_ENV) $(CARGO) test --release --target wasm32-unknown-unknown --test browser_bench -- --nocapture

## Typing into a key result of a 50 x 5 plan: median and p95 of the app's work per keystroke
## and of keydown to frame, then the same for an input the app ignores (the harness's floor).
bench-typing: build
	node tests/perf/typing.mjs dist

## The Trends screen on a plan of 250 key results x 13 weekly check-ins: median of 10 opens.
bench-trends: build
	$(CARGO) run --quiet --release --example big_plan > target/big-plan.json
	node tests/perf/trends.mjs dist target/big-plan.json

## The alignment map of five teams' plans (250 key results, 500 bets): median of 10 opens.
bench-map: build
	$(CARGO) run --quiet --release --example teams_map > target/teams-map.json
	node tests/perf/map.mjs dist target/teams-map.json
