"""Shared fixtures. Qt must run offscreen, set before any Qt import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTOR_PASSPHRASE", "test-passphrase")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from inspector_app.core.paths import DataDir

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from tests.bundle_factory import InspectorFolder


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """An empty data folder with its sub-folders."""
    return DataDir(tmp_path / "data").ensure()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """GUI tests (under tests/ui) are marked so `-m "not gui"` runs the fast part."""
    for item in items:
        if f"{os.sep}tests{os.sep}ui{os.sep}" in str(item.fspath):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def ctx(data_dir: DataDir) -> Iterator[AppContext]:
    """An open, empty data folder."""
    from inspector_app.services.context import open_context

    context = open_context(data_dir.root)
    yield context
    context.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder filled by `inspector demo` once per test session (do not modify)."""
    from inspector_app.demo.sample import create_demo_data
    from inspector_app.services.context import open_context

    root = tmp_path_factory.mktemp("demo-template") / "data"
    context = open_context(root)
    create_demo_data(context)
    context.close()
    return root


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A private copy of the demo data folder: 5 sites; inspection 1 draft, 2 complete,
    3 and 4 signed, 5 exported (signed with INSPECTOR_PASSPHRASE)."""
    import shutil

    from inspector_app.services.context import open_context

    root = tmp_path / "demo"
    shutil.copytree(demo_template, root)
    context = open_context(root)
    yield context
    context.close()


@pytest.fixture(scope="session")
def inspector(tmp_path_factory: pytest.TempPathFactory) -> InspectorFolder:
    """An inspector's data folder with signed inspections exported as bundles (shared)."""
    from tests.bundle_factory import shared_inspector_folder

    return shared_inspector_folder(tmp_path_factory)


@pytest.fixture
def office(tmp_path: Path, inspector: InspectorFolder) -> Iterator[AppContext]:
    """A supervisor's empty data folder that trusts the inspector's certificate."""
    from tests.bundle_factory import supervisor

    context = supervisor(tmp_path / "office", inspector)
    yield context
    context.close()
