"""The rules and their items as a tree, with progress per rule and the result per item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from inspector_app.core.forms import Form
from inspector_app.core.results import Result
from inspector_app.core.scoring import InspectionScore
from inspector_app.ui.common.messages import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10
_RULE = 0  # internalId of a rule row; an item row carries its rule's row + 1
_MARKS = {
    Result.COMPLIANT: "✓",
    Result.NOT_COMPLIANT: "✗",
    Result.NOT_APPLICABLE: "—",
    Result.NOT_CHECKED: "",
}
# Brushes made once, when the module loads: the first QBrush of a process sets up PySide's
# gradient types (tens of ms), which must not happen on the key press that answers an item.
_COLOURS = {
    Result.COMPLIANT: QBrush(QColor("#15803d")),
    Result.NOT_COMPLIANT: QBrush(QColor("#b91c1c")),
    Result.NOT_APPLICABLE: QBrush(QColor("#6b7280")),
}


def result_name(result: Result) -> str:
    return {
        Result.COMPLIANT: QCoreApplication.translate("results", "Compliant"),
        Result.NOT_COMPLIANT: QCoreApplication.translate("results", "Not compliant"),
        Result.NOT_APPLICABLE: QCoreApplication.translate("results", "Not applicable"),
        Result.NOT_CHECKED: QCoreApplication.translate("results", "Not checked"),
    }[result]


class ChecklistModel(QAbstractItemModel):
    """Two columns: the rule or item, and the rule's progress or the item's result."""

    def __init__(
        self,
        form: Form,
        results: dict[str, Result],
        score: InspectionScore,
        lang: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._form, self._results, self._score, self._lang = form, results, score, lang

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _RULE)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _RULE:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _RULE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._form.rules)
        if parent.internalId() == _RULE and parent.column() == 0:
            return len(self._form.rules[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _RULE:
            return self._rule_data(index.row(), index.column(), role)
        return self._item_data(index.internalId() - 1, index.row(), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Rule / item"), self.tr("Progress"))
        return headers[section] if 0 <= section < 2 else None

    def _rule_data(self, row: int, column: int, role: int) -> Any:
        rule, tally = self._form.rules[row], self._score.rules[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{rule.number}. {rule.title.get(self._lang)}"
            found = f"  ✗{tally.findings}" if tally.findings else ""
            return f"{tally.answered}/{tally.total}{found}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                self.tr("%1: %2 of %3 answered, %4 findings")
                .replace("%1", rule.title.get(self._lang))
                .replace("%2", str(tally.answered))
                .replace("%3", str(tally.total))
                .replace("%4", str(tally.findings))
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and tally.findings:
            return _COLOURS[Result.NOT_COMPLIANT]
        return None

    def _item_data(self, rule_row: int, row: int, column: int, role: int) -> Any:
        item = self._form.rules[rule_row].items[row]
        result = self._results.get(item.id, Result.NOT_CHECKED)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.id} {item.text.get(self._lang)}" if column == 0 else _MARKS[result]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{item.text.get(self._lang)}\n{result_name(result)}")
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and result in _COLOURS:
            return _COLOURS[result]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.id} {result_name(result)}"
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def item_index(self, item_id: str, column: int = 0) -> QModelIndex:
        rule = self._form.rule_of(item_id)
        rule_row = self._form.rules.index(rule)
        row = [item.id for item in rule.items].index(item_id)
        return self.index(row, column, self.index(rule_row, 0))

    def update(self, item_id: str, score: InspectionScore) -> None:
        """An answer changed: repaint its row and its rule's progress."""
        self._score = score
        item = self.item_index(item_id)
        self.dataChanged.emit(item, self.item_index(item_id, 1))
        rule = item.parent()
        self.dataChanged.emit(rule, rule.siblingAtColumn(1))

    def refresh(self, results: dict[str, Result], score: InspectionScore) -> None:
        self._results, self._score = results, score
        self.beginResetModel()
        self.endResetModel()
