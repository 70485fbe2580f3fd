#!/usr/bin/env bash
# Builds the frozen app (scripts/build-app.sh, arguments passed on), checks that the folder
# holds the data files and Qt pieces the app needs and none of the Qt modules it does not,
# then runs the smoke test on its two executables.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-app.sh "$@"

# Absolute paths: the smoke test runs the commands from a temporary folder.
dist=$PWD/dist/inspector-app
inside=$dist/_internal
problems=0
problem() {
  echo "check-frozen: $1" >&2
  problems=$((problems + 1))
}

# Every shipped data file, where core/resources.py looks first; the migration scripts,
# which Alembic reads from disk.
shipped() { # repository folder, pattern, folder in the build
  local file
  for file in "$1"/$2; do
    [ -f "$file" ] || continue
    [ -f "$inside/$3/$(basename "$file")" ] || problem "missing $3/$(basename "$file")"
  done
}
shipped forms '*.yaml' inspector_app/_data/forms
shipped resources/translations '*.qm' inspector_app/_data/translations
shipped resources/translations '*.ts' inspector_app/_data/translations
shipped resources/fonts '*' inspector_app/_data/fonts
shipped resources/icons '*' inspector_app/_data/icons
shipped inspector_app/storage/migrations '*.py' inspector_app/storage/migrations
shipped inspector_app/storage/migrations/versions '*.py' inspector_app/storage/migrations/versions

# The Qt pieces the app uses (Linux layout), including xcb, which the smoke test's
# offscreen run does not load.
qt=$inside/PySide6/Qt
for needed in lib/libQt6Charts.so.6 lib/libQt6Pdf.so.6 lib/libQt6PdfWidgets.so.6 \
  plugins/platforms/libqxcb.so plugins/platforms/libqoffscreen.so \
  plugins/imageformats/libqjpeg.so plugins/imageformats/libqsvg.so \
  plugins/iconengines/libqsvgicon.so translations/qtbase_zh_CN.qm; do
  [ -f "$qt/$needed" ] || problem "missing Qt's $needed"
done
unused=$(find "$dist" \( -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' -o -iname '*WebEngine*' \
  -o -iname '*Qt63D*' -o -iname '*Multimedia*' -o -iname '*Designer*' \
  -o -iname '*VirtualKeyboard*' -o -iname '*Wayland*' \) -print)
[ -z "$unused" ] || problem "unused Qt modules shipped:"$'\n'"$unused"
dangling=$(find "$dist" -xtype l -print)
[ -z "$dangling" ] || problem "links to nothing:"$'\n'"$dangling"
((problems == 0)) || exit 1
echo "check-frozen: contents as expected ($(du -sh "$dist" | cut -f1))"

bash scripts/smoke-test.sh "$dist/inspector" "$dist/inspector-app"
