#!/usr/bin/env bash
# Builds the frozen app, no Python needed to run it: dist/inspector-app/ holds the GUI
# `inspector-app` and the command line `inspector`, sharing one set of libraries.
#
#   scripts/build-app.sh [--python PY] [--fresh]
#
# A build venv is made under build/venv with PY (default: python3, 3.11 or newer; to change
# the Python of an existing venv add --fresh) and gets
# PyInstaller and the project itself (a regular, non-editable install, so that PyInstaller
# sees the package as it would be installed). It is reused by later builds; --fresh makes
# a new one. The recipe is packaging/inspector-app.spec, which also serves Windows builds.
set -euo pipefail
cd "$(dirname "$0")/.."

python=python3
fresh=0
while (($#)); do
  case $1 in
    --python) python=${2:?--python needs an interpreter}; shift 2 ;;
    --fresh) fresh=1; shift ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-app.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

venv=build/venv
started=$(date +%s)
# The build must see only the installed package, not a checkout on PYTHONPATH.
unset PYTHONPATH
export PIP_DISABLE_PIP_VERSION_CHECK=1
if ((fresh)); then rm -rf "$venv"; fi
if [ ! -x "$venv/bin/python" ]; then
  echo "build-app.sh: making the build venv $venv with $python"
  "$python" -m venv "$venv"
fi
echo "build-app.sh: installing PyInstaller and the project into $venv"
# setuptools builds in build/lib: a module removed since the last build must not linger there.
rm -rf build/lib build/bdist.* build/wheel
"$venv/bin/python" -m pip wheel -q --no-deps --wheel-dir build/wheel .
wheel=(build/wheel/inspector_app-*.whl)
"$venv/bin/python" -m pip install -q "pyinstaller>=6.10,<7" "${wheel[0]}"
# The line above keeps an installed project of the same version: put this code in.
"$venv/bin/python" -m pip install -q --no-deps --force-reinstall "${wheel[0]}"
installed=$(date +%s)

echo "build-app.sh: building dist/inspector-app"
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/inspector-app.spec
finished=$(date +%s)

echo "build-app.sh: set-up $((installed - started)) s, PyInstaller $((finished - installed)) s"
du -sh dist/inspector-app
