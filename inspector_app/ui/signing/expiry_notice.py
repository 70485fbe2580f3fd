"""A quiet notice in the status bar when the inspector's own signing certificate expires
within 30 days (or has expired): seen at start, never blocking the work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from inspector_app.core.messages import Message
from inspector_app.ui.common.messages import service_text

if TYPE_CHECKING:  # the window starts before the services are imported
    from inspector_app.services.context import AppContext
    from inspector_app.ui.common.tasks import TaskRunner


class ExpiryNotice(QLabel):
    """Hidden until there is something to say about the certificate's expiry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificate_expiry")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.hide()

    def check(self, ctx: AppContext, runner: TaskRunner) -> None:
        """Read the certificate off the GUI thread, then show the notice if one is due."""
        from inspector_app.services.signing.keys import own_certificate_notice

        runner.run(lambda: own_certificate_notice(ctx), self.show_notice)

    def show_notice(self, notice: Message | None) -> None:
        if notice is None:
            self.hide()
            return
        self.setText(service_text(notice))
        self.setToolTip("")
        self.show()
