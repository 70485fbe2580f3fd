"""An arrears case's resolution shows in words, its editor starts at the stored choice, and
the one picked is saved as the enum member."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from inspector_app.core.statuses import ArrearsResolution
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.records import findings
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.inspection.records_page import RESOLUTION_COLUMN, RecordsPage
from inspector_app.ui.inspection.session import InspectionSession, load_inspection


def test_resolution_editor_starts_at_the_stored_choice_and_saves_a_member(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    findings.add_arrears_case(
        demo_ctx,
        2,
        employer="某劳务公司",
        workers_affected=3,
        amount_owed="12000",
        resolution=ArrearsResolution.HANDED_OVER,
    )
    runner = TaskRunner()
    session = InspectionSession(demo_ctx, runner, load_inspection(demo_ctx, 2))
    page = RecordsPage(session)
    qtbot.addWidget(page)
    row = [c.resolution for c in session.arrears_cases].index(ArrearsResolution.HANDED_OVER)
    index = page.arrears.index(row, RESOLUTION_COLUMN)
    assert index.data() == "handed to the enforcement bureau"

    delegate = page.arrears_view.itemDelegateForColumn(RESOLUTION_COLUMN)
    editor = delegate.createEditor(page, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemData(i) for i in range(editor.count())] == list(ArrearsResolution)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == ArrearsResolution.HANDED_OVER
    editor.setCurrentIndex(editor.findData(str(ArrearsResolution.RESOLVED_ON_SITE)))
    delegate.setModelData(editor, page.arrears, index)
    runner.drain()

    saved = inspection_detail(demo_ctx, 2).arrears_cases[row].resolution
    assert saved is ArrearsResolution.RESOLVED_ON_SITE
