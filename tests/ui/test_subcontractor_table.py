"""Subcontractors are a small table of name and credit code, the code's check verified."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspector_app.core.identifiers import credit_code_check_char
from inspector_app.services.context import AppContext
from inspector_app.services.sites import create_site, site_values
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.subcontractor_table import split_old_entry

FIRST17 = "91110000MA01ABCDE"
GOOD = FIRST17 + credit_code_check_char(FIRST17)
BAD = FIRST17 + ("0" if GOOD[-1] != "0" else "1")


def _select(window: MainWindow, site_id: int) -> None:
    window.sites.reload()
    window.runner.drain()
    window.sites.select_site(site_id)
    window.runner.drain()


def test_rows_are_saved_as_a_list_with_the_check_shown(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    site_id = create_site(ctx, "分包项目")
    _select(window, site_id)
    table = window.sites.editor.subcontractors
    model = table.model
    assert model.rowCount() == 1  # the empty row that takes a new one
    model.setData(model.index(0, 0), "某劳务有限公司")
    model.setData(model.index(0, 1), GOOD.lower())
    assert model.rowCount() == 2
    assert model.index(0, 2).data() == "✓"
    model.setData(model.index(1, 0), "另一劳务公司")
    model.setData(model.index(1, 1), BAD)
    assert model.index(1, 2).data() != "✓" and model.index(1, 2).data()
    assert model.index(1, 2).data(3) != ""  # the tooltip says why (ToolTipRole)
    window.runner.drain()
    assert site_values(ctx, site_id)["subcontractors"] == [
        ("某劳务有限公司", GOOD),
        ("另一劳务公司", BAD),
    ]


def test_old_entries_with_the_code_after_a_space_are_split(
    window: MainWindow, ctx: AppContext
) -> None:
    assert split_old_entry(f"某劳务公司 {GOOD}", "") == ("某劳务公司", GOOD)
    assert split_old_entry(f"某劳务公司，{GOOD.lower()}", "") == ("某劳务公司", GOOD)
    assert split_old_entry("某劳务公司", GOOD) == ("某劳务公司", GOOD)
    assert split_old_entry("中建 三局", "") == ("中建 三局", "")
    site_id = create_site(ctx, "旧项目", subcontractors=[(f"旧劳务公司 {GOOD}", "")])
    _select(window, site_id)
    model = window.sites.editor.subcontractors.model
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == ("旧劳务公司", GOOD)
