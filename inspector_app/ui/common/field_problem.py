"""A problem with typed input, shown beside the field: never a dialog, never taking keys.

The field keeps what the user typed while it is wrong; the last valid value stays saved.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from inspector_app.core.errors import InspectorError
from inspector_app.ui.common.messages import plain_tooltip, service_text

ERROR_STYLE = "border: 1px solid #dc2626; background: #fef2f2;"


class FieldProblem(QLabel):
    """A small red line under a field; hidden when the field is fine."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._marked: QWidget | None = None
        self.setObjectName(f"{field.objectName() or 'field'}_problem")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes what the user typed
        self.setWordWrap(True)
        self.setStyleSheet("color: #dc2626; font-size: 9pt;")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    @property
    def shown(self) -> bool:
        return bool(self.text())

    def show_problem(self, problem: BaseException | str, on: QWidget | None = None) -> None:
        """Say what is wrong; `on` is the widget holding the text (a table's cell editor),
        marked instead of the field."""
        text = problem if isinstance(problem, str) else _problem_text(problem)
        self.setText(text)
        self._mark(None)
        self._mark(on or self.field, text)
        self.show()

    def clear_problem(self) -> None:
        if not self.text():
            return
        self.setText("")
        self._mark(None)
        self.hide()

    def _mark(self, widget: QWidget | None, text: str = "") -> None:
        if widget is None:
            if self._marked is not None and shiboken6.isValid(self._marked):
                self._marked.setToolTip("")
                self._marked.setStyleSheet("")
            self._marked = None
            return
        widget.setToolTip(plain_tooltip(text))
        widget.setStyleSheet(ERROR_STYLE)
        self._marked = widget


def _problem_text(error: BaseException) -> str:
    if isinstance(error, InspectorError):
        return service_text(error.message)
    return str(error)


def with_problem(field: QWidget) -> tuple[QWidget, FieldProblem]:
    """The field with its problem line under it, to put in a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    problem = FieldProblem(field, box)
    layout.addWidget(problem)
    return box, problem
