"""The site's labour subcontractors as a small table: name and unified social credit code,
the code's check character verified as it is typed; an empty row at the end takes a new one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from inspector_app.core.identifiers import check_credit_code
from inspector_app.ui.common.cell_editing import TypingDelegate
from inspector_app.ui.common.field_problem import FieldProblem
from inspector_app.ui.common.keyboard_table import KeyboardTable
from inspector_app.ui.common.messages import plain_tooltip, service_text
from inspector_app.ui.common.table_model import Column, RowTableModel

# A code typed after the name with a space (the old text field wanted "名称, 代码").
_TRAILING_CODE = re.compile(r"^(?P<name>.+?)[\s,，]+(?P<code>[0-9A-Za-z]{18})$")


@dataclass
class SubcontractorLine:
    name: str = ""
    code: str = ""


def split_old_entry(name: str, code: str) -> tuple[str, str]:
    """An entry stored by the old text field, with the code left inside the name."""
    found = _TRAILING_CODE.match(name.strip()) if not code.strip() else None
    if found:
        return found["name"].strip(), found["code"].upper()
    return name.strip(), code.strip().upper()


def code_status(code: str) -> str:
    if not code.strip():
        return ""
    check = check_credit_code(code)
    return (
        QCoreApplication.translate("SiteEditor", "✓")
        if check.valid
        else QCoreApplication.translate("SiteEditor", "⚠ check character does not match")
    )


def _code_reason(code: str) -> str:
    check = check_credit_code(code) if code.strip() else None
    return service_text(check.reason or "") if check and not check.valid else ""


class SubcontractorModel(RowTableModel[SubcontractorLine]):
    def __init__(self, on_edit: Any, parent: Any = None) -> None:
        def setter(field: str) -> Any:
            def edit(line: SubcontractorLine, value: Any) -> None:
                text = str(value or "").strip()
                setattr(line, field, text.upper() if field == "code" else text)
                on_edit()

            return edit

        super().__init__(
            [
                Column(
                    QCoreApplication.translate("SiteEditor", "Unit name"),
                    lambda s: s.name,
                    edit=setter("name"),
                ),
                Column(
                    QCoreApplication.translate("SiteEditor", "Unified social credit code"),
                    lambda s: s.code,
                    edit=setter("code"),
                ),
                Column(
                    QCoreApplication.translate("SiteEditor", "Check"), lambda s: code_status(s.code)
                ),
            ],
            parent,
        )

    def data(self, index: Any, role: int = 0) -> Any:
        from PySide6.QtCore import Qt

        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return plain_tooltip(_code_reason(self.row_at(index.row()).code))
        return super().data(index, role)


class SubcontractorTable(QWidget):
    """`edited` carries the (name, code) pairs after each committed cell."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SubcontractorModel(self._changed, self)
        self.view = KeyboardTable()
        self.view.setModel(self.model)
        self.view.setAccessibleName(
            QCoreApplication.translate("SiteEditor", "Labour subcontractors")
        )
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMaximumHeight(130)
        self.view.row_wanted.connect(self._new_row)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        # A cell is saved as it is typed, like every other field (the editor stays open).
        self.problem = FieldProblem(self.view, self)
        self.view.setItemDelegate(TypingDelegate(self.problem, self.view))
        self.set_pairs([])

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        lines = [SubcontractorLine(*split_old_entry(name, code)) for name, code in pairs]
        self.model.set_rows([*lines, SubcontractorLine()])

    def pairs(self) -> list[tuple[str, str]]:
        return [(line.name, line.code) for line in self.model.rows() if line.name]

    def _changed(self) -> None:
        rows = self.model.rows()
        if rows[-1].name or rows[-1].code:  # the empty row was used: a fresh one below
            self.model.merge_rows([*rows, SubcontractorLine()], key=id)
        self.edited.emit(self.pairs())

    def _new_row(self) -> None:
        self.view.edit_row(self.model.rowCount() - 1)
