"""The supervisor's workspace: received list, dashboard, held bundles, import, trust, export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
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
from inspector_app.services.sync.held import HeldBundle, held_bundles, held_signer
from inspector_app.services.sync.importer import ImportOutcome
from inspector_app.services.sync.model import SUFFIX
from inspector_app.ui.common.messages import error_text, show_error
from inspector_app.ui.common.tasks import (
    LatestRequest,
    Progress,
    Task,
    TaskRunner,
    freeze_long_lived_objects,
)
from inspector_app.ui.common.work_bar import WorkBar
from inspector_app.ui.supervisor.dashboard import DashboardPage
from inspector_app.ui.supervisor.held_panel import HeldPanel
from inspector_app.ui.supervisor.import_worker import (
    ImportWork,
    accept_work,
    import_work,
    trust_and_release_work,
)
from inspector_app.ui.supervisor.models import held_model
from inspector_app.ui.supervisor.period_dialog import PeriodDialog
from inspector_app.ui.supervisor.received import ReceivedPage, fit_columns
from inspector_app.ui.supervisor.trust_dialog import TrustDialog
from inspector_app.ui.supervisor.watch import WATCH_KEY, FolderWatch, saved_watch_folder
from inspector_app.ui.supervisor.words import outcome_text

if TYPE_CHECKING:
    from cryptography.x509 import Certificate


def _describe(outcome: ImportOutcome) -> str:
    return outcome_text(outcome.name, outcome.verdict, outcome.reason)


class SupervisorWorkspace(QWidget):
    """Everything a supervisor does with inspections received from inspectors."""

    workbook_exported = Signal(list)  # list[Path], on the GUI thread
    imported = Signal(list)  # list[ImportOutcome], once shown
    long_work_cancelled = Signal()

    def __init__(self, ctx: AppContext, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        # Every read, write, import and export of the window runs here, off the GUI thread.
        self.runner = TaskRunner(self)
        self.import_task: Task | None = None
        self.export_task: Task | None = None
        self._held_request = LatestRequest(self.runner)
        self.received = ReceivedPage(ctx, lang, runner=self.runner)
        self.dashboard = DashboardPage(ctx, lang, runner=self.runner)
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
        self.work_bar = WorkBar()
        self.work_bar.cancel_clicked.connect(self.cancel_long_work)
        self.progress = self.work_bar.progress
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.hide()  # shown with the first import or export result
        self.results.model().rowsInserted.connect(lambda *_: self.results.show())
        self.watch_label = QLabel()
        self.watch_label.setTextFormat(Qt.TextFormat.PlainText)  # the folder's name
        self.watch_label.hide()  # shown once the folder is known to be one
        self.folder_watch = FolderWatch(self, self.runner)
        self.folder_watch.bundles_arrived.connect(self._arrived)
        self.folder_watch.watching.connect(self._watching)
        self._waiting: list[Path] = []
        self._lay_out()
        self.setAcceptDrops(True)
        self.refresh()
        self.set_watch_folder(saved_watch_folder(), remember=False)

    def _held_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "supervisor",
                    "Bundles whose signer is not on the trust list, or that continue "
                    "another inspector's inspection. They are not counted anywhere until "
                    "the signer is trusted or the revision accepted.",
                )
            )
        )
        layout.addWidget(self.held_view)
        trust = QPushButton(
            QCoreApplication.translate("supervisor", "Trust this signer and import…")
        )
        trust.clicked.connect(self.trust_selected_signer)
        layout.addWidget(trust)
        # Another inspector's revision: shown beside the one here, accepted or refused.
        self.held_panel = HeldPanel(self.runner)
        self.held_panel.accept_requested.connect(
            lambda bundle: self._start(accept_work(self.ctx, bundle))
        )
        self.held_panel.refuse_requested.connect(self.refuse_held_bundle)
        self.held_view.clicked.connect(
            lambda index: self.held_panel.show_bundle(self.held.row_at(index.row()))
        )
        layout.addWidget(self.held_panel)
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
        bar.addWidget(self.work_bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.watch_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.results)

    def refresh(self) -> None:
        """Ask for the lists and figures again; each is shown as its answer comes back."""
        self.received.reload_choices()
        self.received.refresh()
        self.dashboard.refresh()
        ctx = self.ctx
        # Held bundles are files: their project and date are read from each one.
        self._held_request.run(lambda: held_bundles(ctx), self._show_held)

    def _show_held(self, rows: list[HeldBundle]) -> None:
        self.held.set_rows(rows)
        self.held_panel.show_bundle(None)
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
        self.folder_watch.watch(folder)  # `watching` says whether it is a folder

    def _watching(self, folder: Path | None) -> None:
        self.watch_label.setVisible(folder is not None)
        self.watch_label.setText(
            QCoreApplication.translate(
                "supervisor", "Bundles arriving in %1 are imported automatically."
            ).replace("%1", str(folder))
        )

    def _arrived(self, paths: list[Path]) -> None:
        # One import at a time: bundles that arrive meanwhile wait for it to finish.
        self._waiting += paths
        if self.import_task is None:
            waiting, self._waiting = self._waiting, []
            self.import_paths(waiting)

    def import_paths(self, paths: list[Path]) -> Task:
        return self._start(import_work(self.ctx, paths))

    def _start(self, work: ImportWork) -> Task:
        self.results.clear()
        self.work_bar.begin()
        self._import_progress = Progress(0, 0)
        self.import_task = self.runner.start(
            work,
            self._finished,
            self._failed,
            on_progress=self._progressed,
            on_cancelled=self._import_cancelled,
            write=True,  # one batch at a time, in order with the other writes
        )
        return self.import_task

    def _progressed(self, progress: Progress) -> None:
        self.work_bar.advance(progress)
        self._import_progress = progress
        assert isinstance(progress.item, ImportOutcome)
        self.results.addItem(_describe(progress.item))

    def _finished(self, outcomes: list[ImportOutcome]) -> None:
        accepted = sum(o.accepted for o in outcomes)
        self.results.addItem(
            QCoreApplication.translate("supervisor", "%1 of %2 bundles imported or already here")
            .replace("%1", str(accepted))
            .replace("%2", str(len(outcomes)))
        )
        self._import_over()
        self.imported.emit(outcomes)

    def _import_cancelled(self) -> None:
        self.results.addItem(
            QCoreApplication.translate(
                "supervisor",
                "Import cancelled after %1 of %2 bundles; the others were not imported.",
            )
            .replace("%1", str(self._import_progress.done))
            .replace("%2", str(self._import_progress.total))
        )
        self._waiting.clear()  # cancelling stops the waiting bundles too
        self._import_over()
        self.long_work_cancelled.emit()

    def _import_over(self) -> None:
        self.import_task = None
        self._end_long_work()
        self.refresh()
        if self._waiting:
            self._arrived([])

    def _failed(self, error: BaseException) -> None:
        self.import_task = None
        self._end_long_work()
        text = error_text(error) if isinstance(error, InspectorError) else str(error)
        QMessageBox.warning(self, QCoreApplication.translate("supervisor", "Import failed"), text)

    def cancel_long_work(self) -> None:
        """The Cancel button: the import or export stops at its next step."""
        for task in (self.import_task, self.export_task):
            if task is not None:
                task.cancel()

    def _end_long_work(self) -> None:
        if self.import_task is None and self.export_task is None:
            self.work_bar.end()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)

    def refuse_held_bundle(self, bundle: HeldBundle) -> None:
        """Log a held bundle as refused and remove it, on the runner's writer."""
        from inspector_app.services.sync.held import refuse_held

        ctx = self.ctx
        self.runner.run(
            lambda: refuse_held(ctx, bundle),
            lambda _outcome: self._held_refused(),
            lambda error: show_error(self, error),  # a full disk: said, nothing lost
            write=True,
        )

    def _held_refused(self) -> None:
        self.held_panel.show_bundle(None)
        self.refresh()

    # -- trust -----------------------------------------------------------------------

    def trust_selected_signer(self) -> int | None:
        """Read the selected bundle's signer (a full check of the file, in the background),
        then ask, then trust them and import their held bundles."""
        rows = self.held_view.selectionModel().selectedRows()
        if not rows:
            return None
        bundle, ctx = self.held.row_at(rows[0].row()), self.ctx
        return self.runner.run(
            lambda: held_signer(ctx, bundle),
            lambda certificate: self._ask_trust(certificate, bundle),
            self._no_signer,
        )

    def _no_signer(self, error: BaseException) -> None:
        if not isinstance(error, InspectorError):
            raise error  # a bug: to the crash handler
        QMessageBox.warning(
            self, QCoreApplication.translate("supervisor", "Not trusted"), error_text(error)
        )  # file gone, unreadable
        self.refresh()

    def _ask_trust(self, certificate: Certificate | None, bundle: HeldBundle) -> None:
        if certificate is None:
            return
        from inspector_app.services.signing.identity import certificate_pem, describe_certificate
        from inspector_app.ui.supervisor.trust_prompt import trust_question

        box = trust_question(self, describe_certificate(certificate), bundle.look_alike_of)
        answers: list[QMessageBox.StandardButton] = []
        box.buttonClicked.connect(lambda button: answers.append(box.standardButton(button)))
        box.exec()
        if answers != [QMessageBox.StandardButton.Yes]:  # No, Esc or closed: nothing trusted
            return
        # Each held bundle is verified in full (its signed report too): not on this thread.
        self._start(trust_and_release_work(self.ctx, certificate_pem(certificate)))

    def open_trust_list(self) -> None:
        dialog = TrustDialog(self.ctx, self, self.runner)
        dialog.held_released.connect(lambda _outcomes: self.refresh())  # may come after it closes
        dialog.exec()
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

    def export_to(self, path: Path, period: Period | None = None) -> Task:
        """Write the workbook in the background, rows counted in the progress bar, with
        Cancel; `workbook_exported` tells when it is done. A cancelled XLSX leaves no file."""
        ctx = self.ctx

        def work(task: Task) -> list[Path]:
            # Imported here, in the worker: the first import reads and compiles modules.
            from inspector_app.services.supervision.workbook import export_workbook

            return export_workbook(ctx, path, period, progress=task.report)

        self.work_bar.begin()  # busy while the rows are read: the count comes after
        self.export_task = self.runner.start(
            work,
            self._workbook_written,
            self._workbook_failed,
            on_progress=self.work_bar.advance,
            on_cancelled=self._export_cancelled,
            write=True,
            bulk=True,  # every row of the period read at once
        )
        return self.export_task

    def _export_over(self) -> None:
        self.export_task = None
        self._end_long_work()

    def _workbook_written(self, written: list[Path]) -> None:
        self._export_over()
        self.results.addItem(
            QCoreApplication.translate("supervisor", "Exported: %1").replace(
                "%1", ", ".join(str(p) for p in written)
            )
        )
        self.workbook_exported.emit(written)

    def _export_cancelled(self) -> None:
        self._export_over()
        self.results.addItem(
            QCoreApplication.translate("supervisor", "Export cancelled; no workbook was written.")
        )
        self.long_work_cancelled.emit()

    def _workbook_failed(self, error: BaseException) -> None:
        self._export_over()
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
    freeze_long_lived_objects()
    return window
