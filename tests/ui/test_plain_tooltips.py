"""Tooltips show text from outside as it is: Qt guesses rich text, so markup in a bundle
field, a file name or typed text must never be read as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.ui.common.field_problem import FieldProblem
from inspector_app.ui.common.messages import plain_tooltip
from inspector_app.ui.common.table_model import Column, RowTableModel
from tests.ui.zh_texts import visible_tooltip as shown

HOSTILE = '<b>已信任</b> <img src="x"> &amp; 5 < 6\n第二行'


def test_a_tooltip_shows_markup_as_typed_lines_included(qtbot: QtBot) -> None:
    assert QtGui_Qt.mightBeRichText(HOSTILE)  # without the escape Qt would render it
    assert shown(plain_tooltip(HOSTILE)) == HOSTILE
    assert plain_tooltip("") == ""


def test_table_rows_from_outside_tooltip_as_plain_text(qtbot: QtBot) -> None:
    model: RowTableModel[str] = RowTableModel([Column("名称", lambda row: row)])
    model.set_rows([HOSTILE])
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(tooltip) == HOSTILE
    assert model.index(0, 0).data() == HOSTILE  # the cell itself is unchanged


def test_a_field_problem_quotes_typed_markup_plainly(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    field = QLineEdit(parent)
    problem = FieldProblem(field, parent)
    problem.show_problem(HOSTILE)
    assert problem.textFormat() == Qt.TextFormat.PlainText
    assert shown(field.toolTip()) == HOSTILE
