"""One helper that runs work off the GUI thread and posts the result back by signal."""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Callbacks:
    on_done: Done | None
    on_error: Failed | None


class _Job(QRunnable):
    """Runs one function in a pool thread; never touches widgets."""

    def __init__(self, runner: TaskRunner, job_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._runner, self._job_id, self._work = runner, job_id, work

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides
            self._runner.job_failed.emit(self._job_id, error)
        else:
            self._runner.job_finished.emit(self._job_id, result)


class TaskRunner(QObject):
    """Reads run in a small pool; writes and exports run in order on one thread."""

    job_finished = Signal(int, object)
    job_failed = Signal(int, object)
    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self.default_error: Failed = report_unexpected
        self.job_finished.connect(self._deliver)
        self.job_failed.connect(self._fail)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        write: bool = False,
    ) -> int:
        """Start `work` in a pool; `on_done(result)` or `on_error(error)` run on the GUI thread."""
        job_id = next(self._ids)
        self._pending[job_id] = _Callbacks(on_done, on_error)
        pool = self._writes if write else self._reads
        pool.start(_Job(self, job_id, work))
        return job_id

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object)
    def _deliver(self, job_id: int, result: object) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks and callbacks.on_done:
            callbacks.on_done(result)

    @Slot(int, object)
    def _fail(self, job_id: int, error: object) -> None:
        callbacks = self._pending.pop(job_id, None)
        assert isinstance(error, BaseException)
        handler = callbacks.on_error if callbacks and callbacks.on_error else self.default_error
        handler(error)

    def drain(self, timeout_ms: int = 30_000) -> None:
        """Wait for all queued work and deliver its results (shutdown, tests)."""
        for _ in range(100):
            self._writes.waitForDone(timeout_ms)
            self._reads.waitForDone(timeout_ms)
            QCoreApplication.processEvents()
            if not self._pending:
                return

    def shutdown(self) -> None:
        """Let queued writes finish so nothing typed is lost; results are not delivered."""
        self._writes.waitForDone(-1)
        self._reads.waitForDone(-1)
        self._pending.clear()


def report_unexpected(error: BaseException) -> None:
    """A bug in background work goes to the crash handler like one on the GUI thread."""
    sys.excepthook(type(error), error, error.__traceback__)
