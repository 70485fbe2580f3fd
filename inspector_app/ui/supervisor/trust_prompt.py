"""The question before trusting a held bundle's signer, with the certificate's facts as
plain text (a name such as "<font color=green>trusted</font>" shows as typed) and a
warning when the name is a trusted inspector's under another key."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from inspector_app.services.signing.identity import CertificateFacts


def look_alike_warning(names: Sequence[str]) -> str:
    """The flag for a signer carrying a trusted inspector's name under another key."""
    return "\n".join(
        QCoreApplication.translate(
            "supervisor",
            "Warning: same name as trusted %1, but a different key. Do not trust it unless "
            "that inspector confirms this fingerprint.",
        ).replace("%1", name)
        for name in names
    )


def trust_question(
    parent: QWidget | None, facts: CertificateFacts, look_alike_of: Sequence[str] = ()
) -> QMessageBox:
    """The Yes/No box asking to trust the certificate `facts` describe (not shown yet)."""
    text = (
        QCoreApplication.translate(
            "supervisor",
            "%1 — %2 %3\n\nSHA-256 fingerprint:\n%4\n\nCompare the fingerprint with the "
            "inspector's before trusting. Their held bundles are then verified and imported.",
        )
        .replace("%1", str(facts.name))
        .replace("%2", str(facts.unit))
        .replace("%3", str(facts.badge))
        .replace("%4", str(facts.fingerprint))
    )
    warning = look_alike_warning(look_alike_of)
    box = QMessageBox(
        QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
        QCoreApplication.translate("supervisor", "Trust this signer?"),
        f"{warning}\n\n{text}" if warning else text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("trust_question")
    # Every part of this text comes from the certificate: never read it as markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
