# The interface: `make serve` builds and serves the widget, `make test` runs every test,
# `make dist` only builds. Each installs what it needs first (scripts/setup.sh, idempotent).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT := 60

.PHONY: serve dist test test-native test-wasm test-e2e setup-build setup-test lint clean

serve: setup-build
	trunk serve --release

dist: setup-build
	trunk build --release

test: setup-test test-native test-wasm dist test-e2e

test-native:
	cargo test --all-targets

# Browser-only test files (the rest are native and skip themselves on wasm32).
WASM_TESTS := ui_components ui_views

test-wasm:
	cargo test --target wasm32-unknown-unknown $(addprefix --test ,$(WASM_TESTS))

test-e2e:
	node --test tests/e2e/

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

clean:
	rm -rf dist target/bench
