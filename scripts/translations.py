"""Update, build and check the app's translations (Qt Linguist .ts files are the source).

resources/translations/inspector_zh_CN.ts holds every Chinese translation, each in the
context of the code that shows it; translators edit it in Qt Linguist. English is the
source language, so inspector_en.ts carries plural forms only (none yet) and English
falls back to the source texts. Strings reach the .ts files only through what
pyside6-lupdate reads in the Python sources:

- ui: self.tr("..."), QCoreApplication.translate("Context", "...") with literal texts
  (not inside an f-string: lupdate skips those), QT_TRANSLATE_NOOP("Context", "...");
- services, storage, core: msg(QT_TRANSLATE_NOOP("service", "..."), **fields), the
  marker from inspector_app.core.messages; report wording: QT_TRANSLATE_NOOP("report",
  ...), ("order", ...), ("evidence", ...), read at render time by core.catalogue.

Commands (from the repository root, with the venv that has PySide6):

    python scripts/translations.py                 lupdate the .ts files, lrelease the .qm
    python scripts/translations.py --check         fail if a .ts or .qm file is stale
                                                   (lupdate/lrelease would change it), a
                                                   zh_CN entry is unfinished or empty, a
                                                   translation's fields differ from its
                                                   source's, a service msg() template is not
                                                   marked, or a ui defines a _tr() helper
    python scripts/translations.py import-legacy resources/translations/zh_CN.x.json
                                                   fill the unfinished zh_CN entries whose
                                                   source text (any context) is a key of that
                                                   English -> Chinese JSON file, then update
                                                   and build; prints what stays unfinished

To port a helper's zh_CN.<name>.json after a merge: run `import-legacy` on it, check that
`--check` passes, then delete the JSON file and commit the .ts and .qm files.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "inspector_app"
HERE = ROOT / "resources" / "translations"
CHINESE = "inspector_zh_CN"
# name -> lupdate options for that language (English is the source: plural forms only)
LANGUAGES = {
    CHINESE: ["-target-language", "zh_CN"],
    "inspector_en": ["-target-language", "en", "-pluralonly"],
}
# Layers below the ui: their messages must carry the marker lupdate reads.
SERVICE_LAYERS = ("core", "storage", "services", "demo", "cli")


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            raise SystemExit(f"{name} not found next to {sys.executable} nor on PATH")
        return found
    return str(path)


def lupdate(ts_files: list[Path], options: list[str]) -> None:
    # No source locations: moving code must not change the .ts files, only new strings.
    command = [_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none"]
    command += ["-no-obsolete", "-source-language", "en", *options, str(PACKAGE), "-ts"]
    subprocess.run(command + [str(path) for path in ts_files], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True)


def update(folder: Path = HERE) -> None:
    for name, options in LANGUAGES.items():
        lupdate([folder / f"{name}.ts"], options)
        lrelease(folder / f"{name}.ts", folder / f"{name}.qm")


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of the messages with no finished translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or ""):
                missing.append((name, message.findtext("source") or ""))
    return missing


def _fields(text: str) -> list[str]:
    """The str.format field names and Qt's %1 markers of a text, sorted."""
    found = re.findall(r"\{(\w*)[^{}]*\}|(%\d)", text)
    return sorted(name or marker for name, marker in found)


def lost_fields(ts_file: Path) -> list[str]:
    """Translations whose fields differ from their source's (a value would go missing)."""
    problems = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation and _fields(source) != _fields(translation):
                name = context.findtext("name")
                problems.append(f"fields differ in {name!r}: {source!r} -> {translation!r}")
    return problems


def unmarked_messages() -> list[str]:
    """msg("...") calls below the ui whose template lupdate cannot see."""
    found = []
    for layer in SERVICE_LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "msg"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.append(f"{where}: mark it msg(QT_TRANSLATE_NOOP('service', ...))")
    return found


def helpers_lupdate_cannot_follow() -> list[str]:
    """ui helpers like def _tr(text): translate("ctx", text): lupdate sees no text there."""
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "tr"):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.append(
                    f"{where}: lupdate cannot follow {node.name}(); call "
                    'QCoreApplication.translate("Context", "...") or self.tr("...") instead'
                )
    return found


def _stale(folder: Path) -> list[str]:
    """What lupdate and lrelease would change, run on copies in `folder`."""
    problems = []
    for name, options in LANGUAGES.items():
        committed = HERE / f"{name}.ts"
        copy = folder / f"{name}.ts"
        if not committed.exists():
            problems.append(f"{committed.relative_to(ROOT)} is missing")
            continue
        shutil.copy(committed, copy)
        lupdate([copy], options)
        before = committed.read_text(encoding="utf-8").splitlines()
        after = copy.read_text(encoding="utf-8").splitlines()
        if before != after:
            diff = difflib.unified_diff(before, after, "committed", "lupdate", lineterm="", n=1)
            problems.append(
                f"{committed.relative_to(ROOT)} is stale (run scripts/translations.py):\n"
                + "\n".join(list(diff)[:40])
            )
            continue
        lrelease(copy, folder / f"{name}.qm")
        qm = HERE / f"{name}.qm"
        if not qm.exists() or qm.read_bytes() != (folder / f"{name}.qm").read_bytes():
            problems.append(f"{qm.relative_to(ROOT)} is stale (run scripts/translations.py)")
    return problems


def check() -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        problems = _stale(Path(scratch))
    chinese = HERE / f"{CHINESE}.ts"
    if chinese.exists():
        problems += [
            f"unfinished zh_CN translation in context {context!r}: {source!r}"
            for context, source in unfinished(chinese)
        ]
        problems += lost_fields(chinese)
    return problems + unmarked_messages() + helpers_lupdate_cannot_follow()


def import_legacy(table_file: Path) -> list[tuple[str, str]]:
    """Fill unfinished zh_CN entries from an English -> Chinese JSON table (any context),
    then update and build; returns what is still unfinished."""
    table: dict[str, str] = json.loads(table_file.read_text(encoding="utf-8"))
    chinese = HERE / f"{CHINESE}.ts"
    lupdate([chinese], LANGUAGES[CHINESE])  # the strings the code has now
    tree = ET.parse(chinese)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (
            translation is not None
            and translation.get("type") == "unfinished"
            and table.get(source)
        ):
            translation.text = table[source]
            del translation.attrib["type"]
    tree.write(chinese, encoding="utf-8", xml_declaration=True)
    update()  # lupdate writes the file back in its own layout
    return unfinished(chinese)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on stale or unfinished")
    parser.add_argument("command", nargs="?", choices=["import-legacy"])
    parser.add_argument("table", nargs="?", type=Path, help="zh_CN.<name>.json to import")
    args = parser.parse_args(argv)
    if args.command == "import-legacy":
        if args.table is None:
            parser.error("import-legacy needs the JSON file")
        for context, source in import_legacy(args.table):
            print(f"still unfinished in {context!r}: {source!r}")
        return 0
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"translations: {len(problems)} problem(s)", file=sys.stderr)
            return 1
        print("translations: up to date, every zh_CN entry translated")
        return 0
    update()
    for context, source in unfinished(HERE / f"{CHINESE}.ts"):
        print(f"unfinished zh_CN in {context!r}: {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
