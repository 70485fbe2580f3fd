"""Plain message boxes for expected errors, with the messages translated by error code."""

from __future__ import annotations

import logging
import sys
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.core.errors import InspectorError
from inspector_app.core.messages import SERVICE_CONTEXT, Message

log = logging.getLogger(__name__)


def _tr_service(text: str) -> str:
    return QCoreApplication.translate(SERVICE_CONTEXT, text)


def service_text(text: str) -> str:
    """A message from the services in the user's language (English if not translated)."""
    return text.render(_tr_service) if isinstance(text, Message) else text


def error_text(error: InspectorError) -> str:
    """The user's-language wording of an expected error, each sentence once: the service's
    own message when it is translatable, else the general sentence of its kind (with the
    untranslated detail below it)."""
    known = {
        "disk_full": QCoreApplication.translate(
            "messages", "The disk is full: the last change was not saved."
        ),
        "read_only": QCoreApplication.translate(
            "messages", "The data folder cannot be written to: the last change was not saved."
        ),
        "db_locked": QCoreApplication.translate(
            "messages", "The database is busy in another program; try again in a moment."
        ),
        "corrupt": QCoreApplication.translate(
            "messages", "The database file is damaged; restore the latest good backup."
        ),
        "locked": QCoreApplication.translate(
            "messages", "This inspection is signed and cannot be changed."
        ),
        "passphrase": QCoreApplication.translate(
            "messages", "Wrong passphrase for the signing key."
        ),
    }
    if isinstance(error.message, Message):
        # Already worded by the service (and translatable): shown once, never prefixed
        # with the general sentence of its kind, which says the same thing again.
        return service_text(error.message)
    translated = known.get(error.code)
    if translated is None or error.message.strip() in ("", translated):
        return translated or error.message
    return f"{translated}\n\n{error.message}"


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Expected errors get a plain non-blocking box; anything else goes to the crash handler."""
    if not isinstance(error, InspectorError):
        sys.excepthook(type(error), error, error.__traceback__)
        return
    log.info("expected error shown: %s", error.message)
    inform(
        parent,
        QCoreApplication.translate("messages", "Not done"),
        error_text(error),
        QMessageBox.Icon.Warning,
    )


def inform(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A window-modal message that does not block the caller (tests can find and close it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    # The text quotes file names, certificate names and bundle fields: never markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName("message")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows exactly that text. Qt guesses whether a tooltip is
    rich text, so text from outside (a file name, a bundle field, what the user typed) is
    escaped inside a paragraph that keeps its line breaks, never read as markup."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"
