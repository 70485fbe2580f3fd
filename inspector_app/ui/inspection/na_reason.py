"""Why an item is not applicable: a preset choice or a short text, asked for in place.

Shown under the result buttons only while the item is 不适用; it takes the focus when the
inspector has just chosen 不适用 (key 3) and no reason is given yet, without a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from inspector_app.core.results import Result
from inspector_app.ui.inspection.session import InspectionSession

REASON_MAX = 200  # as services.answers.NA_REASON_MAX


def preset_reasons() -> list[str]:
    return [
        QCoreApplication.translate("NaReasonField", "The project does not involve this item"),
        QCoreApplication.translate("NaReasonField", "The works have not reached this stage yet"),
        QCoreApplication.translate("NaReasonField", "Exempt by law (exemption certificate seen)"),
        QCoreApplication.translate(
            "NaReasonField", "Another unit is responsible; checked separately"
        ),
    ]


class NaReasonField(QWidget):
    """An editable combo box for the reason; each change is saved through the session.

    `given` is emitted once per item when the reason is confirmed (Enter or a preset
    chosen), so the checklist can move on as it does after 符合."""

    given = Signal()

    def __init__(self, session: InspectionSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item_id: str | None = None
        self._given_for: str | None = None
        self.label = QLabel(
            QCoreApplication.translate("NaReasonField", "Why not applicable (required)")
        )
        self.label.setStyleSheet("color: #b45309;")
        self.edit = QComboBox()
        self.edit.setObjectName("na_reason")
        self.edit.setEditable(True)
        self.edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.edit.setAccessibleName(
            QCoreApplication.translate("NaReasonField", "Why not applicable")
        )
        self.edit.addItems(preset_reasons())
        line = self.edit.lineEdit()
        assert line is not None
        line.setMaxLength(REASON_MAX)
        line.setPlaceholderText(
            QCoreApplication.translate("NaReasonField", "Choose or type a short reason")
        )
        line.editingFinished.connect(self.save)
        line.returnPressed.connect(self._give)
        self.edit.activated.connect(lambda _row: self._give())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        self.hide()

    def show_for(self, item_id: str, *, ask: bool = False) -> None:
        """Show the item's reason if it is not applicable; `ask` focuses an empty one when
        the item has just become not applicable (not on a note saved meanwhile)."""
        already = self._item_id == item_id and not self.isHidden()
        if item_id != self._item_id:
            self._given_for = None
        self._item_id = item_id
        applicable = self._session.result(item_id) != Result.NOT_APPLICABLE
        self.setVisible(not applicable)
        if applicable:
            return
        reason = self._session.na_reasons.get(item_id, "")
        if not self.edit.hasFocus():
            self.edit.setEditText(reason)
        self.edit.setEnabled(not self._session.locked)
        if ask and not already and not reason and not self._session.locked:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self._item_id is not None and not self.isHidden():  # its tab may be behind
            self._session.set_na_reason(self._item_id, self.edit.currentText())

    def _give(self) -> None:
        if self._item_id is None or self._given_for == self._item_id:
            return
        self.save()
        if self.edit.currentText().strip():
            self._given_for = self._item_id
            self.given.emit()
