"""Amending a signed inspection: ask why, make revision n+1, open it.

The signed revision stays as it is; the new draft carries the reason, which its record
prints ("第 n+1 版，替代第 n 版").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import TaskRunner

REASON_MAX = 500  # as services.amendment.AMEND_REASON_MAX, without importing it on start-up


class AmendDialog(QDialog):
    """The reason for the amendment; OK makes the new revision in the write queue."""

    amended = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        inspection_id: int,
        revision: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._runner, self._id = ctx, runner, inspection_id
        self.setObjectName("amend_dialog")
        self.setWindowTitle(self.tr("Amend the signed record"))
        explain = QLabel(
            self.tr(
                "Revision %1 stays as it was signed. A new draft, revision %2, is made from it; "
                "it must be signed again. Why is the record amended?"
            )
            .replace("%1", str(revision))
            .replace("%2", str(revision + 1))
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("amend_reason")
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. the wage account number was wrong"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Amend"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explain, self.reason, buttons):
            layout.addWidget(widget)
        self.resize(520, 180)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return  # already amending: a second Return must not make a second revision
        reason = self.reason.text().strip()
        if not reason:
            show_error(self, InspectorError(self.tr("Say why the signed record is amended.")))
            self.reason.setFocus()
            return
        from inspector_app.services.inspection.amendment import amend

        ctx, inspection_id = self._ctx, self._id
        self.ok_button.setEnabled(False)
        self._runner.run(
            lambda: amend(ctx, inspection_id, reason), self._done, self._refused, write=True
        )

    def _done(self, new_id: int) -> None:
        super().accept()
        self.amended.emit(new_id)

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_error(self, error)
