"""The checklist workspace: keys, undo, notes, reopening after a crash, locking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.answers import answer_state
from inspector_app.ui.main_window import MainWindow


def type_text(widget: object, text: str) -> None:
    """Type (also Chinese) text as an input method would commit it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def open_at(window: MainWindow, inspection_id: int, qtbot: QtBot) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    window.activateWindow()
    assert window.workspace is not None
    tree = window.workspace.tree
    tree.setFocus()
    # The result keys act only where the checklist has the focus: wait until it has.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and tree.hasFocus())


def test_keys_answer_and_move(
    window: MainWindow, inspection_id: int, qtbot: QtBot, ctx: AppContext
) -> None:
    open_at(window, inspection_id, qtbot)
    ws = window.workspace
    assert ws is not None and ws.current_item == "R1.1"
    qtbot.keyClick(ws.tree, Qt.Key.Key_1)
    assert ws.current_item == "R1.2"
    qtbot.keyClick(ws.tree, Qt.Key.Key_3)
    assert ws.current_item == "R1.2"  # 不适用 stays until its reason is given
    assert not ws.panel.na_reason.isHidden()
    qtbot.keyClick(ws.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ws.current_item == "R1.3"
    window.runner.drain()
    assert answer_state(ctx, inspection_id, "R1.1").result == Result.COMPLIANT
    assert answer_state(ctx, inspection_id, "R1.2").result == Result.NOT_APPLICABLE


def test_not_compliant_opens_a_finding(
    window: MainWindow, inspection_id: int, qtbot: QtBot
) -> None:
    open_at(window, inspection_id, qtbot)
    ws = window.workspace
    assert ws is not None
    qtbot.keyClick(ws.tree, Qt.Key.Key_2)
    window.runner.drain()
    assert ws.current_item == "R1.1"
    assert ws.panel.finding_box.isVisibleTo(ws.panel)
    description = ws.panel.finding_edits["description"]
    description.setFocus()
    type_text(description, "门禁设备未通电")
    description.editingFinished.emit()
    window.runner.drain()
    assert [f.description for f in ws.session.findings] == ["门禁设备未通电"]
    assert ws.records.findings.rowCount() == 1


def test_undo_of_a_result_and_of_a_note(
    window: MainWindow, inspection_id: int, qtbot: QtBot, ctx: AppContext
) -> None:
    open_at(window, inspection_id, qtbot)
    ws = window.workspace
    assert ws is not None
    ws.choose_result(Result.COMPLIANT)
    ws.step(-1)
    ws.panel.note.setFocus()
    type_text(ws.panel.note, "现场核实")
    ws.panel.flush()
    window.runner.drain()
    assert answer_state(ctx, inspection_id, "R1.1").note == "现场核实"
    window.undo_action.trigger()
    window.runner.drain()
    assert ws.panel.note.toPlainText() == ""
    assert answer_state(ctx, inspection_id, "R1.1").note == ""
    window.undo_action.trigger()
    window.runner.drain()
    assert answer_state(ctx, inspection_id, "R1.1").result == Result.NOT_CHECKED
    assert not ws.panel.buttons[Result.COMPLIANT].isChecked()
    window.redo_action.trigger()
    window.runner.drain()
    assert answer_state(ctx, inspection_id, "R1.1").result == Result.COMPLIANT


def test_note_is_saved_after_typing_stops(
    window: MainWindow, inspection_id: int, qtbot: QtBot, ctx: AppContext
) -> None:
    open_at(window, inspection_id, qtbot)
    ws = window.workspace
    assert ws is not None
    ws.panel.note.setFocus()
    type_text(ws.panel.note, "考勤机已停用")
    qtbot.waitUntil(lambda: ws.session.notes.get("R1.1") == "考勤机已停用", timeout=3000)
    window.runner.drain()
    assert answer_state(ctx, inspection_id, "R1.1").note == "考勤机已停用"


def test_reopens_at_the_same_item_after_a_crash(
    make_window: Callable[[], MainWindow], inspection_id: int, qtbot: QtBot
) -> None:
    first = make_window()
    open_at(first, inspection_id, qtbot)
    assert first.workspace is not None
    first.workspace.go_to("R3.2")
    first.runner.drain()
    # No closeEvent, no saved settings: the window is simply gone, as after a power cut.
    first.runner.shutdown()
    first.hide()
    first.deleteLater()
    second = make_window()
    second.reopen_last()
    second.runner.drain()
    assert second.workspace is not None
    assert second.session is not None and second.session.id == inspection_id
    assert second.workspace.current_item == "R3.2"
