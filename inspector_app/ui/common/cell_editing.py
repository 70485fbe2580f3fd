"""Table cells saved as they are typed, with a value that cannot be stored shown, not lost.

The delegate's line editor is watched by ui/autosave.py: while the user types, the cell's
value is committed (and so saved) at every pause and at the latest MAX_WAIT_MS in; the
editor stays open. Text the column cannot read ("abc" as an amount) is not committed: the
editor keeps it, marked, with the reason in the page's problem line; Enter and Tab do not
close it then.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from inspector_app.core.errors import ValidationError
from inspector_app.ui.common.autosave import Autosave, autosave
from inspector_app.ui.common.field_problem import FieldProblem

Index = QModelIndex | QPersistentModelIndex
_CLOSING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class TypingDelegate(QStyledItemDelegate):
    """Edits text cells of a RowTableModel; each column's `parse` reads the typed text."""

    def __init__(self, problem: FieldProblem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self._indexes: dict[QLineEdit, QPersistentModelIndex] = {}
        self._savers: dict[QLineEdit, Autosave] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self._indexes[editor] = QPersistentModelIndex(index)
            self._savers[editor] = autosave(
                editor, lambda: self.commitData.emit(editor), editor, on_leave=False
            )
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # A save repaints the row; the text being typed (and the cursor) stays as it is.
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        # The view has committed it on closing; nothing may be committed after that.
        if isinstance(editor, QLineEdit):
            saver = self._savers.pop(editor, None)
            if saver is not None:
                saver.cancel()
            self._indexes.pop(editor, None)
        super().destroyEditor(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        try:
            value = self._value(editor, model, index)
        except ValidationError as error:
            self.problem.show_problem(error, on=editor)
            return
        self.problem.clear_problem()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value)

    def _value(self, editor: QLineEdit, model: Any, index: Index) -> Any:
        text = editor.text().strip()
        parse = model.parser(index.column()) if hasattr(model, "parser") else None
        return parse(text) if parse is not None else text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter or Tab on text the column cannot read: the editor stays, with the reason.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and event.key() in _CLOSING_KEYS
        ):
            index = self._indexes.get(watched)
            if index is not None and index.isValid():
                try:
                    self._value(watched, index.model(), index)
                except ValidationError as error:
                    self.problem.show_problem(error, on=watched)
                    return True
        return super().eventFilter(watched, event)
