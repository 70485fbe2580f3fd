"""Subcontractors are a small table of name and credit code, the code's check verified."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspector_app.core.identifiers import credit_code_check_char
from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import create_site, site_values
from inspector_app.ui.directory.subcontractor_table import split_old_entry
from inspector_app.ui.main_window import MainWindow

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
    assert site_values(ctx, site_id).subcontractors == (
        ("某劳务有限公司", GOOD),
        ("另一劳务公司", BAD),
    )


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


def test_a_name_is_saved_while_its_cell_is_still_being_typed(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

    from tests.ui.keys import type_keys

    site_id = create_site(ctx, "分包项目")
    _select(window, site_id)
    view = window.sites.editor.subcontractors.view
    index = view.model().index(0, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_keys(editor, "某劳务有限公司")  # no Enter, no Tab: the cell stays open

    def stored() -> bool:
        window.runner.drain(1000)
        return site_values(ctx, site_id).subcontractors == (("某劳务有限公司", ""),)

    qtbot.waitUntil(stored, timeout=4_000)
    assert view.state() == QAbstractItemView.State.EditingState
