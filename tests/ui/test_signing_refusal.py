"""Signing with the representative's refusal (代表拒绝签字) instead of a drawn signature."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.ui.main_window import MainWindow
from tests.ui.test_whole_inspection import draw_on

COMPLETE = 2  # in the demo data folder: answered, not signed; 李明 (self) and 王芳


def test_a_refusal_with_reason_and_witness_replaces_the_representatives_signature(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    demo_window.open_inspection(COMPLETE)
    demo_window.runner.drain()
    ws = demo_window.workspace
    assert ws is not None and demo_window.session is not None
    page = ws.signing
    box = page.refusal
    assert [box.witness.itemText(i) for i in range(box.witness.count())] == ["王芳"]
    rep_pad = page.pads[-1][2]
    box.refuses.setChecked(True)
    assert not rep_pad.isEnabled() and box.reason.isEnabled()
    for _role, _name, pad in page.pads[:-1]:
        draw_on(pad)
    # No reason yet: signing is refused with the box's own note.
    with qtbot.waitSignal(page.signing_refused, timeout=10_000) as blocker:
        qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    for message in demo_window.findChildren(QMessageBox, "message"):
        message.close()
    assert blocker.args[0] == ["Give the reason the representative gave for refusing."]
    box.reason.setText("不认可检查结论")
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: demo_window.session is not None and demo_window.session.locked, timeout=60_000
    )
    demo_window.runner.drain()

    detail = inspection_detail(demo_window.ctx, COMPLETE)
    assert detail.refusal_reason == "不认可检查结论" and detail.refusal_witness == "王芳"
    # Both inspectors signed, once each; the refusal stands in for the representative.
    assert sorted((s.role, s.signer_name) for s in detail.signatures) == [
        ("inspector", "李明"),
        ("inspector", "王芳"),
    ]
    times = [s.signed_at for s in detail.signatures]
    assert all(t is not None for t in times)
    assert box.refuses.isChecked() and not box.refuses.isEnabled()  # shown, frozen
