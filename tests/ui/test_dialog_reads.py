"""The inspector's dialogs read what they show (database, forms folder, key file) on the
runner, and are built on the GUI thread from those values; a failed read is a message."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from inspector_app.core.errors import DatabaseLockedError
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors, sites
from inspector_app.services.inspection import numbering
from inspector_app.services.signing import identity
from inspector_app.ui import first_run
from inspector_app.ui.first_run import FirstRunGuide
from inspector_app.ui.inspection import new_inspection
from inspector_app.ui.inspection.new_inspection import NewInspectionDialog
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.signing.identity_dialog import IdentityDialog
from tests.ui.test_dialog_writes import (
    messages,
    new_dialog,
    off_the_gui_thread,
    preferences_dialog,
    threads_calling,
)
from tests.ui.test_whole_inspection import draw_on

COMPLETE = 2  # in the demo data folder: answered, not signed


def test_the_new_inspection_dialog_reads_its_choices_off_the_gui_thread(
    window: MainWindow, inspection_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = {
        name: threads_calling(monkeypatch, module, name)
        for module, name in (
            (sites, "list_sites"),
            (inspectors, "list_inspectors"),
            (new_inspection, "bundled_forms"),  # the forms folder on disk
        )
    }
    dialog = new_dialog(window)
    assert all(off_the_gui_thread(threads) for threads in reads.values()), reads
    assert [dialog.site_combo.itemText(i) for i in range(dialog.site_combo.count())] == ["测试项目"]
    assert dialog.form_combo.count() == 2
    assert [row.name for row in dialog.inspectors.rows()] == ["王检查", "李监察"]
    assert len(dialog.inspectors.checked_ids()) == 1  # the local inspector
    assert dialog.colleague_unit.text() == "区劳动保障监察大队"
    dialog.reject()


def test_a_follow_up_reads_its_inspectors_off_the_gui_thread(
    window: MainWindow, inspection_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = threads_calling(monkeypatch, inspectors, "list_inspectors")
    window.follow_up(inspection_id)
    window.runner.drain()
    dialog = window.findChild(NewInspectionDialog)
    assert dialog is not None and dialog.isVisible()
    assert off_the_gui_thread(threads), threads
    assert dialog.windowTitle() == "Follow-up inspection"
    assert len(dialog.inspectors.rows()) == 2
    dialog.reject()


def test_preferences_read_the_identity_and_numbering_off_the_gui_thread(
    window: MainWindow, inspection_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = [
        threads_calling(monkeypatch, inspectors, "self_inspector"),
        threads_calling(monkeypatch, numbering, "numbering_settings"),
    ]
    dialog = preferences_dialog(window)
    assert all(off_the_gui_thread(threads) for threads in reads), reads
    assert (dialog.name.text(), dialog.badge.text()) == ("王检查", "A001")
    assert dialog.number_pattern.text() == numbering.DEFAULT_PATTERNS["record"]
    dialog.reject()


def test_the_guide_reads_the_key_file_and_the_names_off_the_gui_thread(
    window: MainWindow, inspection_id: int, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = [
        threads_calling(monkeypatch, identity, "has_identity"),
        threads_calling(monkeypatch, first_run, "self_inspector"),
    ]
    window.offer_first_run()
    qtbot.waitUntil(lambda: window.findChild(FirstRunGuide) is not None)
    guide = window.findChild(FirstRunGuide)
    assert guide is not None and guide.isVisible()
    assert all(off_the_gui_thread(threads) for threads in reads), reads
    assert guide.name.text() == "王检查"  # the names already given fill the first page
    guide.reject()


def test_signing_without_a_key_looks_for_it_off_the_gui_thread(
    demo_window: MainWindow, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key file is looked for with the signing check; the dialog that makes the key
    starts with the names already given."""
    identity.identity_path(demo_ctx.data_dir.keys).unlink()
    threads = threads_calling(monkeypatch, identity, "has_identity")
    asked: list[str] = []

    def declined(dialog: IdentityDialog) -> int:
        asked.append(dialog.name.text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(IdentityDialog, "exec", declined)
    demo_window.open_inspection(COMPLETE)
    demo_window.runner.drain()
    assert demo_window.workspace is not None
    page = demo_window.workspace.signing
    for _role, _name, pad in page.pads:
        draw_on(pad)
    page.sign()
    demo_window.runner.drain()
    assert asked == ["李明"]  # the local inspector of the demo data folder
    assert off_the_gui_thread(threads), threads
    assert demo_window.session is not None and not demo_window.session.locked


def test_a_failed_read_is_a_plain_message_and_opens_nothing(
    window: MainWindow, inspection_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object) -> object:
        raise DatabaseLockedError("locked for the test")

    monkeypatch.setattr(inspectors, "list_inspectors", locked)
    window.new_inspection()
    window.runner.drain()
    (box,) = messages(window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The database is busy in another program")
    assert window.findChild(NewInspectionDialog) is None
    box.close()
    monkeypatch.undo()
    new_dialog(window).reject()  # asking again works: the failed read left nothing pending


def test_asking_twice_while_reading_opens_one_dialog(
    window: MainWindow, inspection_id: int
) -> None:
    window.new_action.trigger()
    window.new_action.trigger()  # before the first read came back (no events in between)
    window.runner.drain()
    dialogs = window.findChildren(NewInspectionDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


def test_opening_the_dialogs_runs_no_sql_on_the_gui_thread(
    window: MainWindow, ctx: AppContext, inspection_id: int, qtbot: QtBot
) -> None:
    """Every statement, whichever service sends it, is seen at the engine."""
    threads: list[threading.Thread] = []

    def record(*_args: object) -> None:
        threads.append(threading.current_thread())

    openers: list[Callable[[], object]] = [
        window.new_inspection,
        lambda: window.follow_up(inspection_id),
        window.edit_preferences,
        window.open_first_run_guide,
        window.offer_first_run,
    ]
    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        for open_dialog in openers:
            open_dialog()
            window.runner.drain()
            shown = QApplication.activeModalWidget()
            assert isinstance(shown, QDialog), open_dialog
            shown.reject()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    assert threads and threading.main_thread() not in threads
