# The interface: `make serve` builds and serves the widget, `make test` runs every test,
# `make dist` only builds. Each installs what it needs first (scripts/setup.sh, idempotent).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT := 60
# `make dist FEATURES=pt` builds with a language not yet shipped (docs/TRANSLATING.md); Trunk
# reads the variable, and its prerender hook passes it on, so the tables match the page.
FEATURES ?=
ifneq ($(FEATURES),)
export TRUNK_BUILD_FEATURES := $(FEATURES)
endif

# Screenshot baselines of every view (light, dark, Arabic; 360 and 1280 px), after a change
# meant to be seen; `make test` fails when a screenshot drifts from them.
screenshots: setup-test dist-test
	UPDATE_SCREENSHOTS=1 node --test tests/e2e/screenshots.test.mjs

# The map view's world geometry (www/data/world-map.txt, committed) from npm world-atlas.
map:
	npm ci --no-audit --no-fund >/dev/null
	node scripts/build-map.mjs

.PHONY: screenshots map bench fuzz serve dist dist-test test test-native test-wasm test-e2e test-size size size-groups setup-build setup-test lint clean

# Into its own folder: a served build carries Trunk's live-reload client and must never be taken
# for the release bundle in dist/.
serve: setup-build
	trunk serve --release --dist dist-serve

dist: setup-build
	trunk build --release

# The end-to-end tests' second bundle: the same page with a hidden debug trigger (test-hooks).
dist-test: setup-build
	trunk build tests/e2e/bundle/index.html --dist dist-test
	cp tests/fixtures/e2e-dataset.json dist-test/data/un-cybercrime-convention.json
	cargo run --quiet --bin stances-prerender -- dist-test/index.html tests/fixtures/e2e-dataset.json dist-test/data/un-cybercrime-convention.outline

test: setup-test test-native test-wasm dist test-size dist-test test-e2e

# The default page's bytes (brotli 11) against the budget in bench/budget.json.
test-size:
	node scripts/size.mjs --check dist

size: dist
	node scripts/size.mjs dist

# The wasm's code by group, from a release build that keeps function names (not the shipped one).
size-groups: setup-build
	cargo build --release --target wasm32-unknown-unknown --bin stances
	mkdir -p target/size
	wasm-bindgen --target web --no-typescript --out-dir target/size target/wasm32-unknown-unknown/release/stances.wasm
	wasm-opt -Oz --converge --zero-filled-memory --debuginfo target/size/stances_bg.wasm -o target/size/named.wasm
	node scripts/size.mjs --groups target/size/named.wasm

test-native:
	cargo test --all-targets
	# Portuguese (not shipped) still builds and parses; its completeness is asked for only when
	# it ships (`cargo test --features pt`), so that a new key need not wait for its translators.
	cargo test --features pt --lib -- model::lang

# Browser-only test files (the rest are native and skip themselves on wasm32).
WASM_TESTS := ui_components ui_views ui_pictures

test-wasm:
	cargo test --target wasm32-unknown-unknown $(addprefix --test ,$(WASM_TESTS))

test-e2e:
	node --test tests/e2e/

# Sizes, first-row time, interaction latency and memory, against a static table, Tabulator and
# TimelineJS3 on the same data; fails when a budget is broken. Results in target/bench/.
bench: setup-test dist
	mkdir -p target/bench
	cargo run --release --bin stances-stress -- target/bench/stress.json
	node bench/run.mjs
	node scripts/size.mjs dist

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

clean:
	rm -rf dist dist-serve dist-test target/bench

# Coverage-guided fuzzing of the parser and the URL codec (nightly + cargo-fuzz; not part of `make test`).
fuzz:
	mkdir -p fuzz/corpus/load_dataset fuzz/corpus/decode_url
	cp tests/bad-data/*.json tests/fixtures/*.json www/data/*.json fuzz/corpus/load_dataset/
	cd fuzz && cargo +nightly fuzz run load_dataset -- -max_total_time=60
	cd fuzz && cargo +nightly fuzz run decode_url -- -max_total_time=60
