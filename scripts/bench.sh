#!/usr/bin/env bash
# `npm run bench`: the performance benchmarks of issue #3, ratios against ajv 8 measured in
# the same run. Regenerates the corpus, builds the CLI, the WASM module and the native
# benchmark (build/bench), runs Google Benchmark, then bench/js.mjs (first verdict, compile,
# steady state, WASM breakdown, CLI peer), then prints the goals (bench/summary.mjs).
# Results: bench/results/native.json and bench/results/latest.json. Method: docs/performance.md.
# Usage: scripts/bench.sh [--quick] [--skip-build]     (npm run bench -- --quick)
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --skip-build) BUILD=0 ;;
    *) echo "bench.sh: unknown option $arg (use --quick, --skip-build)" >&2; exit 2 ;;
  esac
done
# The machine is shared: build with one job and run everything at lower priority.
JOBS="${YUSHEN_JOBS:-1}"
NICE=(nice -n 10)

if [ "$BUILD" -eq 1 ]; then
  bash scripts/ensure-deps.sh
  # Benchmark-only packages: Google Benchmark (required), RapidJSON (the fast-reader row).
  missing=()
  for pkg in libbenchmark-dev rapidjson-dev; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "bench: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

echo "== corpus (bench/corpus.mjs)"
node bench/corpus.mjs

if [ "$BUILD" -eq 1 ]; then
  if ! grep -q "YUSHEN_BENCH" CMakeLists.txt; then
    echo "bench.sh: CMakeLists.txt does not add bench/ yet; it needs:" >&2
    echo '  if(NOT EMSCRIPTEN AND YUSHEN_BENCH) add_subdirectory(bench) endif()' >&2
    exit 1
  fi
  echo "== build (CLI and WASM: scripts/build.sh; benchmark: build/bench), -j$JOBS"
  YUSHEN_JOBS="$JOBS" "${NICE[@]}" bash scripts/build.sh native wasm
  cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DYUSHEN_TESTS=OFF -DYUSHEN_BENCH=ON >/dev/null
  "${NICE[@]}" ninja -C build/bench -j"$JOBS" yushen_bench
fi

mkdir -p bench/results
REPS=5
MIN_TIME=0.3
if [ "$QUICK" -eq 1 ]; then REPS=3; MIN_TIME=0.1; fi
echo "== native (build/bench/yushen_bench, $REPS repetitions, interleaved; console log in build/bench/native.txt)"
if ! "${NICE[@]}" build/bench/yushen_bench \
  --benchmark_repetitions="$REPS" --benchmark_enable_random_interleaving=true \
  --benchmark_min_time="$MIN_TIME" --benchmark_display_aggregates_only=true \
  --benchmark_out=bench/results/native.json --benchmark_out_format=json >build/bench/native.txt 2>&1; then
  cat build/bench/native.txt >&2
  exit 1
fi

echo "== JavaScript (bench/js.mjs)"
JS_ARGS=()
[ "$QUICK" -eq 1 ] && JS_ARGS+=(--quick)
"${NICE[@]}" node bench/js.mjs "${JS_ARGS[@]}"

echo "== cold start to the first verdict in Chromium, yushen vs ajv (bench/cold_start_browser.mjs)"
COLD_RUNS=11
[ "$QUICK" -eq 1 ] && COLD_RUNS=5
"${NICE[@]}" node bench/cold_start_browser.mjs "$COLD_RUNS"

echo "== summary"
node bench/summary.mjs
