"""Importing bundles off the GUI thread, with progress reported back by signal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from inspector_app.services.bundles.importer import Importer, ImportOutcome
from inspector_app.services.context import AppContext


class ImportSignals(QObject):
    progressed = Signal(int, int, object)  # done, total, ImportOutcome
    finished = Signal(object)  # list[ImportOutcome]
    failed = Signal(object)  # BaseException


class ImportJob(QRunnable):
    """Runs one batch import in the pool; never touches widgets."""

    def __init__(self, ctx: AppContext, paths: Sequence[Path]) -> None:
        super().__init__()
        self.ctx, self.paths = ctx, list(paths)
        self.signals = ImportSignals()

    def run(self) -> None:
        try:
            outcomes = Importer(self.ctx).import_paths(self.paths, self._progress)
        except BaseException as error:  # handed to the GUI thread, which reports it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(outcomes)

    def _progress(self, done: int, total: int, outcome: ImportOutcome) -> None:
        self.signals.progressed.emit(done, total, outcome)


def start_import(ctx: AppContext, paths: Sequence[Path], pool: QThreadPool) -> ImportJob:
    job = ImportJob(ctx, paths)
    job.setAutoDelete(False)  # the caller keeps it so its signals outlive run()
    pool.start(job)
    return job
