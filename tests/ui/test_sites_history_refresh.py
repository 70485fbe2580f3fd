"""The sites page's inspection history follows new inspections without a restart."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import list_inspectors
from inspector_app.services.inspection.lifecycle import inspection_detail, start_inspection
from inspector_app.ui.main_window import MainWindow


def test_history_shows_a_new_inspection_after_going_back(
    window: MainWindow, ctx: AppContext, inspection_id: int, qtbot: QtBot
) -> None:
    site_id = inspection_detail(ctx, inspection_id).site_id
    window.show_sites()
    window.runner.drain()
    window.sites.select_site(site_id)
    qtbot.waitUntil(lambda: window.sites.history.rowCount() == 1, timeout=5_000)
    # What the new-inspection dialog does: start one, then open it.
    me = [i.id for i in list_inspectors(ctx)][:1]
    second = start_inspection(ctx, site_id, me, [])
    window.open_inspection(second)
    window.runner.drain()
    qtbot.waitUntil(lambda: window.sites.history.rowCount() == 2, timeout=5_000)
    window.show_sites()
    window.runner.drain()
    assert window.sites.history.rowCount() == 2
    assert second in {window.sites.history.row_at(r).id for r in range(2)}
