"""A whole inspection through the UI, from a new site to a signed, locked inspection."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import add_inspector
from inspector_app.services.directory.sites import site_values
from inspector_app.services.inspection.lifecycle import inspection_detail, list_inspections
from inspector_app.services.signing.keys import init_identity
from inspector_app.ui.inspection.new_inspection import NewInspectionDialog
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.signing.signature_pad import SignaturePad
from tests.ui.test_workspace import type_text


def draw_on(pad: SignaturePad) -> None:
    """A stroke with real mouse events."""
    points = [QPointF(20 + 12 * i, 40 + (i % 3) * 10) for i in range(12)]

    def send(kind: QMouseEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind,
            point,
            pad.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)

    send(QMouseEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for point in points[1:]:
        send(QMouseEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    send(QMouseEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def open_boxes(window: MainWindow) -> list[QMessageBox]:
    return [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def create_site_by_typing(window: MainWindow, qtbot: QtBot, ctx: AppContext) -> int:
    qtbot.mouseClick(window.sites.new_site_button, Qt.MouseButton.LeftButton)
    window.runner.drain()
    name = window.sites.editor.fields["name"]
    assert name.hasFocus() or name.isVisible()
    name.selectAll()
    type_text(name, "高新区人才公寓二期")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    code = window.sites.editor.fields["contractor_code"]
    code.setFocus()
    qtbot.keyClicks(code, "91310115MA1H8R7C6D")
    assert "⚠" in window.sites.editor.warnings["contractor_code"].text()
    qtbot.keyClick(code, Qt.Key.Key_Return)
    window.runner.drain()
    site_id = window.sites.selected_site_id()
    assert site_id is not None
    values = site_values(ctx, site_id)
    assert values.name == "高新区人才公寓二期"
    assert values.contractor_code == "91310115MA1H8R7C6D"
    return site_id


def start_by_dialog(window: MainWindow, qtbot: QtBot, site_id: int) -> None:
    window.new_inspection(site_id)
    window.runner.drain()  # the dialog is built once its choices are read
    dialog = window.findChild(NewInspectionDialog)
    assert dialog is not None
    assert dialog.count_warning.text()  # only the local inspector is checked so far
    type_text(dialog.colleague_name, "李监察")
    qtbot.mouseClick(dialog.findChild(QPushButton, "add_colleague"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.inspectors.checked_ids()) == 2)  # written in the background
    assert dialog.count_warning.text() == ""
    dialog.representatives.setData(dialog.representatives.index(0, 0), "张经理")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window.runner.drain()


def answer_everything(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    assert ws is not None
    window.activateWindow()
    ws.tree.setFocus()
    assert QApplication.focusWidget() is ws.tree, QApplication.focusWidget()
    qtbot.keyClick(ws.tree, Qt.Key.Key_2)  # R1.1 not compliant, needs a finding
    window.runner.drain()
    qtbot.waitUntil(lambda: bool(ws.session.findings_of("R1.1")))  # the finding is stored
    ws.panel.show_item("R1.1")
    type_text(ws.panel.finding_edits["description"], "未设门禁")
    ws.panel.finding_edits["description"].editingFinished.emit()
    # The order to correct needs a deadline: without one the summary blocks signing.
    type_text(ws.panel.finding_edits["deadline"], "2026-12-31")
    ws.panel.finding_edits["deadline"].editingFinished.emit()
    qtbot.mouseClick(ws.panel.buttons[Result.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    for _ in range(2 * len(ws.session.item_ids()) + 2):  # each item: 3, then its reason
        # 不适用 asks for its reason in place; a preset and Enter confirm it and move on.
        reason = ws.panel.na_reason
        if not reason.isHidden() and not ws.session.na_reasons.get(ws.current_item or ""):
            reason.edit.setEditText(reason.edit.itemText(0))
            line = reason.edit.lineEdit()
            assert line is not None  # the reason box is editable
            line.returnPressed.emit()
            continue
        ws.tree.setFocus()
        qtbot.keyClick(ws.tree, Qt.Key.Key_3)
    window.runner.drain()


def test_from_a_new_site_to_a_signed_inspection(
    window: MainWindow, qtbot: QtBot, ctx: AppContext
) -> None:
    add_inspector(ctx, "王检查", "区劳动保障监察大队", "A001", is_self=True)
    init_identity(ctx, b"test-passphrase")
    site_id = create_site_by_typing(window, qtbot, ctx)
    start_by_dialog(window, qtbot, site_id)
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.tabs.setCurrentWidget(ws.signing)
    with qtbot.waitSignal(ws.signing.signing_refused, timeout=10_000):
        qtbot.mouseClick(ws.signing.sign_button, Qt.MouseButton.LeftButton)
    refused = open_boxes(window)
    assert refused and "R1.1" in refused[0].text()
    refused[0].accept()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    answer_everything(window, qtbot)
    assert window.session.missing() == []
    for _role, _name, pad in ws.signing.pads:
        draw_on(pad)
    qtbot.mouseClick(ws.signing.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None and window.session.locked, timeout=30000)
    window.runner.drain()
    detail = inspection_detail(ctx, window.session.id)
    assert detail.status == "signed"
    # One signature per person: a set of roles would hide a missing or doubled one.
    assert sorted((s.role, s.signer_name) for s in detail.signatures) == [
        ("inspector", "李监察"),
        ("inspector", "王检查"),
        ("representative", "张经理"),
    ]
    assert [row.status for row in list_inspections(ctx, site_id=site_id)] == ["signed"]
    assert not ws.panel.buttons[Result.COMPLIANT].isEnabled()
    assert not ws.signing.sign_button.isEnabled() and ws.signing.export_button.isEnabled()
    before = dict(window.session.results)
    ws.tree.setFocus()
    qtbot.keyClick(ws.tree, Qt.Key.Key_1)
    window.runner.drain()
    assert window.session.results == before
    assert ws.records.findings.read_only
    out = ctx.data_dir.exports / "report.pdf"
    ws.signing.export(out)
    window.runner.drain()
    assert out.read_bytes().startswith(b"%PDF")
    for box in open_boxes(window):
        box.close()
