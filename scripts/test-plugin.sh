#!/usr/bin/env bash
# Runs the Docusaurus plugin's tests with Node's test runner (core is built first: the plugin imports its lib/).
set -euo pipefail
cd "$(dirname "$0")/.."
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
[ -f packages/core/lib/index.js ] || pnpm --filter @roadmark/core run build >/dev/null
mapfile -t files < <(find packages/docusaurus-plugin/src -name '*.test.ts' -not -path '*/__fixtures__/*' | sort)
exec node --import tsx --test --test-reporter=spec "${files[@]}"
