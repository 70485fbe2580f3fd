"""The representative's refusal to sign (代表拒绝签字): a check box, the reason and the witness."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget


class RefusalBox(QWidget):
    """Ticked when the representative will not sign; the reason and a second inspector as
    witness are then recorded in place of the signature."""

    refusal_toggled = Signal(bool)

    def __init__(self, witnesses: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._refused_at: dt.datetime | None = None
        self.refuses = QCheckBox(self.tr("The representative refuses to sign"))
        self.refuses.setObjectName("refuses")
        self.reason = QLineEdit(placeholderText=self.tr("Reason the representative gave"))
        self.reason.setObjectName("refusal_reason")
        self.reason.setAccessibleName(self.tr("Reason for refusing"))
        self.witness = QComboBox()
        self.witness.setObjectName("refusal_witness")
        self.witness.setAccessibleName(self.tr("Witness"))
        self.witness.addItems(witnesses)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.refuses)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Witness"), self.witness)
        self.refuses.toggled.connect(self._toggled)
        self._toggled(False)

    def _toggled(self, checked: bool) -> None:
        self._refused_at = dt.datetime.now().replace(microsecond=0) if checked else None
        self.reason.setEnabled(checked)
        self.witness.setEnabled(checked)
        self.refusal_toggled.emit(checked)

    def refusing(self) -> bool:
        return self.refuses.isChecked()

    def values(self) -> tuple[str, str, dt.datetime | None]:
        """The reason, the witness and when the refusal was ticked."""
        return self.reason.text().strip(), self.witness.currentText(), self._refused_at

    def problems(self) -> list[str]:
        """What the refusal still lacks; nothing when the representative is not refusing."""
        if not self.refusing():
            return []
        problems = []
        if not self.reason.text().strip():
            problems.append(self.tr("Give the reason the representative gave for refusing."))
        if self.witness.count() == 0:
            problems.append(self.tr("A refusal needs a second inspector as witness."))
        return problems

    def show_recorded(self, reason: str | None, witness: str | None, locked: bool) -> None:
        """Show a refusal already recorded, and freeze the box once the record is signed."""
        if reason:
            self.refuses.setChecked(True)
            self.reason.setText(reason)
            if witness and self.witness.findText(witness) < 0:
                self.witness.addItem(witness)
            self.witness.setCurrentText(witness or "")
        self.refuses.setEnabled(not locked)
        self.reason.setReadOnly(locked)
        self.witness.setEnabled(self.refusing() and not locked)
