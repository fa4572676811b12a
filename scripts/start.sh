#!/usr/bin/env bash
# `npm start`: install what is missing, build native and WASM, serve the portal page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/build.sh native wasm
exec node web/serve.mjs "$@"
