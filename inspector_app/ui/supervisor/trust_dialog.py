"""The trust list: inspectors' certificates whose bundles and reports are accepted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.services.bundles.held import release_held
from inspector_app.services.context import AppContext
from inspector_app.services.trust import trust_certificate_file, trusted_inspectors, untrust
from inspector_app.ui.messages import error_text
from inspector_app.ui.supervisor.models import trust_model


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervisor", text)


class TrustDialog(QDialog):
    """View, add and remove trusted certificates; adding one releases its held bundles."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Trust list"))
        self.ctx = ctx
        self.model = trust_model(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        add, remove = QPushButton(_tr("Add certificate…")), QPushButton(_tr("Remove"))
        add.clicked.connect(self.choose_certificate)
        remove.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.resize(800, 360)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(trusted_inspectors(self.ctx))
        self.view.resizeColumnsToContents()

    def choose_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Inspector's certificate"),
            "",
            _tr("Certificates (%1)").replace("%1", "*.pem *.crt *.cer *.der"),
        )
        if name:
            self.add_certificate(Path(name))

    def add_certificate(self, path: Path) -> None:
        try:
            row = trust_certificate_file(self.ctx, path)
        except InspectorError as error:
            QMessageBox.warning(self, _tr("Not added"), error_text(error))
            return
        released = [o for o in release_held(self.ctx) if o.accepted]
        self.refresh()
        if released:
            QMessageBox.information(
                self,
                _tr("Held bundles imported"),
                _tr("%1 held bundles from %2 imported.")
                .replace("%1", str(len(released)))
                .replace("%2", row.name),
            )

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            untrust(self.ctx, self.model.row_at(rows[0].row()).cert_fingerprint or "")
            self.refresh()
