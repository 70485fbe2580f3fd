"""A watched folder: bundles copied into it are imported, each once, after they settle."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.ui.supervisor import watch
from inspector_app.ui.supervisor.watch import WATCH_KEY
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import InspectorFolder


def _settled_copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copyfile(source, target)
    old = time.time() - 10  # as if the copy had finished a while ago
    os.utime(target, (old, old))
    return target


def test_bundles_landing_in_the_folder_are_imported(
    qtbot: QtBot,
    office: AppContext,
    inspector: InspectorFolder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(watch, "SETTLE_SECONDS", 0.1)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _settled_copy(inspector.bundles[0], inbox)  # already there when watching starts
    workspace = SupervisorWorkspace(office)
    qtbot.addWidget(workspace)
    workspace.set_watch_folder(inbox)
    assert QSettings().value(WATCH_KEY) == str(inbox)
    qtbot.waitUntil(lambda: workspace.received.model.rowCount() == 1, timeout=30_000)
    for bundle in inspector.bundles[1:]:
        _settled_copy(bundle, inbox)
    qtbot.waitUntil(
        lambda: workspace.received.model.rowCount() == len(inspector.bundles), timeout=30_000
    )
    qtbot.waitUntil(lambda: workspace.import_task is None, timeout=30_000)
    with qtbot.assertNotEmitted(workspace.folder_watch.bundles_arrived):
        workspace.folder_watch.scan()
        workspace.runner.drain()  # each bundle is taken once


def test_a_bundle_still_being_copied_waits(
    tmp_path: Path, qtbot: QtBot, inspector: InspectorFolder
) -> None:
    folder_watch = watch.FolderWatch()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    fresh = inbox / inspector.bundles[0].name
    shutil.copyfile(inspector.bundles[0], fresh)  # modified just now
    with qtbot.assertNotEmitted(folder_watch.bundles_arrived):
        folder_watch.watch(inbox)
        folder_watch.runner.drain()
    old = time.time() - 10
    os.utime(fresh, (old, old))
    with qtbot.waitSignal(folder_watch.bundles_arrived) as arrived:
        folder_watch.scan()
    assert arrived.args == [[fresh]]
    folder_watch.watch(None)
    assert folder_watch.scan() is None
