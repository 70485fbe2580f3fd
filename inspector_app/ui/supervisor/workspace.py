"""The supervisor's workspace: received list, dashboard, held bundles, import, trust, export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.services.reporting.file_names import workbook_file_name
from inspector_app.services.supervision.period import Period
from inspector_app.services.supervision.received import ReceivedFilter
from inspector_app.services.sync.held import held_bundles, held_signer
from inspector_app.services.sync.importer import ImportOutcome
from inspector_app.services.sync.model import SUFFIX
from inspector_app.ui.common.messages import error_text, show_error
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.supervisor.dashboard import DashboardPage
from inspector_app.ui.supervisor.import_worker import (
    ImportJob,
    import_job,
    trust_and_release_job,
)
from inspector_app.ui.supervisor.models import held_model
from inspector_app.ui.supervisor.period_dialog import PeriodDialog
from inspector_app.ui.supervisor.received import ReceivedPage, fit_columns
from inspector_app.ui.supervisor.trust_dialog import TrustDialog
from inspector_app.ui.supervisor.watch import FolderWatch
from inspector_app.ui.supervisor.words import outcome_text


def _describe(outcome: ImportOutcome) -> str:
    return outcome_text(outcome.name, outcome.verdict, outcome.reason)


WATCH_KEY = "supervisor/watch_folder"


def _saved_watch_folder() -> Path | None:
    value = str(QSettings().value(WATCH_KEY, "") or "")
    return Path(value) if value else None


class SupervisorWorkspace(QWidget):
    """Everything a supervisor does with inspections received from inspectors."""

    workbook_exported = Signal(list)  # list[Path], on the GUI thread

    def __init__(self, ctx: AppContext, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.runner = TaskRunner(self)  # the workbook export: seconds for a big office
        self.job: ImportJob | None = None
        self.received = ReceivedPage(ctx, lang)
        self.dashboard = DashboardPage(ctx, lang)
        self.dashboard.figure_opened.connect(self.open_figure)
        self.received.reviewed.connect(self.dashboard.refresh)
        self.held = held_model(self)
        self.held_view = QTableView()
        self.held_view.setModel(self.held)
        self.held_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.held_view.verticalHeader().hide()
        self.held_view.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.received, QCoreApplication.translate("supervisor", "Received"))
        self.tabs.addTab(self.dashboard, QCoreApplication.translate("supervisor", "Dashboard"))
        self.tabs.addTab(
            self._held_page(), QCoreApplication.translate("supervisor", "Held (unverified)")
        )
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.hide()  # shown with the first import or export result
        self.results.model().rowsInserted.connect(lambda *_: self.results.show())
        self.watch_label = QLabel()
        self.folder_watch = FolderWatch(self)
        self.folder_watch.bundles_arrived.connect(self._arrived)
        self._waiting: list[Path] = []
        self._lay_out()
        self.setAcceptDrops(True)
        self.refresh()
        self.set_watch_folder(_saved_watch_folder(), remember=False)

    def _held_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "supervisor",
                    "Bundles whose signer is not on the trust list. They are not "
                    "counted anywhere until the signer is trusted.",
                )
            )
        )
        layout.addWidget(self.held_view)
        trust = QPushButton(
            QCoreApplication.translate("supervisor", "Trust this signer and import…")
        )
        trust.clicked.connect(self.trust_selected_signer)
        layout.addWidget(trust)
        return page

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for text, slot in (
            (QCoreApplication.translate("supervisor", "Import bundles…"), self.choose_files),
            (QCoreApplication.translate("supervisor", "Import folder…"), self.choose_folder),
            (QCoreApplication.translate("supervisor", "Watch folder…"), self.choose_watch_folder),
            (
                QCoreApplication.translate("supervisor", "Export assessment workbook…"),
                self.choose_export,
            ),
            (QCoreApplication.translate("supervisor", "Trust list…"), self.open_trust_list),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.watch_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.results)

    def refresh(self) -> None:
        self.received.refresh()
        self.dashboard.refresh()
        self.held.set_rows(held_bundles(self.ctx))
        fit_columns(self.held_view)
        self.tabs.setTabText(
            2,
            QCoreApplication.translate("supervisor", "Held (unverified): %1").replace(
                "%1", str(self.held.rowCount())
            ),
        )

    def open_figure(self, given: ReceivedFilter) -> None:
        self.received.show_filter(given)
        self.tabs.setCurrentWidget(self.received)

    # -- import ----------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("supervisor", "Import bundles"),
            "",
            QCoreApplication.translate("supervisor", "Inspection bundles (%1)").replace(
                "%1", f"*{SUFFIX}"
            ),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("supervisor", "Import a folder of bundles")
        )
        if folder:
            self.import_paths([Path(folder)])

    def choose_watch_folder(self) -> None:
        """Pick the folder to watch; cancelling the dialog stops watching."""
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate(
                "supervisor", "Watch a folder for bundles (cancel to stop watching)"
            ),
        )
        self.set_watch_folder(Path(folder) if folder else None)

    def set_watch_folder(self, folder: Path | None, *, remember: bool = True) -> None:
        if remember:
            QSettings().setValue(WATCH_KEY, str(folder) if folder else "")
        self.folder_watch.watch(folder)
        watched = folder is not None and folder.is_dir()
        self.watch_label.setVisible(watched)
        self.watch_label.setText(
            QCoreApplication.translate(
                "supervisor", "Bundles arriving in %1 are imported automatically."
            ).replace("%1", str(folder))
        )

    def _arrived(self, paths: list[Path]) -> None:
        # One import at a time: bundles that arrive meanwhile wait for it to finish.
        self._waiting += paths
        if self.job is None:
            waiting, self._waiting = self._waiting, []
            self.import_paths(waiting)

    def import_paths(self, paths: list[Path]) -> ImportJob:
        return self._start(import_job(self.ctx, paths))

    def _start(self, job: ImportJob) -> ImportJob:
        self.results.clear()
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.job = job
        self.job.signals.progressed.connect(self._progressed)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.pool.start(job)  # connected first, so not even a quick job's signals are lost
        return job

    def _progressed(self, done: int, total: int, outcome: ImportOutcome) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.results.addItem(_describe(outcome))

    def _finished(self, outcomes: list[ImportOutcome]) -> None:
        self.progress.setVisible(False)
        self.job = None
        accepted = sum(o.accepted for o in outcomes)
        self.results.addItem(
            QCoreApplication.translate("supervisor", "%1 of %2 bundles imported or already here")
            .replace("%1", str(accepted))
            .replace("%2", str(len(outcomes)))
        )
        self.refresh()
        if self._waiting:
            self._arrived([])

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.job = None
        text = error_text(error) if isinstance(error, InspectorError) else str(error)
        QMessageBox.warning(self, QCoreApplication.translate("supervisor", "Import failed"), text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)

    # -- trust -----------------------------------------------------------------------

    def trust_selected_signer(self) -> ImportJob | None:
        """Ask, then trust the selected bundle's signer and import their held bundles."""
        rows = self.held_view.selectionModel().selectedRows()
        if not rows:
            return None
        bundle = self.held.row_at(rows[0].row())
        try:
            certificate = held_signer(self.ctx, bundle)
        except InspectorError as error:  # the file went away or cannot be read
            QMessageBox.warning(
                self, QCoreApplication.translate("supervisor", "Not trusted"), error_text(error)
            )
            self.refresh()
            return None
        if certificate is None:
            return None
        from inspector_app.services.signing.identity import certificate_pem, describe_certificate

        facts = describe_certificate(certificate)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("supervisor", "Trust this signer?"),
            QCoreApplication.translate(
                "supervisor",
                "%1 — %2 %3\n\nSHA-256 fingerprint:\n%4\n\nCompare the fingerprint with the "
                "inspector's before trusting. Their held bundles are then verified and imported.",
            )
            .replace("%1", facts["name"])
            .replace("%2", facts["unit"])
            .replace("%3", facts["badge"])
            .replace("%4", facts["fingerprint"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        # Each held bundle is verified in full (its signed report too): not on this thread.
        return self._start(trust_and_release_job(self.ctx, certificate_pem(certificate)))

    def open_trust_list(self) -> None:
        TrustDialog(self.ctx, self).exec()
        self.refresh()

    # -- export ----------------------------------------------------------------------

    def choose_export(self) -> None:
        """Ask for the months (this year by default), then where to write the workbook."""
        dialog = PeriodDialog(parent=self)
        if not dialog.exec():
            return
        period = dialog.period()
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("supervisor", "Export the assessment workbook"),
            str(self.ctx.data_dir.exports / workbook_file_name(*period.month_texts(), ".xlsx")),
            QCoreApplication.translate(
                "supervisor", "Excel workbook (*.xlsx);;CSV files, one per sheet (*.csv)"
            ),
        )
        if name:
            self.export_to(Path(name), period)

    def export_to(self, path: Path, period: Period | None = None) -> int:
        """Write the workbook in the background; `workbook_exported` tells when it is done."""
        from inspector_app.services.supervision.workbook import export_workbook

        ctx = self.ctx
        self.progress.setRange(0, 0)  # busy: the export reports no steps
        self.progress.setVisible(True)
        return self.runner.run(
            lambda: export_workbook(ctx, path, period),
            self._workbook_written,
            self._workbook_failed,
            write=True,
        )

    def _workbook_written(self, written: list[Path]) -> None:
        self.progress.setVisible(False)
        self.progress.setRange(0, 1)
        self.results.addItem(
            QCoreApplication.translate("supervisor", "Exported: %1").replace(
                "%1", ", ".join(str(p) for p in written)
            )
        )
        self.workbook_exported.emit(written)

    def _workbook_failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.progress.setRange(0, 1)
        show_error(self, error)


class SupervisorWindow(QMainWindow):
    """The workspace in a window of its own."""

    def __init__(self, ctx: AppContext, lang: str = "zh") -> None:
        super().__init__()
        self.setObjectName("supervisor_window")
        self.setWindowTitle(
            QCoreApplication.translate("supervisor", "Supervision — received inspections")
        )
        self.workspace = SupervisorWorkspace(ctx, lang, self)
        self.setCentralWidget(self.workspace)
        refresh = QAction(QCoreApplication.translate("supervisor", "Refresh"), self)
        refresh.setShortcut("F5")
        refresh.triggered.connect(self.workspace.refresh)
        self.addAction(refresh)
        self.resize(1200, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A workbook being written is finished first, so no half-written file is left.
        self.workspace.runner.shutdown()
        super().closeEvent(event)


def show_supervisor_window(ctx: AppContext, lang: str = "zh") -> SupervisorWindow:
    window = SupervisorWindow(ctx, lang)
    window.show()
    return window
