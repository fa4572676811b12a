#!/usr/bin/env bash
# `npm test`: install what is missing, build native, sanitizer and WASM, run every test.
# Stops at the first failing stage and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/build.sh native asan wasm

echo "== unit tests (GoogleTest, ASan+UBSan build)"
ctest --test-dir build/asan --output-on-failure -j"$(nproc)" --timeout 300

echo "== JavaScript tests (Node test runner: WASM package, CLI, parity, browser)"
node --test --test-concurrency=1 tests/node/

echo "== JSON Schema Test Suite (native and WASM)"
node tests/conformance/run.mjs both
