#!/usr/bin/env bash
# Installs what the build and tests need, only when it is missing, so a second run takes
# well under a second. Debian packages come from apt (as root, or through sudo); npm
# packages from package-lock.json with `npm ci`. Why each package: docs/dependencies.md.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  cmake ninja-build g++ git            # native toolchain
  googletest libgtest-dev              # unit tests
  nlohmann-json3-dev                   # JSON for templates, reports, tools
  emscripten binaryen                  # the WASM build (Emscripten 3.1.6)
  brotli                               # size budget measurement
  python3 python3-stdnum               # independent oracle for Chinese check digits
  chromium fonts-wqy-microhei          # browser tests; a CJK font so screenshots show Chinese
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "ensure-deps: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "ensure-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages: reinstall only when package-lock.json changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-deps: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
