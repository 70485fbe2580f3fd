"""The main window's supervision menu, bundle export, backups and flagged-photo marker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.core.paths import DataDir
from inspector_app.services.context import AppContext
from inspector_app.services.evidence import attach as evidence
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.maintenance import newest_backup_age
from inspector_app.services.sync.export import pending_exports
from inspector_app.storage import sqlite
from inspector_app.ui.app import Startup
from inspector_app.ui.evidence.evidence_strip import FLAGGED_BACKGROUND
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences
from inspector_app.ui.supervisor.trust_dialog import TrustDialog

SIGNED, EXPORTED = 3, 5


def _close_messages(window: MainWindow) -> list[str]:
    texts = []
    for box in window.findChildren(QMessageBox, "message"):
        texts.append(box.text())
        box.close()
    return texts


def test_supervision_menu_opens_the_received_list_and_the_trust_list(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    menu = demo_window.supervision
    assert menu.received_action.isEnabled() and menu.trust_action.isEnabled()
    menu.received_action.trigger()
    supervisor = menu.supervisor
    assert supervisor is not None and supervisor.isVisible()
    supervisor.workspace.runner.drain()
    assert supervisor.workspace.received.model.rowCount() == 3  # inspections 3, 4, 5
    menu.received_action.trigger()
    assert menu.supervisor is supervisor  # one window, raised again
    menu.trust_action.trigger()
    dialogs = demo_window.findChildren(TrustDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].reject()


def test_supervision_needs_the_data_folder(
    qtbot: QtBot, data_dir: DataDir, preferences: Preferences
) -> None:
    window = MainWindow(None, preferences, data_root=data_dir.root)
    qtbot.addWidget(window)
    assert not window.supervision.received_action.isEnabled()
    assert not window.export_pending_action.isEnabled()


def test_export_the_open_signed_inspection(
    demo_window: MainWindow, demo_ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    demo_window.open_inspection(1)
    demo_window.runner.drain()
    assert not demo_window.export_bundle_action.isEnabled()  # a draft has nothing to export
    demo_window.open_inspection(SIGNED)
    demo_window.runner.drain()
    assert demo_window.export_bundle_action.isEnabled()
    with qtbot.waitSignal(demo_window.exporter.bundles_exported, timeout=60_000) as done:
        assert demo_window.exporter.export([SIGNED], tmp_path)
        assert demo_window.export_progress.isVisible()
    (bundle,) = done.args[0]
    detail = inspection_detail(demo_ctx, SIGNED)
    name = f"检查记录_{detail.site_name}_{detail.started_at:%Y-%m-%d}.inspection.zip"
    assert bundle == tmp_path / name and bundle.is_file()
    assert inspection_detail(demo_ctx, SIGNED).status == "exported"
    assert not demo_window.export_progress.isVisible()
    assert any(str(tmp_path) in text for text in _close_messages(demo_window))


def test_export_all_not_yet_exported(
    demo_window: MainWindow, demo_ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    pending = pending_exports(demo_ctx)
    assert pending == [3, 4]
    with qtbot.waitSignal(demo_window.exporter.bundles_exported, timeout=60_000) as done:
        demo_window.exporter.export(pending, tmp_path)
    assert len(done.args[0]) == 2 and pending_exports(demo_ctx) == []
    _close_messages(demo_window)
    demo_window.exporter.choose_folder([])  # nothing left: said plainly, no folder dialog
    assert any("已导出" in t or "exported" in t for t in _close_messages(demo_window))
    demo_window.export_pending_action.trigger()  # the menu asks in the background
    demo_window.runner.drain()
    assert any("已导出" in t or "exported" in t for t in _close_messages(demo_window))


def test_a_wrong_passphrase_is_a_plain_message(
    demo_window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", "not-the-passphrase")
    out = tmp_path / "out"
    out.mkdir()
    demo_window.exporter.export([SIGNED], out)
    demo_window.runner.drain()
    assert not demo_window.export_progress.isVisible()
    assert _close_messages(demo_window)
    assert not list(out.iterdir())


def test_a_backup_is_made_after_start_and_on_close(
    qtbot: QtBot, data_dir: DataDir, preferences: Preferences
) -> None:
    startup = Startup(data_dir.root, preferences)
    startup.begin()
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.context_attached, timeout=20_000):
        pass
    window.runner.drain()
    assert window.backup is not None and window.backup.is_file()
    assert sqlite.list_backups(data_dir.backups) == [window.backup]
    ctx = window.ctx
    age = newest_backup_age(ctx)
    assert age is not None and age.total_seconds() < 60
    window.close()  # not due again within the interval: no second copy
    assert len(sqlite.list_backups(data_dir.backups)) == 1
    startup.runner.shutdown()
    ctx.close()


def test_a_flagged_photo_is_marked_in_the_strip(
    demo_window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    screenshot = tmp_path / "platform.png"
    Image.new("RGB", (64, 48), "white").save(screenshot)
    evidence.add_photos(demo_window.ctx, 1, "R1.1", [screenshot])
    demo_window.open_inspection(1)
    demo_window.runner.drain()
    workspace = demo_window.workspace
    assert workspace is not None
    workspace.go_to("R1.1")
    model = workspace.evidence.model
    rows = [model.index(r) for r in range(model.rowCount())]
    flagged = [i for i in rows if model.photo_at(i.row()).flags]
    assert flagged
    assert flagged[0].data(Qt.ItemDataRole.BackgroundRole) == FLAGGED_BACKGROUND
    assert flagged[0].data(Qt.ItemDataRole.DisplayRole).startswith("⚠")
