"""Every label shows its text as text: the app-wide policy against markup from outside.

QLabel (and the label inside every QMessageBox) guesses whether its text is rich text, so a
site name, a certificate's name or a file name containing markup would be rendered as HTML:
a trust prompt could show another fingerprint than the real one, a check could read
"trusted" for an untrusted file. Rather than rely on each of the app's labels remembering
Qt.PlainText, the application sets it on every label as the label is polished (before it is
first shown). Rich text is laid out only in a QTextBrowser that escapes what it quotes
(ui/supervisor/detail.py). Tooltips: ui/common/messages.plain_tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

_POLICY_NAME = "plainTextPolicy"


class PlainTextPolicy(QObject):
    """Application event filter: labels become plain text when polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def install_plain_text_policy(app: QCoreApplication) -> PlainTextPolicy:
    """Install the policy once on `app` (again is harmless: the same filter is returned)."""
    existing = app.findChild(PlainTextPolicy, _POLICY_NAME)
    if isinstance(existing, PlainTextPolicy):
        return existing
    policy = PlainTextPolicy(app)
    policy.setObjectName(_POLICY_NAME)
    app.installEventFilter(policy)
    return policy
