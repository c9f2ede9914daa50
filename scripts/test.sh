#!/usr/bin/env bash
# Runs every test: core (unit, golden, property), plugin, and the Playwright
# e2e suite against the built example site. Ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0 TZ=UTC
results="$(mktemp -d)"
failed_steps=()

run_node_tests() { # name, files...
  local name=$1; shift
  echo "== $name tests"
  node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$results/$name.tap" "$@" || failed_steps+=("$name")
}

echo "== build packages"
pnpm -r --filter './packages/**' run build || { echo "0 passed, 1 failed"; exit 1; }

mapfile -t core_tests < <(find packages/core/src packages/core/test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
run_node_tests core "${core_tests[@]}"

if [ -d packages/docusaurus-plugin/src ]; then
  mapfile -t plugin_tests < <(find packages/docusaurus-plugin/src -name '*.test.ts' -not -path '*/node_modules/*' | sort)
  [ ${#plugin_tests[@]} -gt 0 ] && run_node_tests plugin "${plugin_tests[@]}"
fi

# The example site's own TypeScript (its pages and the plugin's theme types it uses).
echo "== typecheck example site"
pnpm --filter example-site run typecheck || failed_steps+=(typecheck)

# Pack both packages, install the tarballs into a brand-new Docusaurus site outside the workspace
# (default options, Babel), build it and load its pages in Chromium.
if [ "${SKIP_PACK:-}" != "1" ]; then
  echo "== pack (tarballs into a fresh Docusaurus site)"
  node scripts/pack-test.mjs --tap "$results/pack.tap" || failed_steps+=(pack)
fi

if [ -f e2e/playwright.config.ts ] && [ "${SKIP_E2E:-}" != "1" ]; then
  echo "== e2e (builds the example site, then Playwright in Chromium)"
  (cd e2e && PLAYWRIGHT_JSON_OUTPUT_NAME="$results/pw.json" pnpm exec playwright test --reporter=list,json) || failed_steps+=(e2e)
fi

node scripts/summarize-tests.mjs "$results"
status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then echo "failed steps: ${failed_steps[*]}"; exit 1; fi
exit $status
