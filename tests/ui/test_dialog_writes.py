"""Writes from dialogs and the evidence strip go through the write queue; refusals are plain
messages; the photo time tolerance preference reaches the evidence service."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors
from inspector_app.services.directory.inspectors import self_inspector
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.ui.inspection.new_inspection import NewInspectionDialog
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.preferences_dialog import PreferencesDialog
from inspector_app.ui.settings import Preferences
from tests.photo_factory import jpeg_with_exif
from tests.ui.test_workspace import type_text


def messages(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "message") if box.isVisible()]


def refuse(*_args: object, **_kwargs: object) -> int:
    raise ValidationError("refused for the test")


def refusal_shown(dialog: QWidget) -> bool:
    """The one message box shown is the service's refusal, not some other complaint."""
    boxes = dialog.findChildren(QMessageBox, "message")
    return [box.text() for box in boxes] == ["refused for the test"]


def threads_calling(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> list[int]:
    """Record the thread of every call of the service function `module.name`."""
    real: Callable[..., object] = getattr(module, name)
    threads: list[int] = []

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return threads


def off_the_gui_thread(threads: list[int]) -> bool:
    return bool(threads) and threading.main_thread().ident not in threads


def new_dialog(window: MainWindow) -> NewInspectionDialog:
    window.new_inspection(window.sites.selected_site_id())
    window.runner.drain()  # the dialog is built once its choices are read
    dialog = window.findChild(NewInspectionDialog)
    assert dialog is not None
    return dialog


def preferences_dialog(window: MainWindow) -> PreferencesDialog:
    window.edit_preferences()
    window.runner.drain()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_starting_an_inspection_is_written_in_the_background(
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads = threads_calling(monkeypatch, inspections, "start_inspection")
    dialog = new_dialog(window)
    with qtbot.waitSignal(dialog.inspection_started, timeout=10_000) as started:
        dialog.accept()
        assert not dialog.ok_button.isEnabled()  # a second OK cannot start a second one
    window.runner.drain()
    assert off_the_gui_thread(threads), threads
    assert window.session is not None and window.session.id == started.args[0]
    assert len(inspections.list_inspections(ctx)) == 2


def test_a_refused_start_is_a_plain_message_and_the_dialog_stays(
    window: MainWindow, inspection_id: int, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inspections, "start_inspection", refuse)
    dialog = new_dialog(window)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "message")))
    assert refusal_shown(dialog)
    box = dialog.findChild(QMessageBox, "message")
    assert box is not None
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert window.session is None
    box.close()
    dialog.reject()


def test_adding_a_colleague_is_written_in_the_background(
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads = threads_calling(monkeypatch, inspectors, "add_inspector")
    dialog = new_dialog(window)
    type_text(dialog.colleague_name, "赵监察")
    qtbot.mouseClick(dialog.add_colleague_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.colleague_name.text() == "")
    assert off_the_gui_thread(threads), threads
    added = {row.name: row for row in inspectors.list_inspectors(ctx)}["赵监察"]
    assert added.unit == "区劳动保障监察大队"  # the user's own unit unless changed: never blank
    assert len(dialog.inspectors.checked_ids()) == 2  # the local inspector and the new one
    dialog.reject()


def test_a_refused_colleague_is_a_plain_message(
    window: MainWindow, inspection_id: int, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inspectors, "add_inspector", refuse)
    dialog = new_dialog(window)
    type_text(dialog.colleague_name, "赵监察")
    dialog.add_colleague()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "message") is not None)
    assert refusal_shown(dialog)
    assert dialog.add_colleague_button.isEnabled()
    assert dialog.colleague_name.text() == "赵监察"  # nothing typed is lost
    dialog.reject()


def test_preferences_save_the_identity_in_the_background(
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    ctx: AppContext,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads = threads_calling(monkeypatch, inspectors, "update_self")
    dialog = preferences_dialog(window)
    dialog.badge.setText("B777")
    dialog.tolerance.setValue(6)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert off_the_gui_thread(threads), threads
    me = self_inspector(ctx)
    assert me is not None and me.badge_no == "B777"
    assert preferences.photo_tolerance_hours() == 6


def test_preferences_set_the_record_numbering_of_the_data_folder(
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    ctx: AppContext,
    preferences: Preferences,
) -> None:
    from inspector_app.services.inspection import numbering

    dialog = preferences_dialog(window)
    dialog.number_pattern.setText("{unit_short}〔{year}〕{seq.real}号")
    dialog.accept()  # refused at once, with the reason; nothing written
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "message") is not None)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert numbering.numbering_settings(ctx).pattern == numbering.DEFAULT_PATTERNS["record"]
    dialog.number_pattern.setText("{unit_short}劳监〔{year}〕第{seq}号")
    dialog.unit_short.setText("雁塔")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert numbering.numbering_settings(ctx).format(2026, 5) == "雁塔劳监〔2026〕第5号"


def test_refused_preferences_keep_the_dialog_and_the_settings(
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    ctx: AppContext,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inspectors, "update_self", refuse)
    dialog = preferences_dialog(window)
    dialog.tolerance.setValue(3)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "message") is not None)
    assert refusal_shown(dialog)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert preferences.photo_tolerance_hours() == 24
    dialog.reject()


@pytest.mark.parametrize(("hours", "flagged"), [(2, True), (24, False)])
def test_photo_time_tolerance_reaches_the_evidence_service(
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    preferences: Preferences,
    tmp_path: Path,
    hours: int,
    flagged: bool,
) -> None:
    """A photo taken 5 hours after the inspection started: off with 2 h, fine with 24 h."""
    preferences.set_photo_tolerance_hours(hours)
    window.open_inspection(inspection_id)
    window.runner.drain()
    assert window.workspace is not None and window.session is not None
    started = window.session.detail.started_at
    photo = jpeg_with_exif(tmp_path / "gate.jpg", captured_at=started + dt.timedelta(hours=5))
    strip = window.workspace.evidence
    assert strip.photo_tolerance() == dt.timedelta(hours=hours)
    with qtbot.waitSignal(strip.photos_added, timeout=20_000):
        strip.add_files([photo])
    session = window.session
    qtbot.waitUntil(lambda: len(session.evidence) == 1)
    window.runner.drain()
    flags = [flag.kind for flag in window.session.evidence[0].flags]
    assert ("time_mismatch" in flags) is flagged
