#!/bin/sh
# One command for a fresh machine: install what is missing (Debian's chromium
# included), then run every check: types, layering, formatting, unit and browser
# tests (accessibility with axe-core among them).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh --browser

echo "› type check"
node_modules/.bin/svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --threshold warning

echo "› layering (imports flow one way; the math core stays pure)"
node scripts/check-layering.mjs

echo "› formatting (Prettier; \`npm run format\` fixes it)"
node_modules/.bin/prettier --check . --log-level warn

echo "› unit tests"
node_modules/.bin/vitest run

echo "› browser tests (Chromium: ${CHROMIUM_PATH:-/usr/bin/chromium})"
node_modules/.bin/playwright test
