#!/usr/bin/env bash
# Install (if needed), build the packages and the example site, then serve it
# on http://127.0.0.1:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
if [ ! -d node_modules/.pnpm ] || [ ! -e example-site/node_modules/.bin/docusaurus ]; then
  pnpm install
fi
pnpm --filter @roadmark/core run build
pnpm --filter docusaurus-plugin-roadmark run build
pnpm --filter example-site run build
cd example-site
exec ./node_modules/.bin/docusaurus serve --port "${PORT:-3000}" --host 127.0.0.1 --no-open
