"""The Chinese ui shows the services' messages in Chinese: refused site fields and arrears
amounts, rejected photos, identifier warnings and what still stops signing."""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from inspector_app.core.catalogue import translations
from inspector_app.core.errors import ValidationError
from inspector_app.core.identifiers import check_citizen_id
from inspector_app.core.messages import SERVICE_CONTEXT, joined, msg
from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import create_site
from inspector_app.services.records import findings
from inspector_app.ui.common.messages import error_text, service_text
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from tests.ui.keys import type_text
from tests.ui.zh_texts import visible_tooltip


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def message_texts(window: MainWindow, qtbot: QtBot) -> list[str]:
    def boxes() -> list[QMessageBox]:
        return [box for box in window.findChildren(QMessageBox, "message") if box.isVisible()]

    qtbot.waitUntil(lambda: bool(boxes()), timeout=20_000)
    texts = [box.text() for box in boxes()]
    for box in boxes():
        box.close()
    return texts


def _select(window: MainWindow, site_id: int) -> None:
    window.sites.reload()
    window.runner.drain()
    window.sites.select_site(site_id)
    window.runner.drain()


def test_a_bad_date_in_the_site_editor_is_refused_in_chinese(
    chinese: None, window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    _select(window, create_site(ctx, "日期项目"))
    edit = window.sites.editor.fields["start_date"]
    type_text(edit, "2024-13-45")
    edit.editingFinished.emit()
    window.runner.drain()
    problem = window.sites.editor.problems["start_date"]
    assert "开工日期：没有这一天：2024-13-45" in problem.text()
    assert QApplication.activeModalWidget() is None
    assert edit.text() == "2024-13-45"  # kept for correcting, not taken back


def test_a_bad_amount_owed_is_refused_in_chinese(
    chinese: None, window: MainWindow, inspection_id: int, ctx: AppContext, qtbot: QtBot
) -> None:
    findings.add_arrears_case(ctx, inspection_id, employer="某劳务公司")
    window.open_inspection(inspection_id)
    window.runner.drain()
    assert window.workspace is not None
    window.runner.drain()
    records = window.workspace.records
    delegate = records.arrears_view.itemDelegate()
    index = records.arrears.index(0, 2)
    editor = delegate.createEditor(records.arrears_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)  # amounts are typed as text, then read
    editor.setText("三万")
    delegate.setModelData(editor, records.arrears, index)
    window.runner.drain()
    assert "“三万”不是金额" in records.problem.text()
    assert QApplication.activeModalWidget() is None
    assert records.arrears.setData(index, "三万", Qt.ItemDataRole.EditRole) is False


def test_a_rejected_photo_gives_its_reason_in_chinese(
    chinese: None, window: MainWindow, inspection_id: int, qtbot: QtBot, tmp_path: Path
) -> None:
    not_a_photo = tmp_path / "gate.jpg"
    not_a_photo.write_text("this is not a picture", encoding="utf-8")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    window.open_inspection(inspection_id)
    window.runner.drain()
    assert window.workspace is not None
    strip = window.workspace.evidence
    with qtbot.waitSignal(strip.photos_added, timeout=20_000):
        strip.add_files([not_a_photo, empty])
    texts = message_texts(window, qtbot)
    assert any("gate.jpg: 不是图片文件" in text for text in texts), texts
    assert any("empty.jpg: 文件为空" in text for text in texts), texts


def test_a_credit_code_warning_explains_itself_in_chinese(
    chinese: None, window: MainWindow, ctx: AppContext
) -> None:
    _select(window, create_site(ctx, "信用代码项目"))
    editor = window.sites.editor
    editor.fields["client_code"].setText("91110000101623741X")
    assert visible_tooltip(editor.warnings["client_code"].toolTip()) == "校验码应为 'K'，而不是 'X'"
    editor.fields["client_code"].setText("9111000010162374")
    assert visible_tooltip(editor.warnings["client_code"].toolTip()) == "应为 18 位，实际为 16 位"


def test_nested_and_joined_messages_are_translated(chinese: None) -> None:
    problems = [msg("{item}: not answered", item="R1.1"), msg("no inspector has signed")]
    listed = joined("\n- ", problems)
    refusal = ValidationError(msg("Cannot sign yet:\n- {problems}", problems=listed))
    assert str(refusal) == "Cannot sign yet:\n- R1.1: not answered\n- no inspector has signed"
    assert error_text(refusal) == "尚不能签名：\n- R1.1：未作答\n- 尚无检查人员签名"
    future = check_citizen_id("110105209912310021").reason
    assert future is not None and service_text(future) == "出生日期 2099-12-31 晚于今天"


def test_english_stays_english_without_a_translator() -> None:
    message = msg("'{value}' is not an amount.", value="abc")
    assert service_text(message) == "'abc' is not an amount."


def _fields(text: str) -> list[str]:
    return sorted(
        f"{name}!{conversion}:{spec}"
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_the_chinese_catalogue_keeps_every_field_of_the_service_templates() -> None:
    table = {
        source: text
        for (context, source, _), text in translations("zh_CN").items()
        if context == SERVICE_CONTEXT
    }
    assert len(table) > 200
    broken = {source: text for source, text in table.items() if _fields(source) != _fields(text)}
    assert not broken
