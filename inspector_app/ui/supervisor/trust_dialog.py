"""The trust list: inspectors' certificates whose bundles and reports are accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.services.signing.trust import trust_certificate_file, trusted_inspectors, untrust
from inspector_app.services.sync.held import release_held
from inspector_app.services.sync.importer import ImportOutcome
from inspector_app.ui.common.messages import error_text, show_error
from inspector_app.ui.supervisor.import_worker import ImportJob
from inspector_app.ui.supervisor.models import trust_model


class TrustDialog(QDialog):
    """View, add and remove trusted certificates; adding one releases its held bundles."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("supervisor", "Trust list"))
        self.ctx = ctx
        self.model = trust_model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        add, remove = (
            QPushButton(QCoreApplication.translate("supervisor", "Add certificate…")),
            QPushButton(QCoreApplication.translate("supervisor", "Remove")),
        )
        add.clicked.connect(self.choose_certificate)
        remove.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(close)
        # Held bundles are verified again after a certificate is added: in the background.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: ImportJob | None = None
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(800, 360)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(trusted_inspectors(self.ctx))
        self.view.resizeColumnsToContents()

    def choose_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("supervisor", "Inspector's certificate"),
            "",
            QCoreApplication.translate("supervisor", "Certificates (%1)").replace(
                "%1", "*.pem *.crt *.cer *.der"
            ),
        )
        if name:
            self.add_certificate(Path(name))

    def add_certificate(self, path: Path) -> ImportJob | None:
        """Trust the certificate, then verify and import its held bundles off the GUI thread."""
        try:
            row = trust_certificate_file(self.ctx, path)
        except InspectorError as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("supervisor", "Not added"), error_text(error)
            )
            return None
        self.refresh()
        job = ImportJob(lambda progress: release_held(self.ctx, progress))
        job.signals.progressed.connect(self._checking)
        job.signals.finished.connect(lambda outcomes: self._released(outcomes, row.name))
        job.signals.failed.connect(self._failed)
        self.job = job
        self.pool.start(job)
        return job

    def _checking(self, done: int, total: int, _outcome: ImportOutcome) -> None:
        self.status.setText(
            QCoreApplication.translate("supervisor", "Checking held bundles: %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _released(self, outcomes: list[ImportOutcome], signer: str) -> None:
        self.status.clear()
        released = [o for o in outcomes if o.accepted]
        if released:
            QMessageBox.information(
                self,
                QCoreApplication.translate("supervisor", "Held bundles imported"),
                QCoreApplication.translate("supervisor", "%1 held bundles from %2 imported.")
                .replace("%1", str(len(released)))
                .replace("%2", signer),
            )

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        show_error(self, error)  # expected errors as a message, bugs to the crash handler

    def done(self, result: int) -> None:
        self.pool.waitForDone()  # the held bundles' check finishes before the dialog goes
        super().done(result)

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            untrust(self.ctx, self.model.row_at(rows[0].row()).cert_fingerprint or "")
            self.refresh()
