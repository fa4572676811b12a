#!/usr/bin/env bash
# `npm test`: install what is missing, build native, sanitizer and WASM, run every test.
# Stops at the first failing stage and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/build.sh native asan wasm

echo "== yushen lint: every template in forms/ (one line per file; exit 1 on any error)"
build/native/yushen lint forms/templates/*.json forms/examples/*.json

echo "== unit tests (GoogleTest, ASan+UBSan build)"
ctest --test-dir build/asan --output-on-failure --no-tests=error -j"$(nproc)" --timeout 300

echo "== JavaScript tests (Node test runner: WASM package, mini-program, CLI, parity, CSP, browser)"
node --test --test-concurrency=1 tests/node/

echo "== Size budget (what a browser downloads; the mini-program package). Fails only over the hard caps in scripts/size.mjs"
node scripts/size.mjs

echo "== Generated data is up to date (Chinese check-digit oracle from python3-stdnum, region codes)"
python3 scripts/gen_cn_oracle_vectors.py --check
node scripts/gen_region_codes.mjs --check
node scripts/gen_forms_readme.mjs --check

echo "== JsonLogic differential test against json-logic-js"
node tests/logic/differential.mjs build/native/yushen

echo "== JSON Schema Test Suite (native and WASM)"
node tests/conformance/run.mjs both
