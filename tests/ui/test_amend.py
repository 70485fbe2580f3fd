"""Amending from the app: the action on a signed inspection, the reason, the new draft;
after signing the pads cannot be cleared or drawn on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.ui.inspection.amend_dialog import AmendDialog
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.signing.signature_pad import SignaturePad
from tests.ui.zh_texts import english, visible_texts

DRAFT, SIGNED = 1, 3  # in the demo data folder


def _stroke(pad: SignaturePad) -> None:
    for kind, x in (
        (QMouseEvent.Type.MouseButtonPress, 10.0),
        (QMouseEvent.Type.MouseMove, 60.0),
        (QMouseEvent.Type.MouseButtonRelease, 60.0),
    ):
        event = QMouseEvent(
            kind,
            QPointF(x, 20.0),
            QPointF(x, 20.0),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        pad.event(event)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


def test_amend_action_asks_why_and_opens_the_new_revision(
    chinese: None, demo_window: MainWindow, qtbot: QtBot
) -> None:
    demo_window.open_inspection(DRAFT)
    demo_window.runner.drain()
    assert not demo_window.amend_action.isEnabled()
    demo_window.open_inspection(SIGNED)
    demo_window.runner.drain()
    assert demo_window.amend_action.isEnabled()
    demo_window.amend_action.trigger()
    dialog = demo_window.findChild(AmendDialog)
    assert dialog is not None and dialog.isVisible()
    assert english(visible_texts(dialog)) == []
    dialog.accept()  # no reason: refused, nothing made
    assert dialog.isVisible()
    for box in dialog.findChildren(QMessageBox, "message"):
        box.close()
    dialog.reason.setText("整改期限写错")
    with qtbot.waitSignal(demo_window.inspection_opened, timeout=10_000) as opened:
        dialog.accept()
    new_id = opened.args[0]
    assert new_id != SIGNED and demo_window.session is not None
    assert demo_window.session.id == new_id and not demo_window.session.locked
    detail = inspections.inspection_detail(demo_window.ctx, new_id)
    assert (detail.revision, detail.amend_reason) == (2, "整改期限写错")
    assert not demo_window.amend_action.isEnabled()  # a draft: nothing to amend


def test_signed_pads_cannot_be_cleared_or_drawn_on(demo_window: MainWindow) -> None:
    demo_window.open_inspection(DRAFT)
    demo_window.runner.drain()
    assert demo_window.workspace is not None
    page = demo_window.workspace.signing
    pad = page.pads[0][2]
    _stroke(pad)
    assert not pad.is_empty and all(button.isEnabled() for button in page.clear_buttons)
    demo_window.open_inspection(SIGNED)
    demo_window.runner.drain()
    assert demo_window.workspace is not None
    page = demo_window.workspace.signing
    assert page.pads and not any(button.isEnabled() for button in page.clear_buttons)
    pad = page.pads[0][2]
    assert pad.read_only and not pad.isEnabled()
    pad.setEnabled(True)  # even an enabled pad, once read-only, takes no strokes
    _stroke(pad)
    assert pad.is_empty
    pad.set_read_only(False)
    _stroke(pad)
    assert not pad.is_empty
    pad.set_read_only(True)
    pad.clear()
    assert not pad.is_empty  # and what is there stays
