"""Running photo ingestion on several processes: bounded, in input order, cancellable."""

from __future__ import annotations

import logging
import multiprocessing
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.evidence.photos import (
    IngestOutcome,
    IngestStatus,
    ProgressCallback,
    ingest_photo,
)
from inspector_app.storage.media import MediaStore

log = logging.getLogger(__name__)

# Files handed to the pool but not finished. Workers receive paths and return small
# outcomes, so this bounds memory (pixels never cross processes) while keeping cores busy.
IN_FLIGHT_PER_WORKER = 2
_POLL_SECONDS = 0.2  # how quickly a cancel request is noticed while files are running
_WORKER_LOST = msg(
    QT_TRANSLATE_NOOP("service", "processing stopped unexpectedly; add this photo again")
)


def ingest_task(path: Path, store: MediaStore, max_pixels: int) -> IngestOutcome:
    """The work of one pool process; top level so that 'spawn' workers can import it."""
    return ingest_photo(path, store, max_pixels=max_pixels)


def _cancelled(path: Path) -> IngestOutcome:
    return IngestOutcome(
        path, IngestStatus.CANCELLED, reason=msg(QT_TRANSLATE_NOOP("service", "cancelled"))
    )


def run_batch(
    sources: list[Path],
    store: MediaStore,
    workers: int,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
    max_pixels: int,
) -> list[IngestOutcome]:
    """Ingest `sources` with `workers` processes (one: in this thread)."""
    if workers <= 1:
        outcomes = _run_here(sources, store, progress, cancel, max_pixels)
    else:
        outcomes = _PoolRun(sources, store, workers, progress, cancel, max_pixels).run()
    return _first_copy_is_added(outcomes)


def _run_here(
    sources: list[Path],
    store: MediaStore,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
    max_pixels: int,
) -> list[IngestOutcome]:
    outcomes: list[IngestOutcome] = []
    for path in sources:
        if cancel is not None and cancel.is_set():
            break
        outcomes.append(ingest_photo(path, store, max_pixels=max_pixels))
        if progress is not None:
            progress(len(outcomes), len(sources))
    return outcomes + [_cancelled(path) for path in sources[len(outcomes) :]]


def _first_copy_is_added(outcomes: list[IngestOutcome]) -> list[IngestOutcome]:
    """When a batch holds the same photo twice, report the first one in input order as
    added, whichever worker happened to store it first."""
    added = {
        o.info.sha256 for o in outcomes if o.status is IngestStatus.ADDED and o.info is not None
    }
    seen: set[str] = set()
    fixed = []
    for outcome in outcomes:
        info = outcome.info
        if info is not None and info.sha256 in added:
            status = IngestStatus.ALREADY_PRESENT if info.sha256 in seen else IngestStatus.ADDED
            seen.add(info.sha256)
            outcome = replace(outcome, status=status)
        fixed.append(outcome)
    return fixed


class _PoolRun:
    """One batch on a process pool; a pool that dies (a crashing decoder) is replaced."""

    def __init__(
        self,
        sources: list[Path],
        store: MediaStore,
        workers: int,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        max_pixels: int,
    ) -> None:
        self.sources = sources
        self.store = store
        self.workers = workers
        self.progress = progress
        self.cancel = cancel
        self.max_pixels = max_pixels
        self.outcomes: list[IngestOutcome | None] = [None] * len(sources)
        self.pending: dict[Future[IngestOutcome], int] = {}
        self.next_index = 0
        self.done = 0
        self.broken = False

    def run(self) -> list[IngestOutcome]:
        executor = self._new_executor()
        try:
            while True:
                executor = self._feed(executor)
                if not self.pending:
                    break
                finished, _ = wait(self.pending, _POLL_SECONDS, FIRST_COMPLETED)
                for future in finished:
                    self._collect(future)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)
        return [
            outcome or self._unfinished(path)
            for outcome, path in zip(self.outcomes, self.sources, strict=True)
        ]

    def _unfinished(self, path: Path) -> IngestOutcome:
        if self._cancel_requested():
            return _cancelled(path)
        return IngestOutcome(path, IngestStatus.FAILED, reason=_WORKER_LOST)

    def _new_executor(self) -> ProcessPoolExecutor:
        # 'spawn' everywhere: forking a process that runs Qt threads is unsafe.
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def _cancel_requested(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def _feed(self, executor: ProcessPoolExecutor) -> ProcessPoolExecutor:
        if self._cancel_requested():
            for future in list(self.pending):
                if future.cancel():
                    del self.pending[future]
            return executor
        if self.broken and not self.pending:
            executor.shutdown(wait=True)
            executor, self.broken = self._new_executor(), False
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while (
            not self.broken and self.next_index < len(self.sources) and (len(self.pending) < limit)
        ):
            self._submit(executor)
        return executor

    def _submit(self, executor: ProcessPoolExecutor) -> None:
        index = self.next_index
        try:
            future = executor.submit(ingest_task, self.sources[index], self.store, self.max_pixels)
        except BrokenProcessPool:
            self.broken = True
            return
        self.pending[future] = index
        self.next_index += 1

    def _collect(self, future: Future[IngestOutcome]) -> None:
        index = self.pending.pop(future)
        if future.cancelled():
            return
        try:
            outcome = future.result()
        except BrokenProcessPool:
            log.error("A photo worker died while processing %s", self.sources[index])
            self.broken = True
            outcome = IngestOutcome(self.sources[index], IngestStatus.FAILED, reason=_WORKER_LOST)
        self.outcomes[index] = outcome
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, len(self.sources))
