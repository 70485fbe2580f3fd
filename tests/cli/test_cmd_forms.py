"""`inspector forms check` without FILE checks the forms the app ships."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.cli.main import main
from inspector_app.core import resources


@pytest.fixture
def shipped_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped forms folder of an installed package, empty for now."""
    package = tmp_path / "inspector_app"
    (package / "_data" / "forms").mkdir(parents=True)
    monkeypatch.setattr(importlib.resources, "files", lambda name: package)
    resources.data_dir.cache_clear()
    yield package / "_data" / "forms"
    resources.data_dir.cache_clear()


def test_without_files_it_checks_the_shipped_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check"]) == 0
    out = capsys.readouterr().out
    assert f"{resources.forms_dir() / 'eight-rules.v1.yaml'}: ok" in out


def test_a_broken_shipped_form_is_reported(
    shipped_forms: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (Path(__file__).resolve().parents[2] / "forms" / "eight-rules.v1.yaml").read_text(
        encoding="utf-8"
    )
    (shipped_forms / "eight-rules.v1.yaml").write_text(
        text.replace("kind: check", "kind: chek", 1), encoding="utf-8"
    )
    assert main(["forms", "check"]) == 1
    assert f"{shipped_forms / 'eight-rules.v1.yaml'}:" in capsys.readouterr().out


def test_no_shipped_forms_is_an_error_naming_the_folder(
    shipped_forms: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["forms", "check"]) == 1
    err = capsys.readouterr().err
    assert f"no form files (*.yaml) in {shipped_forms}" in err
