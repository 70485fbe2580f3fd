"""Typing as Chinese users type: saved while typing, amounts in 万, dates with 年月日, and
problems beside the field instead of a dialog that swallows the next keys."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import create_site, site_values
from inspector_app.services.inspection.answers import answer_state
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.records import findings
from inspector_app.ui.common.autosave import IDLE_MS, MAX_WAIT_MS, Autosave
from inspector_app.ui.inspection.workspace import Workspace
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from tests.ui.keys import type_keys


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def test_autosave_waits_for_a_pause_but_never_longer_than_the_maximum(qtbot: QtBot) -> None:
    saves: list[float] = []
    owner = QObject()
    saver = Autosave(lambda: saves.append(time.monotonic()), owner)
    started = time.monotonic()
    while time.monotonic() - started < 2.6:  # a keystroke every 50 ms, no pause
        saver.changed()
        qtbot.wait(50)
    last_key = time.monotonic()
    qtbot.waitUntil(lambda: bool(saves) and saves[-1] > last_key, timeout=3000)
    gaps = [b - a for a, b in zip([started, *saves], saves, strict=False)]
    assert len(saves) >= 2, saves
    assert max(gaps[:-1]) <= MAX_WAIT_MS / 1000 + 0.2, gaps  # continuous typing is saved
    assert saves[-1] - last_key <= IDLE_MS / 1000 + 0.3  # and the end soon after the pause
    assert not saver.pending


def _site_field(window: MainWindow, ctx: AppContext, field: str) -> tuple[int, QLineEdit]:
    site_id = create_site(ctx, "金额项目")
    window.sites.reload()
    window.runner.drain()
    window.sites.select_site(site_id)
    window.runner.drain()
    window.activateWindow()
    edit = window.sites.editor.fields[field]
    edit.setFocus()
    return site_id, edit


def _saved(window: MainWindow, qtbot: QtBot, check: Callable[[], object]) -> None:
    def done() -> bool:
        window.runner.drain(1000)
        return bool(check())

    qtbot.waitUntil(done, timeout=(IDLE_MS + MAX_WAIT_MS) * 2)


def test_an_amount_in_wan_is_saved_while_typing_and_a_wrong_one_stays_in_its_field(
    chinese: None, window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    site_id, edit = _site_field(window, ctx, "contract_value")
    type_keys(edit, "1200万")  # no Enter, no leaving the field
    _saved(window, qtbot, lambda: site_values(ctx, site_id).contract_value is not None)
    assert site_values(ctx, site_id).contract_value == Decimal("12000000.00")
    edit.selectAll()
    type_keys(edit, "abc")
    problem = window.sites.editor.problems["contract_value"]
    qtbot.waitUntil(problem.isVisible, timeout=(IDLE_MS + MAX_WAIT_MS) * 2)
    assert QApplication.activeModalWidget() is None
    assert "不是金额" in problem.text() and "合同金额" in problem.text()
    assert edit.text() == "abc" and edit.hasFocus()
    type_keys(edit, "d")  # the next key lands where the user is typing
    assert edit.text() == "abcd" and edit.hasFocus()
    window.runner.drain()
    assert site_values(ctx, site_id).contract_value == Decimal("12000000.00")  # last valid
    edit.selectAll()
    type_keys(edit, "１２００万")
    edit.editingFinished.emit()
    window.runner.drain()
    assert not problem.isVisible() and edit.styleSheet() == ""


@pytest.mark.parametrize("text", ["2027/06/30", "2027-6-30", "2027年6月30日", "2027.6.30"])
def test_a_site_date_as_written_in_china(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, text: str
) -> None:
    site_id, edit = _site_field(window, ctx, "end_date")
    type_keys(edit, text)
    _saved(window, qtbot, lambda: site_values(ctx, site_id).end_date is not None)
    assert site_values(ctx, site_id).end_date == dt.date(2027, 6, 30)


def _workspace(window: MainWindow, inspection_id: int, qtbot: QtBot) -> Workspace:
    window.open_inspection(inspection_id)
    window.runner.drain()
    window.activateWindow()
    assert window.workspace is not None
    window.workspace.tree.setFocus()
    qtbot.waitUntil(window.workspace.tree.hasFocus)
    return window.workspace


def test_a_finding_deadline_in_chinese_and_a_wrong_one_kept_beside_its_reason(
    chinese: None, window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    ws = _workspace(window, inspection_id, qtbot)
    QTest.keyClick(ws.tree, Qt.Key.Key_2)
    deadline = ws.panel.finding_edits["deadline"]
    deadline.setFocus()
    type_keys(deadline, "2027年6月30日")

    def stored() -> dt.date | None:
        found = inspection_detail(ctx, inspection_id).findings
        return found[0].deadline if found else None

    _saved(window, qtbot, lambda: stored() is not None)
    assert stored() == dt.date(2027, 6, 30)
    deadline.selectAll()
    type_keys(deadline, "2027-02-30")
    problem = ws.panel.problems["deadline"]
    qtbot.waitUntil(problem.isVisible, timeout=(IDLE_MS + MAX_WAIT_MS) * 2)
    assert "没有这一天" in problem.text()
    assert QApplication.activeModalWidget() is None
    assert deadline.text() == "2027-02-30" and deadline.hasFocus()
    window.runner.drain()
    assert stored() == dt.date(2027, 6, 30)


def test_a_recorded_number_with_full_width_digits(
    window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    ws = _workspace(window, inspection_id, qtbot)
    ws.go_to("R1.2")  # a number item
    value = ws.panel.value_edit
    value.setFocus()
    type_keys(value, "１,２００")
    _saved(window, qtbot, lambda: answer_state(ctx, inspection_id, "R1.2").value is not None)
    assert answer_state(ctx, inspection_id, "R1.2").value == "1200"


def test_an_arrears_cell_is_saved_while_its_editor_stays_open(
    chinese: None, window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    findings.add_arrears_case(ctx, inspection_id, employer="某劳务公司")
    ws = _workspace(window, inspection_id, qtbot)
    ws.tabs.setCurrentWidget(ws.records)
    view, model = ws.records.arrears_view, ws.records.arrears
    index = model.index(0, 2)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_keys(editor, "18万")

    def amount() -> Decimal:
        return inspection_detail(ctx, inspection_id).arrears_cases[0].amount_owed

    _saved(window, qtbot, lambda: amount() == Decimal("180000.00"))
    assert view.state() == QAbstractItemView.State.EditingState  # still typing there
    assert model.index(0, 2).data() == "180,000.00"
    type_keys(editor, "abc")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert view.state() == QAbstractItemView.State.EditingState  # kept, with the reason
    assert "不是金额" in ws.records.problem.text()
    assert editor.text() == "18万abc"
    assert QApplication.activeModalWidget() is None
    assert inspection_detail(ctx, inspection_id).results().get("R1.1") in (
        None,
        Result.NOT_CHECKED,
    )


def test_closing_the_inspection_saves_the_cell_being_typed(
    window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    findings.add_arrears_case(ctx, inspection_id, employer="某劳务公司")
    ws = _workspace(window, inspection_id, qtbot)
    ws.tabs.setCurrentWidget(ws.records)
    view, index = ws.records.arrears_view, ws.records.arrears.index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.end(False)
    type_keys(editor, "二队")
    window.show_sites()  # before any pause: the workspace saves what is typed as it goes
    window.runner.drain()
    assert inspection_detail(ctx, inspection_id).arrears_cases[0].employer == "某劳务公司二队"
