"""不适用 asks for its reason in place, saves it, and signing waits for it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector_app.core.results import Result
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing.sign_inspection import signing_problems
from inspector_app.ui.main_window import MainWindow

DRAFT = 1  # in the demo data folder


def test_not_applicable_asks_for_a_reason_and_saves_it(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    demo_window.open_inspection(DRAFT)
    demo_window.runner.drain()
    workspace, session = demo_window.workspace, demo_window.session
    assert workspace is not None and session is not None
    demo_window.activateWindow()
    item_id = "R4.1"
    workspace.go_to(item_id)
    panel = workspace.panel
    field = panel.na_reason
    if session.result(item_id) == Result.NOT_APPLICABLE:
        panel.buttons[Result.COMPLIANT].click()
    assert field.isHidden()
    session.na_reasons.pop(item_id, None)
    panel.buttons[Result.NOT_APPLICABLE].click()
    assert not field.isHidden()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (field.edit, field.edit.lineEdit()))
    demo_window.runner.drain()
    detail = inspections.inspection_detail(demo_window.ctx, DRAFT)
    if not detail.answers[item_id].na_reason:
        blocked = [str(p) for p in signing_problems(demo_window.ctx, detail)]
        assert any(item_id in p and "reason" in p for p in blocked)
    field.edit.setEditText("工程款支付担保由建设单位另行办理")
    line = field.edit.lineEdit()
    assert line is not None  # the reason box is editable: presets or the inspector's words
    line.editingFinished.emit()
    demo_window.runner.drain()
    detail = inspections.inspection_detail(demo_window.ctx, DRAFT)
    assert detail.answers[item_id].na_reason == "工程款支付担保由建设单位另行办理"
    blocked = [str(p) for p in signing_problems(demo_window.ctx, detail)]
    assert not any(item_id in p and "reason" in p for p in blocked)
    assert workspace.current_item == item_id  # N/A stays until the reason is confirmed
    line.returnPressed.emit()  # Enter: on to the next item, as after 符合
    assert workspace.current_item == "R4.2"
    workspace.go_to(item_id)
    assert not field.isHidden() and field.edit.currentText() == "工程款支付担保由建设单位另行办理"
    panel.buttons[Result.COMPLIANT].click()
    workspace.go_to(item_id)
    assert field.isHidden()
