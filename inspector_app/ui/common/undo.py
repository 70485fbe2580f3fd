"""Undoable changes to an inspection's answers: results and notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from inspector_app.core.results import Result

if TYPE_CHECKING:
    from inspector_app.ui.inspection.session import InspectionSession

_NOTE_COMMAND_ID = 1001


class SetResultCommand(QUndoCommand):
    def __init__(self, session: InspectionSession, item_id: str, old: Result, new: Result) -> None:
        super().__init__(QCoreApplication.translate("undo", "Result of %1").replace("%1", item_id))
        self._session, self._item_id, self._old, self._new = session, item_id, old, new

    def redo(self) -> None:
        self._session.apply_result(self._item_id, self._new)

    def undo(self) -> None:
        self._session.apply_result(self._item_id, self._old)


class SetNoteCommand(QUndoCommand):
    """Consecutive saves of one item's note merge, so one undo takes back a whole edit."""

    def __init__(self, session: InspectionSession, item_id: str, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("undo", "Note on %1").replace("%1", item_id))
        self._session, self._item_id, self._old, self.new = session, item_id, old, new

    def id(self) -> int:
        return _NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetNoteCommand) or other._item_id != self._item_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._session.apply_note(self._item_id, self.new)

    def undo(self) -> None:
        self._session.apply_note(self._item_id, self._old)
