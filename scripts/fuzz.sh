#!/usr/bin/env bash
# `npm run fuzz [SECONDS]`: builds every fuzz target with clang 14 + libFuzzer + ASan/UBSan
# (build/fuzz) and runs each for SECONDS (default 60), seeded from test fixtures.
# Crashes are written to build/fuzz/artifacts/; turn each into a named regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-60}"
bash scripts/ensure-deps.sh
[ -f build/fuzz/build.ninja ] || CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DYUSHEN_FUZZ=ON -DYUSHEN_TESTS=OFF >/dev/null
targets=$(cd core && ls */fuzz_*.cc | sed 's|.*/||; s|\.cc$||')
ninja -C build/fuzz $targets
mkdir -p build/fuzz/artifacts
for target in $targets; do
  corpus="build/fuzz/corpus/$target"
  mkdir -p "$corpus"
  echo "== $target ($SECONDS_EACH s)"
  build/fuzz/$target -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 \
    -artifact_prefix=build/fuzz/artifacts/ "$corpus" 2>&1 | tail -2
done
