#!/bin/sh
# One command for a fresh machine: install what is missing (Debian's chromium
# included), then run every check: types, math purity, unit and browser tests.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh --browser

echo "› type check"
node_modules/.bin/svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning

echo "› math purity (src/lib/math imports no Svelte, d3-selection or DOM)"
node scripts/check-math-purity.mjs

echo "› unit tests"
node_modules/.bin/vitest run

echo "› browser tests (Chromium: ${CHROMIUM_PATH:-/usr/bin/chromium})"
node_modules/.bin/playwright test
