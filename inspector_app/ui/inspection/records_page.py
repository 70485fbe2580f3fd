"""All findings of the inspection with their corrections, and the wage-arrears cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.parsing import parse_amount, parse_count, parse_date
from inspector_app.core.statuses import ArrearsResolution, PartyRole
from inspector_app.services.inspection.detail import ArrearsCaseInfo, FindingInfo
from inspector_app.ui.common.cell_editing import TypingDelegate
from inspector_app.ui.common.field_problem import FieldProblem
from inspector_app.ui.common.keyboard_table import KeyboardTable
from inspector_app.ui.common.table_model import Column, RowTableModel
from inspector_app.ui.inspection.session import InspectionSession

Index = QModelIndex | QPersistentModelIndex
DEADLINE_COLUMN = 3
RESOLUTION_COLUMN = 4
RESPONSIBLE_COLUMN = 4


def resolution_names() -> dict[ArrearsResolution, str]:
    return {
        ArrearsResolution.OPEN: QCoreApplication.translate("records", "open"),
        ArrearsResolution.RESOLVED_ON_SITE: QCoreApplication.translate(
            "records", "resolved on site"
        ),
        ArrearsResolution.HANDED_OVER: QCoreApplication.translate(
            "records", "handed to the enforcement bureau"
        ),
    }


def _deadline(finding: FindingInfo) -> str:
    return finding.deadline.isoformat() if isinstance(finding.deadline, dt.date) else ""


def _editor(session: InspectionSession, field: str, kind: str) -> Any:
    # The value comes read by the column's parser (a date, an amount, a count) or as text.
    def edit(row: Any, value: Any) -> None:
        value = value.strip() if isinstance(value, str) else value
        if kind == "finding":
            session.update_finding(row.id, field, value)
        else:
            session.update_arrears_case(row.id, field, value)

    return edit


def _optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None


class FindingsModel(RowTableModel[FindingInfo]):
    """The findings, editable in place; each edit is saved at once."""

    def __init__(self, session: InspectionSession, parent: Any = None) -> None:
        def editor(field: str) -> Any:
            return _editor(session, field, "finding")

        super().__init__(
            [
                Column(QCoreApplication.translate("records", "Item"), lambda f: f.item_id),
                Column(
                    QCoreApplication.translate("records", "What is wrong"),
                    lambda f: f.description,
                    edit=editor("description"),
                ),
                Column(
                    QCoreApplication.translate("records", "Correction demanded"),
                    lambda f: f.correction,
                    edit=editor("correction"),
                ),
                Column(
                    QCoreApplication.translate("records", "Deadline"),
                    _deadline,
                    edit=editor("deadline"),
                    parse=_optional_date,
                ),
                Column(
                    QCoreApplication.translate("records", "Responsible party"),
                    lambda f: f.responsible_party,
                    edit=editor("responsible_party"),
                ),
            ],
            parent,
        )


def _amount(case: ArrearsCaseInfo) -> str:
    return f"{Decimal(case.amount_owed or 0):,.2f}"


class ArrearsModel(RowTableModel[ArrearsCaseInfo]):
    """Wage-arrears cases found on the site, editable in place."""

    def __init__(self, session: InspectionSession, parent: Any = None) -> None:
        def editor(field: str) -> Any:
            return _editor(session, field, "arrears")

        names = resolution_names()
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("records", "Employer"),
                    lambda c: c.employer,
                    edit=editor("employer"),
                ),
                Column(
                    QCoreApplication.translate("records", "Workers affected"),
                    lambda c: str(c.workers_affected),
                    edit=editor("workers_affected"),
                    parse=parse_count,
                ),
                Column(
                    QCoreApplication.translate("records", "Amount owed (yuan)"),
                    _amount,
                    edit=editor("amount_owed"),
                    edit_value=lambda c: str(c.amount_owed),
                    parse=parse_amount,
                ),
                Column(
                    QCoreApplication.translate("records", "Period owed"),
                    lambda c: c.period_owed or "",
                    edit=editor("period_owed"),
                ),
                Column(
                    QCoreApplication.translate("records", "Resolution"),
                    lambda c: names[c.resolution],
                    edit=editor("resolution"),
                    # As the delegate's list holds it: the stored text (the service takes it).
                    edit_value=lambda c: str(c.resolution),
                ),
                Column(
                    QCoreApplication.translate("records", "Note"),
                    lambda c: c.note,
                    edit=editor("note"),
                ),
            ],
            parent,
        )


class ResolutionDelegate(QStyledItemDelegate):
    """Edits the resolution of an arrears case with a list of the allowed values."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, name in resolution_names().items():
            combo.addItem(name, str(value))  # Qt hands an enum member back as its text
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        # The stored code (the edit value), not the words shown in the cell.
        stored = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(stored)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class PartyDelegate(QStyledItemDelegate):
    """Edits a finding's responsible unit: one of the site's parties, or any name typed."""

    def __init__(self, parties: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parties = parties  # (name, role in words)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setAccessibleName(QCoreApplication.translate("records", "Responsible party"))
        for name, role in self._parties:
            combo.addItem(name)
            combo.setItemData(combo.count() - 1, role, Qt.ItemDataRole.ToolTipRole)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


def party_roles() -> dict[PartyRole, str]:
    return {
        PartyRole.CONTRACTOR: QCoreApplication.translate("records", "General contractor"),
        PartyRole.SUBCONTRACTOR: QCoreApplication.translate("records", "Labour subcontractor"),
        PartyRole.CLIENT: QCoreApplication.translate("records", "Client"),
    }


def _table(model: Any, name: str) -> KeyboardTable:
    view = KeyboardTable()
    view.setModel(model)
    view.setAccessibleName(name)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view


class RecordsPage(QWidget):
    """Findings above, arrears cases below; no save button."""

    def __init__(self, session: InspectionSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.findings = FindingsModel(session, self)
        self.arrears = ArrearsModel(session, self)
        self.findings_view = _table(self.findings, self.tr("Findings"))
        self.arrears_view = _table(self.arrears, self.tr("Wage-arrears cases"))
        self.arrears_view.setItemDelegateForColumn(RESOLUTION_COLUMN, ResolutionDelegate(self))
        self.problem = FieldProblem(self.arrears_view, self)
        for view in (self.findings_view, self.arrears_view):
            view.setItemDelegate(TypingDelegate(self.problem, view))
        roles = party_roles()
        parties = [(p.name, roles[p.role]) for p in session.parties]
        # A column's own delegate wins over the view's: the party list is a choice, not typing.
        self.findings_view.setItemDelegateForColumn(
            RESPONSIBLE_COLUMN, PartyDelegate(parties, self)
        )
        self.add_case = QPushButton(self.tr("Add arrears case"))
        self.add_case.clicked.connect(self.new_case)
        self.arrears_view.row_wanted.connect(self.new_case)
        self._new_case_row: int | None = None
        self.remove_case = QPushButton(self.tr("Remove arrears case"))
        self.remove_case.clicked.connect(self._remove_case)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_case)
        buttons.addWidget(self.remove_case)
        buttons.addStretch()
        box = QVBoxLayout(self)
        box.addWidget(
            QLabel(
                self.tr(
                    "Findings (a not-compliant item opens one). Each responsible party is "
                    "served its own order to correct when the inspection is signed."
                )
            )
        )
        box.addWidget(self.findings_view, 3)
        box.addWidget(QLabel(self.tr("Wage-arrears cases")))
        box.addWidget(self.arrears_view, 2)
        box.addWidget(self.problem)
        box.addLayout(buttons)
        session.records_reloaded.connect(self.refresh)
        # Rows are frozen: an edit replaces the session's copy, which is merged back in.
        session.records_edited.connect(self._merge)
        self.refresh()

    def _merge(self) -> None:
        # Read-backs after each edit keep the rows' places: the cell being typed in stays open.
        self.findings.merge_rows(self._session.findings, key=lambda f: f.id)
        self.arrears.merge_rows(self._session.arrears_cases, key=lambda c: c.id)

    def refresh(self) -> None:
        self._merge()
        self.findings.read_only = self.arrears.read_only = self._session.locked
        for button in (self.add_case, self.remove_case):
            button.setEnabled(not self._session.locked)
        # Earlier edits' read-backs may come first: wait for the one that has the new row.
        if self._new_case_row is not None and self.arrears.rowCount() > self._new_case_row:
            self.arrears_view.edit_row(self._new_case_row)
            self._new_case_row = None

    def new_case(self) -> None:
        """Add an arrears case and, once it is stored, open its first cell for typing."""
        if self._session.locked:
            return
        self._new_case_row = self.arrears.rowCount()
        self._session.add_arrears_case()

    def edit_finding_deadline(self, finding_id: int) -> None:
        """Select a finding's deadline cell and open it for typing (a link from the summary)."""
        rows = [row for row, f in enumerate(self.findings.rows()) if f.id == finding_id]
        if not rows:
            return
        index = self.findings.index(rows[0], DEADLINE_COLUMN)
        self.findings_view.setFocus()
        self.findings_view.setCurrentIndex(index)
        self.findings_view.scrollTo(index)
        if not self._session.locked:
            self.findings_view.edit(index)

    def flush(self) -> None:
        """Commit a cell being typed into (closing, switching inspections)."""
        for view in (self.findings_view, self.arrears_view):
            editor = view.indexWidget(view.currentIndex())
            if view.state() == QAbstractItemView.State.EditingState and editor is not None:
                view.itemDelegateForIndex(view.currentIndex()).commitData.emit(editor)

    def _remove_case(self) -> None:
        current = self.arrears_view.currentIndex()
        if current.isValid():
            self._session.delete_arrears_case(self.arrears.row_at(current.row()).id)
