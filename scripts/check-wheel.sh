#!/usr/bin/env bash
# The wheel is the product: build it as a release would (an sdist, then the wheel from the
# sdist), install it into a fresh venv outside the source tree, and run the smoke test there.
#
#   scripts/check-wheel.sh          (PYTHON=python3 by default; dependencies from the index)
#
# Every step is printed; a failure exits non-zero naming the step.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
export PIP_DISABLE_PIP_VERSION_CHECK=1
START=$SECONDS
WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # never the checkout: nothing may be imported from it
STEP=""

step() {
    STEP=$1
    echo "== check-wheel [$((SECONDS - START)) s]: $STEP"
}
trap 'echo "check-wheel: FAILED at step '"'"'$STEP'"'"' (exit code $?)" >&2' ERR

step "build the sdist, then the wheel from it"
BUILD=$PYTHON
if ! "$PYTHON" -m build --version >/dev/null 2>&1; then
    "$PYTHON" -m venv "$WORK/tools"
    "$WORK/tools/bin/pip" install -q build
    BUILD=$WORK/tools/bin/python
fi
"$BUILD" -m build --outdir "$WORK/dist" "$REPO" >"$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; false; }
WHEEL=$(ls "$WORK"/dist/*.whl)
echo "built $(basename "$WHEEL")"

step "install the wheel into a fresh venv"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q "$WHEEL"

step "the installed app reads its data from the venv, not the checkout"
"$WORK/venv/bin/python" - "$WORK/venv" "$REPO" <<'PY'
import sys
from pathlib import Path

import inspector_app
from inspector_app.core import resources

venv, repo = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
source = {"forms": "forms", "translations": "resources/translations",
          "fonts": "resources/fonts", "icons": "resources/icons"}
problems = []
if venv not in Path(inspector_app.__file__).resolve().parents:
    problems.append(f"inspector_app imported from {inspector_app.__file__}")
for name, folder in source.items():
    if not any((repo / folder).glob("*")):
        continue  # nothing of this kind in the checkout yet
    found = resources.data_dir(name).resolve()
    print(f"{name}: {found}")
    if venv not in found.parents or not found.is_dir() or not any(found.iterdir()):
        problems.append(f"{name} not shipped in the venv: {found}")
for problem in problems:
    print(f"check-wheel: FAILED: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY

step "smoke test of the installed commands"
bash "$REPO/scripts/smoke-test.sh" "$WORK/venv/bin/inspector" "$WORK/venv/bin/inspector-app"

STEP=""
echo "== check-wheel: passed in $((SECONDS - START)) s"
