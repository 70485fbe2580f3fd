"""The arrears and representatives tables are edited from the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.records import findings
from inspector_app.ui.inspection.new_inspection import NewInspectionDialog, read_choices
from inspector_app.ui.main_window import MainWindow


def _type(widget: QWidget, text: str) -> None:
    # Chinese text as key events carrying it (qtbot.keyClicks aborts on non-ASCII).
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def _editor(qtbot: QtBot, view: QAbstractItemView) -> QLineEdit:
    """The editor open in the view's current cell (the offscreen window has no focus)."""

    def open_editor() -> QWidget | None:
        return view.indexWidget(view.currentIndex())

    qtbot.waitUntil(lambda: isinstance(open_editor(), QLineEdit), timeout=5_000)
    editor = open_editor()
    assert isinstance(editor, QLineEdit)
    return editor


def _tab(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_arrears_tab_through_cells_and_into_a_new_row(
    window: MainWindow, ctx: AppContext, inspection_id: int, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    ws = window.workspace
    assert ws is not None
    ws.tabs.setCurrentWidget(ws.records)
    records = ws.records
    # The button adds a case and opens its first cell: type, Tab, type, Tab...
    view = records.arrears_view
    qtbot.mouseClick(records.add_case, Qt.MouseButton.LeftButton)
    window.runner.drain()
    qtbot.waitUntil(lambda: records.arrears.rowCount() == 1, timeout=5_000)
    _type(_editor(qtbot, view), "某劳务公司")
    _tab(qtbot, _editor(qtbot, view))
    assert records.arrears_view.currentIndex().column() == 1
    editor = _editor(qtbot, view)
    editor.selectAll()
    _type(editor, "3")
    _tab(qtbot, editor)
    _tab(qtbot, _editor(qtbot, view))  # amount: left as it is
    _type(_editor(qtbot, view), "2026年3月—5月")
    qtbot.keyClick(_editor(qtbot, view), Qt.Key.Key_Return)  # Enter commits
    window.runner.drain()
    qtbot.waitUntil(
        lambda: (
            [c.period_owed for c in inspection_detail(ctx, inspection_id).arrears_cases]
            == ["2026年3月—5月"]
        ),
        timeout=5_000,
    )
    case = inspection_detail(ctx, inspection_id).arrears_cases[0]
    assert (case.employer, case.workers_affected) == ("某劳务公司", 3)
    # Tab from the last cell of the last row: a new case, its first cell open.
    last = records.arrears.columnCount() - 1
    view.setCurrentIndex(records.arrears.index(0, last))
    _tab(qtbot, _editor(qtbot, view))
    window.runner.drain()
    qtbot.waitUntil(lambda: records.arrears.rowCount() == 2, timeout=5_000)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 1, timeout=5_000)
    assert view.currentIndex().column() == 0
    assert isinstance(_editor(qtbot, view), QLineEdit)


def test_representatives_tab_adds_a_row(ctx: AppContext, inspection_id: int, qtbot: QtBot) -> None:
    site = inspection_detail(ctx, inspection_id).site_id
    dialog = NewInspectionDialog(ctx, read_choices(ctx), "zh", site_id=site)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.representative_view
    view.edit_row(0)
    _type(_editor(qtbot, view), "张经理")
    for _column in range(dialog.representatives.columnCount()):
        _tab(qtbot, _editor(qtbot, view))
    qtbot.waitUntil(lambda: dialog.representatives.rowCount() == 2, timeout=5_000)
    assert dialog.representatives.rows()[0].name == "张经理"
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 0
    _editor(qtbot, view)


def test_period_owed_is_saved_and_carried(ctx: AppContext, inspection_id: int) -> None:
    case = findings.add_arrears_case(
        ctx, inspection_id, employer="甲", period_owed=" 2026年3月—5月 "
    )
    findings.update_arrears_case(ctx, case, "period_owed", "2026-03 至 2026-05")
    stored = inspection_detail(ctx, inspection_id).arrears_cases[0]
    assert stored.period_owed == "2026-03 至 2026-05"


def test_period_owed_in_report_and_bundle(ctx: AppContext, inspection_id: int) -> None:
    from inspector_app.services.reporting.report_data import build_report_data
    from inspector_app.services.sync import payload as p

    findings.add_arrears_case(ctx, inspection_id, employer="甲", period_owed="2026年3月—5月")
    detail = inspection_detail(ctx, inspection_id)
    assert build_report_data(ctx, detail, "zh").arrears[0].period_owed == "2026年3月—5月"
    dumped = p.dump(detail.arrears_cases[0], p.ARREARS)
    assert p.load(dumped, p.ARREARS, "case")["period_owed"] == "2026年3月—5月"
    # A bundle from before the period was recorded still loads, with no period.
    old = {k: v for k, v in dumped.items() if k != "period_owed"}
    assert p.load(old, p.ARREARS, "case")["period_owed"] == ""
