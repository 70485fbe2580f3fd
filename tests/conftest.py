"""Shared fixtures. Qt must run offscreen, set before any Qt import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTOR_PASSPHRASE", "test-passphrase")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from inspector_app.core.paths import DataDir  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """An empty data folder with its sub-folders."""
    return DataDir(tmp_path / "data").ensure()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """GUI tests (under tests/ui) are marked so `-m "not gui"` runs the fast part."""
    for item in items:
        if f"{os.sep}tests{os.sep}ui{os.sep}" in str(item.fspath):
            item.add_marker(pytest.mark.gui)
