"""Save as you type: one debounce with a maximum wait, used by every editable field.

A field is saved IDLE_MS after the last keystroke, and never later than MAX_WAIT_MS after
the first unsaved one, so continuous typing is saved too; leaving the field or pressing
Enter saves at once. The save itself goes through the write queue (ui/tasks.py), so a
crash or power cut loses at most the last MAX_WAIT_MS of typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

IDLE_MS = 500
MAX_WAIT_MS = 1500


class Autosave(QObject):
    """Calls `save` once typing pauses, at the latest MAX_WAIT_MS into continuous typing."""

    def __init__(
        self,
        save: Callable[[], None],
        parent: QObject,
        *,
        idle_ms: int = IDLE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._longest = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._idle.timeout.connect(self.flush)
        self._longest.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        """Typed but not yet handed to the save."""
        return self._dirty

    def changed(self) -> None:
        """The user changed the field: (re)start the pause timer, start the maximum wait."""
        self._dirty = True
        self._idle.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> None:
        """Save now if anything is pending (focus out, Enter, item change, close)."""
        if not self.pending:
            return
        self.cancel()
        self._save()

    def cancel(self) -> None:
        """Forget what is pending (the field is about to show other data, already saved)."""
        self._dirty = False
        self._idle.stop()
        self._longest.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def autosave(
    field: QWidget,
    save: Callable[[], None],
    parent: QObject | None = None,
    *,
    on_leave: bool = True,
) -> Autosave:
    """Watch a line or text edit: user edits start the timers; focus out and Enter save
    (unless `on_leave` is False: a table's cell editor is committed by its view then).

    A QLineEdit reports only the user's edits (textEdited), so showing other data with
    setText saves nothing; a text edit's programmatic changes must block its signals."""
    saver = Autosave(save, parent or field)
    if isinstance(field, QLineEdit):
        field.textEdited.connect(saver.changed)
        if on_leave:
            field.editingFinished.connect(saver.flush)
    elif isinstance(field, QPlainTextEdit | QTextEdit):
        field.textChanged.connect(saver.changed)
    else:
        raise TypeError(f"cannot watch {type(field).__name__} for typing")
    if on_leave:
        field.installEventFilter(saver)
    return saver
