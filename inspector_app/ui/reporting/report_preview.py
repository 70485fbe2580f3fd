"""The report preview (built in the background, shown in a QPdfView) and checking a PDF's
signature: intact or altered, who signed, when, and whether the signer is trusted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.ui.common.messages import inform, service_text, show_error
from inspector_app.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from inspector_app.services.signing.pades import PdfVerification


class ReportPreview(QDialog):
    """The report as it will be signed (the signed one, once it is): rendered off the GUI
    thread in the write queue, so it shows everything typed so far."""

    pdf_loaded = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        inspection_id: int,
        language: str,
        parent: QWidget | None = None,
        *,
        signed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._signed = signed
        self.setObjectName("report_preview")
        self.setWindowTitle(self.tr("Report preview"))
        self._waiting, self._closed = True, False
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Report pages"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self.tr("Building the report…"))
        self.status.setObjectName("preview_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.view, 1)
        box.addWidget(buttons)
        self.finished.connect(self._closing)
        self.resize(900, 1000)
        runner.run(
            lambda: _preview_pdf(ctx, inspection_id, language),
            self._built,
            self._failed,
            write=True,
        )

    def _built(self, pdf: bytes) -> None:
        self._waiting = False
        if self._closed:
            self.deleteLater()
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(pdf)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        text = (
            self.tr("The signed report, %1 pages")
            if self._signed
            else self.tr("Preview, not signed: %1 pages")
        )
        self.status.setText(text.replace("%1", str(pages)))
        self.pdf_loaded.emit(pages)

    def _failed(self, error: BaseException) -> None:
        self._waiting = False
        if self._closed:
            self.deleteLater()
            return
        self.status.setText(self.tr("The report could not be built."))
        self.failed.emit(error)
        show_error(self, error)

    def _closing(self, _result: int) -> None:
        # Deleted once closed, but not while its report is still being built.
        self._closed = True
        self.document.close()
        if not self._waiting:
            self.deleteLater()


def _preview_pdf(ctx: AppContext, inspection_id: int, language: str) -> bytes:
    from inspector_app.services.signing.sign_inspection import preview_pdf

    return preview_pdf(ctx, inspection_id, language)


def choose_and_verify(ctx: AppContext, runner: TaskRunner, parent: QWidget) -> None:
    """Ask for a PDF, then check its signature in the background and show the verdict."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("report_preview", "Open PDF to verify"),
        str(ctx.data_dir.exports),
        "PDF (*.pdf)",
    )
    if name:
        verify_file(ctx, runner, Path(name), parent)


def verify_file(ctx: AppContext, runner: TaskRunner, path: Path, parent: QWidget) -> int:
    """Check `path` against the trust list off the GUI thread; the verdict opens in a box."""

    def work() -> PdfVerification:
        from inspector_app.services.signing.pades import verify_pdf
        from inspector_app.services.signing.trust import trusted_certificates

        try:
            pdf = path.read_bytes()
        except OSError as error:
            raise InspectorError(f"Cannot read {path}: {error.strerror}") from error
        return verify_pdf(pdf, trusted_certificates(ctx))

    def done(result: PdfVerification) -> None:
        show_verification(parent, path, result)

    return runner.run(work, done, lambda error: show_error(parent, error))


def verification_lines(result: PdfVerification) -> list[str]:
    """The verdict in the user's language; the service's own reason is added as a detail."""
    if not result.signed:
        lines = [
            QCoreApplication.translate("report_preview", "The file carries no valid signature.")
        ]
    elif result.intact:
        lines = [
            QCoreApplication.translate(
                "report_preview", "Intact: the report has not been changed since it was signed."
            )
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "report_preview", "Altered: the report was changed after it was signed."
            )
        ]
    if result.signed:
        lines.append(
            QCoreApplication.translate("report_preview", "Signer: %1").replace(
                "%1", result.signer_name or "?"
            )
        )
        when = f"{result.signed_at:%Y-%m-%d %H:%M:%S}" if result.signed_at else "?"
        lines.append(
            QCoreApplication.translate("report_preview", "Signed at: %1").replace("%1", when)
        )
        lines.append(
            QCoreApplication.translate(
                "report_preview", "Trusted: yes, the signer is on your trust list."
            )
            if result.trusted
            else QCoreApplication.translate(
                "report_preview", "Trusted: no, the signer is not on your trust list."
            )
        )
        if not result.covers_whole_file:
            lines.append(
                QCoreApplication.translate(
                    "report_preview", "Content was added to the file after it was signed."
                )
            )
    if result.reason:
        lines.append(
            QCoreApplication.translate("report_preview", "Details: %1").replace(
                "%1", service_text(result.reason)
            )
        )
    return lines


def show_verification(parent: QWidget, path: Path, result: PdfVerification) -> QMessageBox:
    good = result.signed and result.intact and result.trusted and result.covers_whole_file
    icon = QMessageBox.Icon.Information if good else QMessageBox.Icon.Warning
    text = "\n".join([path.name, "", *verification_lines(result)])
    box = inform(
        parent, QCoreApplication.translate("report_preview", "Signature check"), text, icon
    )
    box.setObjectName("verification")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
