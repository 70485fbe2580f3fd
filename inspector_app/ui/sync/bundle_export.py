"""Exporting signed inspections as sync bundles, in the write queue with progress."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressBar, QWidget

from inspector_app.core.errors import PassphraseError
from inspector_app.ui.common.messages import inform, show_error
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.signing.signing_page import ask_passphrase

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext


class BundleExporter(QObject):
    """Writes one *.inspection.zip per inspection into a folder, then offers to show it."""

    advanced = Signal(int, int)  # done, total: emitted from the write thread
    bundles_exported = Signal(list)  # list[Path]

    def __init__(
        self, ctx: AppContext, runner: TaskRunner, progress: QProgressBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.progress = ctx, runner, progress
        self.window = parent
        self.advanced.connect(self._show_progress)

    def choose_folder(self, inspection_ids: Sequence[int]) -> None:
        """Ask where to write (the data folder's exports/ by default), then export."""
        if not inspection_ids:
            inform(
                self.window,
                self.tr("Nothing to export"),
                self.tr("Every signed inspection is exported already."),
            )
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Export sync bundles to"), str(self.ctx.data_dir.exports)
        )
        if folder:
            self.export(inspection_ids, Path(folder))

    def export(self, inspection_ids: Sequence[int], folder: Path) -> bool:
        """Start the export in the write queue (after any pending change); False if no
        passphrase was given."""
        passphrase = ask_passphrase(self.window)
        if passphrase is None:
            return False
        from inspector_app.services.sync.export import export_bundles

        ids, ctx, progress = list(inspection_ids), self.ctx, self.advanced.emit
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.progress.show()
        self.runner.run(
            lambda: export_bundles(ctx, ids, folder, passphrase, progress=progress),
            self._exported,
            self._failed,
            write=True,
        )
        return True

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _exported(self, written: list[Path]) -> None:
        self.progress.hide()
        folder = written[0].parent if written else self.ctx.data_dir.exports
        box = inform(
            self.window,
            self.tr("Sync bundles exported"),
            self.tr("%1 sync bundles written to %2")
            .replace("%1", str(len(written)))
            .replace("%2", str(folder)),
        )
        show = box.addButton(self.tr("Show folder"), box.ButtonRole.ActionRole)
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        self.bundles_exported.emit(written)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, PassphraseError):
            error.message = self.tr("Wrong passphrase for the signing key.")
        show_error(self.window, error)
