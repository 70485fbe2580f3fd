#!/usr/bin/env bash
# Builds the frozen app (scripts/build-app.sh, arguments passed on) and runs the smoke test
# on its two executables: nothing of the build machine's Python is used by them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-app.sh "$@"
# Absolute paths: the smoke test runs the commands from a temporary folder.
dist=$PWD/dist/inspector-app
bash scripts/smoke-test.sh "$dist/inspector" "$dist/inspector-app"
