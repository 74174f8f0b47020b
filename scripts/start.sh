#!/bin/sh
# One command for a fresh machine: install what is missing, then serve the app.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
echo "› Vector Playground: open http://127.0.0.1:5173/"
exec node_modules/.bin/vite --host 127.0.0.1 --port 5173
