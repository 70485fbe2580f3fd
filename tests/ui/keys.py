"""Typing in GUI tests: Chinese and other text as a user's keyboard or input method sends it.

qtbot.keyClicks with a non-ASCII character aborts the process (docs/architecture.md, "Known
traps"), so characters go as QKeyEvents carrying their text, and whole words as an input
method commit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type (also Chinese) text as an input method would commit it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_keys(widget: QWidget, text: str) -> None:
    """Type text one key at a time, each a key press and release carrying its character."""
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
