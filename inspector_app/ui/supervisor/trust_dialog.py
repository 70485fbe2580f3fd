"""The trust list: inspectors' certificates whose bundles and reports are accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
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
from inspector_app.services.directory.inspectors import InspectorRow
from inspector_app.services.signing.trust import trust_certificate_file, trusted_inspectors, untrust
from inspector_app.services.sync.importer import ImportOutcome
from inspector_app.ui.common.messages import error_text, inform, show_error
from inspector_app.ui.common.tasks import LatestRequest, Progress, Task, TaskRunner
from inspector_app.ui.supervisor.import_worker import release_work
from inspector_app.ui.supervisor.models import trust_model


class TrustDialog(QDialog):
    """View, add and remove trusted certificates; adding one releases its held bundles."""

    held_released = Signal(list)  # list[ImportOutcome], once told

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
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
        self.runner = runner or TaskRunner(self)
        self._own_runner = runner is None
        self.job: Task | None = None
        self._listing = LatestRequest(self.runner)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(800, 360)
        self.refresh()

    def refresh(self) -> None:
        """Read the trust list in the background; the newest answer fills the table."""
        ctx = self.ctx
        self._listing.run(lambda: trusted_inspectors(ctx), self._show_rows)

    def _show_rows(self, rows: list[InspectorRow]) -> None:
        self.model.set_rows(rows)
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

    def add_certificate(self, path: Path) -> Task:
        """Trust the certificate (the file read and the row written on the runner's writer),
        then verify and import its held bundles, all off the GUI thread."""
        ctx = self.ctx
        self.job = self.runner.start(
            lambda _task: trust_certificate_file(ctx, path),
            self._trusted,
            self._not_added,
            write=True,
        )
        return self.job

    def _trusted(self, row: InspectorRow) -> None:
        self.refresh()
        self.job = self.runner.start(
            release_work(self.ctx),
            lambda outcomes: self._released(outcomes, row.name),
            self._failed,
            on_progress=self._checking,
            write=True,
        )

    def _not_added(self, error: BaseException) -> None:
        self.job = None
        if not isinstance(error, InspectorError):  # a bug: the crash handler
            show_error(self, error)
            return
        inform(
            self,
            QCoreApplication.translate("supervisor", "Not added"),
            error_text(error),
            QMessageBox.Icon.Warning,
        )

    def _checking(self, progress: Progress) -> None:
        self.status.setText(
            QCoreApplication.translate("supervisor", "Checking held bundles: %1 of %2")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total))
        )

    def _released(self, outcomes: list[ImportOutcome], signer: str) -> None:
        self.job = None
        self.status.clear()
        released = [o for o in outcomes if o.accepted]
        if released:
            inform(  # plain text: the signer's name comes from their certificate
                self,
                QCoreApplication.translate("supervisor", "Held bundles imported"),
                QCoreApplication.translate("supervisor", "%1 held bundles from %2 imported.")
                .replace("%1", str(len(released)))
                .replace("%2", signer),
            )
        self.held_released.emit(outcomes)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.status.clear()
        show_error(self, error)  # expected errors as a message, bugs to the crash handler

    def done(self, result: int) -> None:
        # The held bundles' check finishes before the dialog goes, so that whoever opened it
        # sees them. Not on a window's runner: that would also wait for its export or import;
        # the window listens to held_released instead.
        if self.job is not None and self._own_runner:
            self.runner.drain()
        super().done(result)

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        ctx, fingerprint = self.ctx, self.model.row_at(rows[0].row()).cert_fingerprint or ""
        self.runner.run(
            lambda: untrust(ctx, fingerprint),
            lambda _none: self.refresh(),
            self._failed,
            write=True,
        )
