"""Keys 1, 2, 3 answer only from the checklist or the item panel, never from a field, a table
or another tab; pressing 2 puts the cursor in the finding's description."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.records import findings
from inspector_app.ui.inspection.workspace import Workspace
from inspector_app.ui.main_window import MainWindow

RESULT_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
TYPING_WIDGETS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QComboBox,
    QAbstractSpinBox,
)


def _answers(ctx: AppContext, inspection_id: int) -> tuple[dict[str, str], int]:
    """Every item's result and the number of findings, read from the database."""
    detail = inspection_detail(ctx, inspection_id)
    results = {item_id: str(result) for item_id, result in detail.results().items()}
    return results, len(detail.findings)


def _page(tabs: QTabWidget, number: int) -> QWidget:
    page = tabs.widget(number)
    assert page is not None, f"tab {number} has no page"
    return page


def _tab_of(tabs: QTabWidget, widget: QWidget) -> int:
    for number in range(tabs.count()):
        page = _page(tabs, number)
        if page is widget or page.isAncestorOf(widget):
            return number
    raise AssertionError(f"{widget!r} is on no tab")


def _targets(ws: Workspace) -> list[QWidget]:
    """Every field, table, list, combo and spin box of the workspace, and each tab page;
    not the checklist, where the keys belong."""
    found = [w for w in ws.findChildren(QWidget) if isinstance(w, TYPING_WIDGETS)]
    pages = [_page(ws.tabs, number) for number in range(ws.tabs.count())]
    return [w for w in found + pages if w is not ws.tree and _in_tabs(ws, w)]


def _in_tabs(ws: Workspace, widget: QWidget) -> bool:
    return any(
        _page(ws.tabs, n) is widget or _page(ws.tabs, n).isAncestorOf(widget)
        for n in range(ws.tabs.count())
    )


@pytest.fixture
def busy_inspection(ctx: AppContext, inspection_id: int) -> int:
    """R8.3 not applicable (the last item viewed, as in the user's report), a finding at R2.1
    and an arrears case, so every table has a row to type into."""
    answers.set_result(ctx, inspection_id, "R8.3", Result.NOT_APPLICABLE)
    answers.set_result(ctx, inspection_id, "R2.1", Result.NOT_COMPLIANT)
    findings.add_finding(ctx, inspection_id, "R2.1", description="专户未开设")
    findings.add_arrears_case(ctx, inspection_id, employer="某劳务公司", amount_owed=Decimal(1))
    return inspection_id


def test_result_keys_change_no_answer_from_any_field_table_or_tab(
    window: MainWindow, busy_inspection: int, ctx: AppContext, qtbot: QtBot
) -> None:
    window.open_inspection(busy_inspection)
    window.runner.drain()
    window.activateWindow()
    ws = window.workspace
    assert ws is not None
    ws.go_to("R8.3")
    window.runner.drain()
    before = _answers(ctx, busy_inspection)
    targets = _targets(ws)
    kinds = {type(w).__name__ for w in targets}
    assert {"QLineEdit", "QPlainTextEdit", "QTableView", "QComboBox"} <= kinds, kinds
    for widget in targets:
        ws.tabs.setCurrentIndex(_tab_of(ws.tabs, widget))
        widget.setFocus()
        for key in RESULT_KEYS:
            QTest.keyClick(widget, key)
            assert QApplication.activeModalWidget() is None, type(widget).__name__
        window.runner.drain()
        assert _answers(ctx, busy_inspection) == before, f"{type(widget).__name__} changed it"
    assert ws.current_item == "R8.3"


def test_result_keys_answer_from_the_checklist_and_the_item_panel(
    window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    window.activateWindow()
    ws = window.workspace
    assert ws is not None
    ws.tree.setFocus()
    QTest.keyClick(ws.tree, Qt.Key.Key_1)
    assert ws.current_item == "R1.2"
    ws.panel.setFocus()
    QTest.keyClick(ws.panel, Qt.Key.Key_3)
    # 不适用 waits for its reason; Enter on the reason moves on, as 1 does at once.
    assert ws.current_item == "R1.2"
    reason = ws.panel.na_reason.edit
    reason.setEditText("本项目不涉及")
    line = reason.lineEdit()
    assert line is not None  # the reason box is editable
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert ws.current_item == "R1.3"
    button = ws.panel.buttons[Result.COMPLIANT]
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    window.runner.drain()
    assert answers.answer_state(ctx, inspection_id, "R1.1").result == Result.COMPLIANT
    assert answers.answer_state(ctx, inspection_id, "R1.2").result == Result.NOT_APPLICABLE
    assert answers.answer_state(ctx, inspection_id, "R1.3").result == Result.NOT_APPLICABLE


def test_two_puts_the_cursor_in_the_finding_description(
    window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    window.activateWindow()
    ws = window.workspace
    assert ws is not None
    ws.tree.setFocus()
    qtbot.waitUntil(ws.tree.hasFocus)
    QTest.keyClick(ws.tree, Qt.Key.Key_2)
    description = ws.panel.finding_edits["description"]
    assert description.hasFocus()  # at once, before the finding is read back
    assert ws.panel.finding_box.isVisibleTo(ws.panel)
    QTest.keyClicks(description, "no gate")
    QTest.keyClick(description, Qt.Key.Key_2)  # a digit here is text, not an answer
    description.editingFinished.emit()
    window.runner.drain()
    detail = inspection_detail(ctx, inspection_id)
    assert [(f.item_id, f.description) for f in detail.findings] == [("R1.1", "no gate2")]
    assert detail.results()["R1.1"] == Result.NOT_COMPLIANT
