"""Extract the UI strings into Qt Linguist .ts files and build the .qm files.

pyside6-lupdate cannot follow the small `_tr` helpers the ui modules use, so the
strings are found with Python's ast: self.tr("..."), _tr("...") (its context read from
the helper) and QCoreApplication.translate("Context", "..."). Chinese translations live
in zh_CN.json (source -> translation); English is the source language.
Run: .venv/bin/python resources/translations/build_translations.py
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parents[1] / "inspector_app"
UI = PACKAGE / "ui"
# Layers below the ui mark their messages with core.messages.msg("...") (context "service").
SERVICE_LAYERS = ("core", "storage", "services")
SERVICE_CONTEXT = "service"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
# Qt's own strings that the qtbase_zh_CN.qm shipped with PySide6 lacks (Qt 6 gave the file
# dialog's labels mnemonics, and moved the file types to QAbstractFileIconProvider; the
# translation has neither yet). Our translator carries them; Qt asks it after its own.
# tests/ui/test_qt_dialogs_zh.py finds new gaps.
QT_GAPS = {
    "QFileDialog": ["&Look in:", "Files of &type:"],
    "QAbstractFileIconProvider": ["Drive", "Folder", "File Folder", "Shortcut", "Alias"],
}


def _helper_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return None


def _strings(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helper = _helper_context(tree)
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        texts = [a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name == "tr" and isinstance(func, ast.Attribute) and len(texts) == 1 and cls:
            found.append((cls, texts[0]))
        elif name == "_tr" and helper and len(texts) == 1:
            found.append((helper, texts[0]))
        elif name in ("translate", "tr") and len(texts) == 2:
            found.append((texts[0], texts[1]))

    visit(tree, None)
    return found


def _service_strings(path: Path) -> list[tuple[str, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func, first = node.func, node.args[0]
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        is_text = isinstance(first, ast.Constant) and isinstance(first.value, str)
        if name in ("msg", "Message") and is_text:
            found.append((SERVICE_CONTEXT, str(first.value)))  # type: ignore[attr-defined]
    return found


def collect() -> dict[str, list[str]]:
    contexts: dict[str, list[str]] = {}
    sources = [(path, _strings) for path in sorted(UI.rglob("*.py"))]
    for layer in SERVICE_LAYERS:
        sources += [(path, _service_strings) for path in sorted((PACKAGE / layer).rglob("*.py"))]
    found = [pair for path, extract in sources for pair in extract(path)]
    found += [(context, text) for context, texts in QT_GAPS.items() for text in texts]
    for context, text in found:
        if text not in contexts.setdefault(context, []):
            contexts[context].append(text)
    return contexts


def chinese_table() -> dict[str, str]:
    """zh_CN.json and any zh_CN.<part>.json beside it (one per area of the code)."""
    table: dict[str, str] = {}
    for path in sorted(HERE.glob("zh_CN*.json")):
        table.update(json.loads(path.read_text(encoding="utf-8")))
    return table


def write_ts(
    path: Path, language: str, contexts: dict[str, list[str]], table: dict[str, str]
) -> list[str]:
    missing = []
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context, texts in sorted(contexts.items()):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for text in texts:
            translation = table.get(text, text if language == "en" else "")
            if not translation:
                missing.append(text)
            state = "" if translation else ' type="unfinished"'
            lines += [
                "    <message>",
                f"        <source>{escape(text)}</source>",
                f"        <translation{state}>{escape(translation)}</translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return missing


def main() -> int:
    contexts = collect()
    chinese = chinese_table()
    missing = write_ts(HERE / "inspector_zh_CN.ts", "zh_CN", contexts, chinese)
    write_ts(HERE / "inspector_en.ts", "en", contexts, {})
    for name in ("inspector_zh_CN", "inspector_en"):
        subprocess.run(
            [str(LRELEASE), str(HERE / f"{name}.ts"), "-qm", str(HERE / f"{name}.qm")],
            check=True,
            capture_output=True,
        )
    for text in missing:
        print(f"missing zh_CN: {text!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
