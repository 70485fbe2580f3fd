"""A progress bar with a Cancel button for long work run by TaskRunner (imports, exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from inspector_app.ui.common.tasks import Progress


class WorkBar(QWidget):
    """Hidden until long work begins; busy until the work says how much there is."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(QCoreApplication.translate("tasks", "Cancel"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate(
                "tasks", "Stop after the current step; what is finished is kept."
            )
        )
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    def begin(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def advance(self, progress: Progress) -> None:
        self.progress.setRange(0, max(progress.total, 0))
        self.progress.setValue(progress.done)

    def end(self) -> None:
        self.setVisible(False)
        self.progress.setRange(0, max(self.progress.maximum(), 1))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)  # asked once; the work stops at its next step
        self.cancel_clicked.emit()
