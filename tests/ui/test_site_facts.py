"""One vocabulary per site fact; items repeating a site fact start with it; record-only items."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from inspector_app.core.form_loader import default_form
from inspector_app.core.forms import Form
from inspector_app.core.results import Result
from inspector_app.core.scoring import missing_for_signing, score_inspection
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import add_inspector
from inspector_app.services.directory.sites import create_site
from inspector_app.services.inspection.lifecycle import inspection_detail, start_inspection
from inspector_app.services.inspection.prefill import site_choice_labels
from inspector_app.services.reporting.report_data import build_report_data
from inspector_app.ui.directory.site_editor import deposit_forms
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def _deposit_item(form: Form) -> str:
    return next(i.id for i in form.items() if i.prefill == "site.deposit_form")


def test_site_editor_words_the_deposit_form_as_the_form_does(chinese: None) -> None:
    form = default_form()
    assert _deposit_item(form) == "R5.2"
    editor_words = {k: v for k, v in deposit_forms().items() if k}
    assert editor_words == site_choice_labels(form, "site.deposit_form", "zh")
    assert editor_words["cash"] == "现金存储" and editor_words["exempt"] == "依法免缴"


def test_site_editor_words_in_english_match_too() -> None:
    editor_words = {k: v for k, v in deposit_forms().items() if k}
    assert editor_words == site_choice_labels(default_form(), "site.deposit_form", "en")


def _site_with_facts(ctx: AppContext) -> tuple[int, int]:
    me = add_inspector(ctx, "王检查", "区劳动保障监察大队", "A001", is_self=True)
    site = create_site(
        ctx,
        "滨江花园",
        deposit_form="insurance",
        deposit_amount="86000",
        account_bank="工商银行滨江支行",
        account_no="1202 0000 1111",
    )
    return site, me


def test_a_new_inspection_starts_with_the_site_facts(ctx: AppContext) -> None:
    site, me = _site_with_facts(ctx)
    detail = inspection_detail(ctx, start_inspection(ctx, site, [me]))
    values = {item_id: a.value for item_id, a in detail.answers.items()}
    assert values["R5.2"] == "insurance"
    assert values["R5.3"] == "86000"
    assert values["R2.7"] == "工商银行滨江支行 1202 0000 1111"
    # Values only: nothing is judged for the inspector.
    assert all(a.result == Result.NOT_CHECKED for a in detail.answers.values())
    report = build_report_data(ctx, detail, "zh")
    assert "工程担保保险" in report.site.deposit


def test_record_only_items_are_not_scored_and_block_nothing() -> None:
    form = default_form()
    record_only = [item.id for item in form.items() if item.record_only]
    assert record_only == ["R2.7"]
    everything = {item.id: Result.COMPLIANT for item in form.items() if not item.record_only}
    assert not [m for m in missing_for_signing(form, everything, {}) if m.reason == "unanswered"]
    rule = next(r for r in score_inspection(form, everything).rules if r.rule_id == "R2")
    assert rule.answered == rule.total == len(form.rule_of("R2.7").items) - 1


def test_the_panel_shows_a_field_not_result_buttons(window: MainWindow, ctx: AppContext) -> None:
    site, me = _site_with_facts(ctx)
    window.open_inspection(start_inspection(ctx, site, [me]))
    window.runner.drain()
    ws = window.workspace
    assert ws is not None
    ws.go_to("R2.7")
    assert ws.panel.value_edit.isVisible()
    assert ws.panel.value_edit.text() == "工商银行滨江支行 1202 0000 1111"
    assert not any(button.isVisible() for button in ws.panel.buttons.values())
    ws.choose_result(Result.COMPLIANT)  # key 1 on it: no result, just the next item
    assert ws.session.result("R2.7") == Result.NOT_CHECKED
    assert ws.current_item != "R2.7"
    ws.go_to("R5.2")
    assert all(button.isVisible() for button in ws.panel.buttons.values())
    assert ws.panel.choice_edit.currentData() == "insurance"
    assert QCoreApplication.instance() is not None
