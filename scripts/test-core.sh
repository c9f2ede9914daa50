#!/usr/bin/env bash
# Runs the core package's unit, golden and property tests with Node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find packages/core/src packages/core/test -name '*.test.ts' 2>/dev/null | sort)
exec node --import tsx --test --test-reporter=spec "${files[@]}"
