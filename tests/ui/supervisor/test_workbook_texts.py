"""The workbook export speaks Chinese: the period dialog and the period's error messages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from inspector_app.core.catalogue import translations
from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import SERVICE_CONTEXT
from inspector_app.services.supervision.period import Period, parse_month
from inspector_app.ui.common.messages import error_text
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.supervisor.period_dialog import PeriodDialog


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def test_the_period_dialog_is_chinese(chinese: None, qtbot: QtBot) -> None:
    dialog = PeriodDialog(dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "起始月份" in texts and "截止月份" in texts
    assert dialog.windowTitle() == "导出考核表"
    assert not [t for t in texts if re.search(r"[A-Za-z]{3,}", t)]


def test_period_errors_are_chinese(chinese: None) -> None:
    with pytest.raises(ValidationError) as bad_month:
        parse_month("2026-13")
    assert error_text(bad_month.value) == "“2026-13”不是有效的月份（格式为 YYYY-MM）。"
    with pytest.raises(ValidationError) as backwards:
        Period.months("2026-10", "2026-09")
    assert "2026-10 至 2026-09" in error_text(backwards.value)


def test_the_supervisor_translations_keep_their_fields() -> None:
    table = {
        source: text
        for (context, source, _), text in translations("zh_CN").items()
        if context in ("supervisor", SERVICE_CONTEXT)
    }
    for source, text in table.items():
        # Chinese may put the values in another order, but keeps every one.
        fields = r"\{\w+\}|%\d"
        assert sorted(re.findall(fields, source)) == sorted(re.findall(fields, text)), source
