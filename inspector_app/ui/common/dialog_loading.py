"""Dialogs that show data from the data folder: read on the runner, built on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import TaskRunner

Values = TypeVar("Values")


class DialogLoader:
    """Reads what a dialog shows in the background, then builds it from those plain values.

    One dialog at a time: asked for again while a read is out (a shortcut pressed twice), the
    request is dropped, as the window-modal dialog would have blocked the second press. A
    failed read is a message on `parent` (expected errors) or goes to the crash handler."""

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        self.runner, self._parent = runner, parent
        self._reading = False

    def load(self, read: Callable[[], Values], show: Callable[[Values], object]) -> bool:
        """`read()` in the read pool, then `show(values)` on the GUI thread. False when
        another dialog's read is still out and this one is not started."""
        if self._reading:
            return False
        self._reading = True

        def done(values: Values) -> None:
            self._reading = False
            show(values)

        def failed(error: BaseException) -> None:
            self._reading = False
            show_error(self._parent, error)

        self.runner.run(read, done, failed)
        return True
