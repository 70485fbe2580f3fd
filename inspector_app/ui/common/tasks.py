"""One helper that runs work off the GUI thread and posts the result back by signal.

Long work is given a `Task`: it reports how far it got (`task.report`) and, between its
units, learns that the person asked to stop (`report` and `check` raise TaskCancelled).
A service that takes a progress callback is cancellable between its units without
knowing about cancelling: what it finished stays finished, the rest is not started.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import CodeType
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], object]
Failed = Callable[[BaseException], None]


class TaskCancelled(BaseException):
    """Raised inside work whose cancel was asked for. A BaseException, as asyncio's
    CancelledError is, so that a service's `except Exception` does not swallow it."""


@dataclass(frozen=True)
class Progress:
    """How far a task got: `done` of `total` units (total 0: unknown), what it is doing,
    and the unit just finished (an import outcome, say) for the GUI to show."""

    done: int
    total: int
    label: str = ""
    item: object = None


Progressed = Callable[[Progress], None]

Work = TypeVar("Work", bound=Callable[..., Any])
BACKGROUND_WORK: set[CodeType] = set()


def background_work(function: Work) -> Work:
    """Marks a ui function that reads the database or the disk: it is only ever handed to
    the runner, never called on the GUI thread (tests/ui/gui_thread_guard.py knows these)."""
    BACKGROUND_WORK.add(function.__code__)
    return function


class Task:
    """A handle shared by the GUI (cancel) and the work (report, check)."""

    def __init__(self, runner: TaskRunner, task_id: int) -> None:
        self._runner, self.id = runner, task_id
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next unit; what it finished stays."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Between units of work: stop here when cancelling was asked for."""
        if self._cancel.is_set():
            raise TaskCancelled

    def report(self, done: int, total: int, label: str = "", item: object = None) -> None:
        """Tell the GUI how far the work got, then stop if cancelling was asked for."""
        self._runner.job_progressed.emit(self.id, Progress(done, total, label, item))
        self.check()


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = True


@contextlib.contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """No cyclic garbage collection while bulk work runs. A full collection holds the GIL,
    so it stops the GUI thread too, and work that makes millions of objects (a workbook of
    100,000 inspections) triggers one after another, each of hundreds of milliseconds.
    Reference counting still frees nearly everything; cycles wait for the work to end."""
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


# Pool threads give way to the GUI thread when the cores are busy: on Linux a thread has
# its own nice value (the scheduler would otherwise share the time equally among them).
BACKGROUND_NICENESS = 5
_thread_state = threading.local()


def _lower_this_threads_priority() -> None:
    if getattr(_thread_state, "lowered", False) or not hasattr(os, "setpriority"):
        return
    _thread_state.lowered = True
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
    except OSError:  # not allowed here: the work runs at the usual priority
        log.debug("background threads keep their priority", exc_info=True)


def freeze_long_lived_objects() -> None:
    """Objects made while a window opens (modules, forms, widgets) live as long as it does:
    out of the collector's reach, a full collection (it holds the GIL, so the GUI waits)
    looks only at what came since: about 80 ms less each, with the supervisor's window."""
    gc.collect()
    gc.freeze()


@dataclass
class _Callbacks:
    on_done: Done | None
    on_error: Failed | None
    on_progress: Progressed | None = None
    on_cancelled: Callable[[], None] | None = None


class _Job(QRunnable):
    """Runs one function in a pool thread; never touches widgets."""

    def __init__(
        self, runner: TaskRunner, task: Task, work: Callable[[Task], Any], bulk: bool
    ) -> None:
        super().__init__()
        self._runner, self._task, self._work, self._bulk = runner, task, work, bulk

    def run(self) -> None:
        job_id = self._task.id
        _lower_this_threads_priority()
        quiet = garbage_collection_paused() if self._bulk else contextlib.nullcontext()
        try:
            with quiet:
                result = self._work(self._task)
        except TaskCancelled:
            self._runner.job_cancelled.emit(job_id)
        except BaseException as error:  # handed to the GUI thread, which decides
            self._runner.job_failed.emit(job_id, error)
        else:
            self._runner.job_finished.emit(job_id, result)


# A thread that wants the GIL waits this long before the one running Python must hand it
# over (Python's default is 5 ms). The GUI thread needs the GIL for every slot: while a
# worker runs Python, each heartbeat of the event loop waited up to 5 ms more. Work alone
# is not slowed: the interval only counts while another thread is waiting.
GIL_SWITCH_INTERVAL_S = 0.001


def _hand_the_gil_over_sooner() -> None:
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


class TaskRunner(QObject):
    """Reads run in a small pool; writes and exports run in order on one thread.

    The only owner of thread pools in the app: every background job goes through one."""

    job_finished = Signal(int, object)
    job_failed = Signal(int, object)
    job_progressed = Signal(int, object)  # job id, Progress
    job_cancelled = Signal(int)
    idle_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        _hand_the_gil_over_sooner()
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self.default_error: Failed = report_unexpected
        self.job_finished.connect(self._deliver)
        self.job_failed.connect(self._fail)
        self.job_progressed.connect(self._progressed)
        self.job_cancelled.connect(self._cancelled)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        write: bool = False,
    ) -> int:
        """Start `work` in a pool; `on_done(result)` or `on_error(error)` run on the GUI thread."""
        return self.start(lambda _task: work(), on_done, on_error, write=write).id

    def start(
        self,
        work: Callable[[Task], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        on_progress: Progressed | None = None,
        on_cancelled: Callable[[], None] | None = None,
        write: bool = False,
        bulk: bool = False,
    ) -> Task:
        """Start `work(task)` in a pool. On the GUI thread, in order: `on_progress(Progress)`
        for each report, then one of `on_done(result)`, `on_error(error)` or `on_cancelled()`.
        `bulk`: one big read that makes millions of objects, run without garbage collection
        pauses (see garbage_collection_paused); not for work that makes many cycles."""
        task = Task(self, next(self._ids))
        self._pending[task.id] = _Callbacks(on_done, on_error, on_progress, on_cancelled)
        pool = self._writes if write else self._reads
        pool.start(_Job(self, task, work, bulk))
        return task

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

    @Slot(int, object)
    def _progressed(self, job_id: int, progress: object) -> None:
        callbacks = self._pending.get(job_id)
        if callbacks and callbacks.on_progress:
            assert isinstance(progress, Progress)
            callbacks.on_progress(progress)

    @Slot(int)
    def _cancelled(self, job_id: int) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks and callbacks.on_cancelled:
            callbacks.on_cancelled()

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


class LatestRequest:
    """Reads where only the newest request counts: a list asked for again (another filter)
    before the last answer came back drops that answer instead of showing it late."""

    def __init__(self, runner: TaskRunner, busy: Callable[[bool], None] | None = None) -> None:
        self._runner, self._busy = runner, busy
        self._latest = 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        write: bool = False,
    ) -> int:
        """`write`: read behind the queued writes (what was just typed is read back)."""
        job_id = 0

        def done(result: object) -> None:
            if job_id == self._latest:
                self._settle()
                on_done(result)

        def failed(error: BaseException) -> None:
            if job_id == self._latest:
                self._settle()
                (on_error or self._runner.default_error)(error)

        job_id = self._latest = self._runner.run(work, done, failed, write=write)
        if self._busy:
            self._busy(True)
        return job_id

    @property
    def pending(self) -> bool:
        return self._latest != 0

    def _settle(self) -> None:
        self._latest = 0
        if self._busy:
            self._busy(False)


def report_unexpected(error: BaseException) -> None:
    """A bug in background work goes to the crash handler like one on the GUI thread."""
    sys.excepthook(type(error), error, error.__traceback__)
