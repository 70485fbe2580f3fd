"""The texts of the report binding, held revisions and forms by content have Chinese
translations that keep every field."""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
TABLES = ROOT / "resources" / "translations"
MODULES = [
    "inspector_app/services/signing/attachments.py",
    "inspector_app/services/sync/binding.py",
    "inspector_app/services/sync/authorship.py",
    "inspector_app/services/sync/held.py",
    "inspector_app/services/supervision/form_check.py",
    "inspector_app/ui/supervisor/held_panel.py",
    "inspector_app/ui/supervisor/models.py",
    "inspector_app/ui/supervisor/detail.py",
    "inspector_app/ui/supervisor/words.py",
    "inspector_app/ui/supervisor/workspace.py",
]


def _texts(path: Path) -> list[str]:
    """The first argument of every msg(...) and _tr(...) call with a literal text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("msg", "_tr")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(node.args[0].value)
    return found


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for path in sorted(TABLES.glob("zh_CN*.json")):
        table.update(json.loads(path.read_text(encoding="utf-8")))
    return table


@pytest.mark.parametrize("module", MODULES)
def test_every_text_has_a_chinese_translation(module: str) -> None:
    texts = _texts(ROOT / module)
    assert texts, module
    table = _table()
    assert [text for text in texts if text not in table] == []


def test_translations_keep_their_fields() -> None:
    own = json.loads((TABLES / "zh_CN.embed.json").read_text(encoding="utf-8"))

    def fields(text: str) -> set[str]:
        named = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        return named | {f"%{n}" for n in range(1, 10) if f"%{n}" in text}

    for source, translation in own.items():
        assert fields(translation) == fields(source), source
