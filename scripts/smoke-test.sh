#!/usr/bin/env bash
# Smoke test of an installed or frozen app: scripts/smoke-test.sh INSPECTOR_CMD INSPECTOR_APP_CMD
#
# Each CMD is the path of an executable (a venv's bin/inspector and bin/inspector-app, or a
# frozen build's). Nothing here uses Python or the source tree: the commands run in a new
# temporary folder with a new data folder and new user settings. Steps: demo data, the
# shipped forms, a signed PDF and a bundle exported and verified, the GUI started offscreen.
# Exits non-zero at the first failing step, naming it.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 INSPECTOR_CMD INSPECTOR_APP_CMD" >&2
    exit 2
fi
INSPECTOR=$1
INSPECTOR_APP=$2
for cmd in "$INSPECTOR" "$INSPECTOR_APP"; do
    if [[ ! -x $cmd ]]; then
        echo "smoke test: FAILED: $cmd is not an executable file" >&2
        exit 2
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspector-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
DATA=$WORK/data
mkdir -p "$WORK/cwd" "$WORK/config" "$WORK/xdg-data"
cd "$WORK/cwd"
# Settings and the default data folder go under $WORK, not the user's.
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/xdg-data
export INSPECTOR_PASSPHRASE=smoke-test-passphrase
export QT_QPA_PLATFORM=offscreen
OUT=$WORK/step.out
STEP=""

step() {
    STEP=$1
    echo "== smoke test: $STEP"
}

failed() {
    echo "smoke test: FAILED at step '$STEP'${1:+: $1}" >&2
    if [[ -s $OUT ]]; then
        echo "--- its output:" >&2
        cat "$OUT" >&2
    fi
    exit 1
}
trap 'failed "exit code $?"' ERR

# Runs a command, its output kept in $OUT and shown.
run() {
    "$@" >"$OUT" 2>&1 || failed "exit code $? from: $*"
    cat "$OUT"
}

expect() {
    grep -qE -- "$1" "$OUT" || failed "the output does not say: $1"
}

step "inspector --version"
run "$INSPECTOR" --version

step "inspector demo (sample data, some inspections signed)"
run "$INSPECTOR" --data-dir "$DATA" demo
expect "demo data: 5 sites"

step "inspector forms check (the forms shipped with the app)"
run "$INSPECTOR" forms check
expect "eight-rules\.v1\.yaml: ok"

step "pick a signed inspection"
"$INSPECTOR" --data-dir "$DATA" inspections list --json >"$OUT" 2>&1 || failed "exit code $?"
INSPECTION=$(awk -F'"' '/"uuid":/ {uuid = $4} /"status": "(signed|exported)"/ {print uuid; exit}' "$OUT")
[[ -n $INSPECTION ]] || failed "no signed inspection in the demo data"
echo "signed inspection: $INSPECTION"

step "inspector export-pdf (the signed report)"
run "$INSPECTOR" --data-dir "$DATA" export-pdf "$INSPECTION" -o "$WORK/report.pdf"
[[ -s $WORK/report.pdf ]] || failed "no report.pdf written"

step "inspector export-bundle"
run "$INSPECTOR" --data-dir "$DATA" export-bundle "$INSPECTION" -o "$WORK/inspection.inspection.zip"
[[ -s $WORK/inspection.inspection.zip ]] || failed "no bundle written"

step "inspector verify (the PDF)"
run "$INSPECTOR" --data-dir "$DATA" verify "$WORK/report.pdf"
expect "report\.pdf: ok: signed PDF, intact"
expect "trusted: yes"

step "inspector verify (the bundle)"
run "$INSPECTOR" --data-dir "$DATA" verify "$WORK/inspection.inspection.zip"
expect "inspection\.zip: ok: bundle verified"

step "inspector-app --smoke-test (GUI offscreen: window shown, data folder open, quit)"
run "$INSPECTOR_APP" --data-dir "$DATA" --language zh_CN --smoke-test 120
expect "main window shown, 5 sites listed"

STEP=""
echo "== smoke test: all steps passed"
