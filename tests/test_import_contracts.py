"""The layers hold: import-linter keeps every contract, among them "ui and cli import no
storage", and a direct scan of the ui and cli sources finds no storage import either."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "inspector_app"
NO_STORAGE = "ui and cli import no storage"


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, object]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names |= {node.module} | {f"{node.module}.{a.name}" for a in node.names}
    return names


def test_the_no_storage_contract_is_declared() -> None:
    (contract,) = [c for c in _contracts() if str(c["name"]).startswith(NO_STORAGE)]
    assert contract["type"] == "forbidden"
    assert contract["source_modules"] == ["inspector_app.ui", "inspector_app.cli"]
    assert contract["forbidden_modules"] == ["inspector_app.storage"]
    assert len(_contracts()) == 4


@pytest.mark.parametrize("layer", ["ui", "cli"])
def test_no_ui_or_cli_module_imports_the_storage(layer: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            name for name in _imported(path) if name.startswith("inspector_app.storage")
        )
        for path in sorted((PACKAGE / layer).rglob("*.py"))
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_import_linter_keeps_every_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(ROOT))
    assert lint_imports(no_cache=True, no_logo=True) == 0
