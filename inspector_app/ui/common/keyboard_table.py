"""A table edited from the keyboard: Tab goes to the next cell and opens it for typing,
Enter commits, and Tab past the last cell asks for a new row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.CurrentChanged
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


class KeyboardTable(QTableView):
    """`row_wanted` is emitted when Tab leaves the last cell; the owner adds a row and
    calls `edit_row` once it is there."""

    row_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def _at_last_cell(self) -> bool:
        model, current = self.model(), self.currentIndex()
        if model is None or not current.isValid():
            return False
        last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
        return current.row() == last_row and current.column() == last_column

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab out of the last cell: commit (the delegate did), then a new row, not a wrap.
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._at_last_cell():
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.row_wanted.emit()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain_tab = event.key() == Qt.Key.Key_Tab and not event.modifiers()
        if plain_tab and self._at_last_cell():
            event.accept()
            self.row_wanted.emit()
            return
        super().keyPressEvent(event)

    def edit_row(self, row: int, column: int = 0) -> None:
        """Go to a cell of `row` (a new one) and open it for typing."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index: QModelIndex = model.index(row, column)
        self.setFocus()
        self.scrollTo(index)
        if self.currentIndex() == index:
            self.edit(index)
        else:
            self.setCurrentIndex(index)  # the CurrentChanged trigger opens the editor
