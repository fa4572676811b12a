#!/usr/bin/env bash
# Builds everything `npm test` needs: the native release build (CLI, benchmarks), the
# sanitizer build (unit tests under ASan+UBSan) and the WASM build. Incremental.
# Usage: scripts/build.sh [native|asan|wasm]...   (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS="${YUSHEN_JOBS:-$(nproc)}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(native asan wasm)

for target in "${targets[@]}"; do
  case "$target" in
    native)
      [ -f build/native/build.ninja ] || cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release -DYUSHEN_TESTS=OFF >/dev/null
      ninja -C build/native -j"$JOBS" yushen ;;
    asan)
      [ -f build/asan/build.ninja ] || cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DYUSHEN_SANITIZE=ON >/dev/null
      ninja -C build/asan -j"$JOBS" ;;
    wasm)
      export NODE_PATH=/usr/share/nodejs   # emcc's JS optimizer needs Debian's acorn
      [ -f build/wasm/build.ninja ] || emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
      ninja -C build/wasm -j"$JOBS" yushen_wasm ;;
    *) echo "build.sh: unknown target $target" >&2; exit 2 ;;
  esac
done
