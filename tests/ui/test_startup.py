"""Start-up: the window shows before the services load; the data arrives in the background."""

from __future__ import annotations

import subprocess
import sys

from pytestqt.qtbot import QtBot

from inspector_app.core.paths import DataDir
from inspector_app.services.directory.sites import create_site
from inspector_app.ui.app import Startup
from inspector_app.ui.settings import Bookmark, Preferences

HEAVY_AT_START = ("sqlalchemy", "inspector_app.services", "inspector_app.storage", "reportlab")
WORKSPACE = ("inspector_app.ui.inspection.workspace", "inspector_app.ui.inspection.session")


def test_the_gui_entry_point_imports_no_services() -> None:
    code = (
        "import sys, inspector_app.ui.app\n"
        "print(sorted({m.split('.')[0] if m.startswith(('sqlalchemy', 'reportlab')) else m"
        f" for m in sys.modules if m.startswith({HEAVY_AT_START + WORKSPACE!r})}}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_startup_shows_the_window_then_attaches_the_data_and_reopens(
    qtbot: QtBot, data_dir: DataDir, inspection_id: int, preferences: Preferences
) -> None:
    Bookmark(data_dir.root).set_inspection_id(inspection_id)
    startup = Startup(data_dir.root, preferences)
    startup.begin()
    window = startup.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert not window.new_action.isEnabled()  # nothing that needs data before it is there
    assert window.sites.search.isEnabled()
    with qtbot.waitSignal(window.context_attached, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: window.sites.model.rowCount() == 1)
    assert window.new_action.isEnabled()
    window.runner.drain()  # the last inspection is read in the background
    assert window.session is not None and window.session.id == inspection_id
    window.runner.shutdown()
    startup.runner.shutdown()
    window.ctx.close()


def test_a_second_site_list_load_keeps_the_selection(
    window: object, ctx: object, qtbot: QtBot
) -> None:
    from inspector_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    create_site(window.ctx, "第一个项目")
    create_site(window.ctx, "第二个项目")
    window.sites.reload()
    window.runner.drain()
    window.sites.table.selectRow(1)  # not the first row, which a reset might pick anyway
    site_id = window.sites.selected_site_id()
    assert site_id is not None
    window.sites.reload()
    window.runner.drain()
    assert window.sites.selected_site_id() == site_id
