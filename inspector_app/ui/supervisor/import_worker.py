"""Importing bundles off the GUI thread, with progress reported back by signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from inspector_app.services.context import AppContext
from inspector_app.services.sync.importer import Importer, ImportOutcome, Progress

ImportWork = Callable[[Progress], list[ImportOutcome]]


class ImportSignals(QObject):
    progressed = Signal(int, int, object)  # done, total, ImportOutcome
    finished = Signal(object)  # list[ImportOutcome]
    failed = Signal(object)  # BaseException


class ImportJob(QRunnable):
    """Runs one batch of imports in the pool; never touches widgets."""

    def __init__(self, work: ImportWork) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps it so its signals outlive run()
        self.work = work
        self.signals = ImportSignals()

    def run(self) -> None:
        try:
            outcomes = self.work(self._progress)
        except BaseException as error:  # handed to the GUI thread, which reports it
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(outcomes)

    def _progress(self, done: int, total: int, outcome: ImportOutcome) -> None:
        self.signals.progressed.emit(done, total, outcome)


def import_job(ctx: AppContext, paths: Sequence[Path]) -> ImportJob:
    """Import bundle files and folders of bundles."""
    paths = list(paths)
    return ImportJob(lambda progress: Importer(ctx).import_paths(paths, progress))


def trust_and_release_job(ctx: AppContext, certificate_pem: bytes) -> ImportJob:
    """Trust a signer, then import the held bundles that are now trusted."""
    from inspector_app.services.sync.held import trust_and_release

    return ImportJob(lambda progress: trust_and_release(ctx, certificate_pem, progress))
