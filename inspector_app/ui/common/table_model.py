"""A table model over a list of rows, with columns described as data, for the simple lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from inspector_app.core.errors import ValidationError
from inspector_app.ui.common.messages import plain_tooltip

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.EditRole,
        SORT_ROLE,
        ROW_ROLE,
    )
)


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header, how a row shows in it and, if editable, how an edit is saved."""

    header: str
    show: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    edit: Callable[[Row, Any], None] | None = None
    edit_value: Callable[[Row], Any] | None = None
    # Typed text to the value `edit` receives; raises core.errors.ValidationError.
    parse: Callable[[str], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of plain data (dataclasses, service rows); `set_rows` replaces them all."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self.read_only = False

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def merge_rows(self, rows: Sequence[Row], key: Callable[[Row], Any]) -> None:
        """The same rows read back (by `key`), perhaps with new ones at the end: swapped in
        without a reset, so the view keeps its current cell and any open editor."""
        old, new = [key(r) for r in self._rows], [key(r) for r in rows]
        if new[: len(old)] != old:
            self.set_rows(rows)
            return
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._rows = list(rows)
            self.endInsertRows()
        else:
            self._rows = list(rows)
        if old:
            last = len(self._columns) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(old) - 1, last))

    def set_columns(self, columns: Sequence[Column[Row]]) -> None:
        """New headers and wording (another language) for the same columns; rows stay."""
        assert len(columns) == len(self._columns), "only the wording may change"
        self._columns = list(columns)
        last = len(self._columns) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self.rows_changed()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def parser(self, column: int) -> Callable[[str], Any] | None:
        """How typed text in a column becomes its value (None: taken as typed)."""
        return self._columns[column].parse if 0 <= column < len(self._columns) else None

    def rows_changed(self) -> None:
        """The rows' values changed in place: repaint them without a reset (an open cell
        editor stays open)."""
        if self._rows:
            last = len(self._columns) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per painted cell: the others are answered first.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(column.show(row))
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(row) if column.edit_value else column.show(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.show(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and self._columns[index.column()].edit is not None
        if editable and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self._columns[index.column()]
        if column.edit is None or self.read_only:
            return False
        if column.parse is not None and isinstance(value, str):
            try:
                value = column.parse(value)
            except ValidationError:
                return False  # the delegate shows why; nothing is stored
        column.edit(self._rows[index.row()], value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True
