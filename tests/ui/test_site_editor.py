"""The site editor's deposit form as a choice, and a site list that fits its window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import create_site, site_values, update_site_field
from inspector_app.ui.main_window import MainWindow
from tests.ui.keys import type_text


def _select(window: MainWindow, site_id: int) -> None:
    window.sites.reload()
    window.runner.drain()
    window.sites.select_site(site_id)
    window.runner.drain()


def test_deposit_form_is_chosen_from_the_list_and_saved(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    site_id = create_site(ctx, "保证金项目")
    update_site_field(ctx, site_id, "deposit_form", "insurance")
    _select(window, site_id)
    combo = window.sites.editor.deposit_form
    assert combo.currentData() == "insurance"
    assert combo.currentText() != "insurance"  # a label, not the stored code
    index = combo.findData("bank_guarantee")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    window.runner.drain()
    assert site_values(ctx, site_id).deposit_form == "bank_guarantee"
    empty = combo.findData("")
    combo.setCurrentIndex(empty)
    combo.activated.emit(empty)
    window.runner.drain()
    assert site_values(ctx, site_id).deposit_form == ""


def test_an_unknown_deposit_code_is_shown_as_it_is(window: MainWindow, ctx: AppContext) -> None:
    site_id = create_site(ctx, "旧数据项目")
    update_site_field(ctx, site_id, "deposit_form", "old_code")
    _select(window, site_id)
    assert window.sites.editor.deposit_form.currentText() == "old_code"


def test_the_last_column_of_the_site_list_is_not_cut_off(
    window: MainWindow, ctx: AppContext
) -> None:
    _select(window, create_site(ctx, "测试项目"))
    table = window.sites.table
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    assert not table.horizontalScrollBar().isVisible()


def test_the_editor_shows_the_last_chosen_site_when_two_reads_overlap(
    window: MainWindow, ctx: AppContext
) -> None:
    first, second = create_site(ctx, "第一个项目"), create_site(ctx, "第二个项目")
    editor = window.sites.editor
    editor.show_site(first)
    editor.show_site(second)
    assert editor.site_id == second
    window.runner.drain()
    assert editor.fields["name"].text() == "第二个项目"
    editor.fields["name"].end(False)
    type_text(editor.fields["name"], "（改）")
    editor.fields["name"].editingFinished.emit()
    window.runner.drain()
    assert site_values(ctx, second).name == "第二个项目（改）"
    assert site_values(ctx, first).name == "第一个项目"


def test_a_new_site_has_its_name_selected_for_typing(window: MainWindow, qtbot: QtBot) -> None:
    window.sites.new_site_button.click()
    window.runner.drain()
    name = window.sites.editor.fields["name"]
    qtbot.waitUntil(name.hasFocus)
    assert name.selectedText() == name.text() != ""
