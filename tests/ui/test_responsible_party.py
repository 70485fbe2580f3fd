"""A finding's responsible unit is picked from the site's parties (or typed) and saved."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.reporting.order_data import site_parties
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.inspection.records_page import RESPONSIBLE_COLUMN, RecordsPage
from inspector_app.ui.inspection.session import InspectionSession, load_inspection


def test_party_editor_offers_the_sites_parties_and_saves_the_choice(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    runner = TaskRunner()
    session = InspectionSession(demo_ctx, runner, load_inspection(demo_ctx, 2))
    page = RecordsPage(session)
    qtbot.addWidget(page)
    index = page.findings.index(0, RESPONSIBLE_COLUMN)
    delegate = page.findings_view.itemDelegateForColumn(RESPONSIBLE_COLUMN)

    editor = delegate.createEditor(page, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    parties = site_parties(demo_ctx, session.detail.site_id)
    assert [editor.itemText(i) for i in range(editor.count())] == [p.name for p in parties]
    assert [p.role for p in parties] == ["contractor", "subcontractor", "client"]

    delegate.setEditorData(editor, index)
    assert editor.currentText() == session.findings[0].responsible_party
    editor.setCurrentIndex(1)
    delegate.setModelData(editor, page.findings, index)
    runner.drain()

    saved = inspection_detail(demo_ctx, 2).findings[0].responsible_party
    assert saved == parties[1].name
