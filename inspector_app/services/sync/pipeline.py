"""Checking bundles across the cores: reading, hashing and every check of verify.py run in
worker processes; the importer writes what they found, one bundle at a time, in order.

The checks are CPU work (zip inflate, SHA-256 of every photo, CMS and PDF signatures,
mostly Python in pyHanko), so threads would queue on the GIL. Workers are spawned, not
forked: the caller may be a Qt application with threads of its own. A handful of files is
checked in the caller's process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import concurrent.futures as cf
import copyreg
import hashlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.sync.model import BundleLimits, BundleRejected
from inspector_app.services.sync.verify import (
    BundleCheck,
    CheckVerdict,
    check_bundle,
    read_bundle_file,
)

log = logging.getLogger(__name__)

PARALLEL_FROM = 4  # fewer files than this are checked in the caller's process
AHEAD_PER_WORKER = 2  # bundles read ahead per worker: bounds the memory a batch holds


def _certificate_from_der(der: bytes) -> x509.Certificate:
    return x509.load_der_x509_certificate(der)


def _reduce_certificate(
    certificate: x509.Certificate,
) -> tuple[Callable[[bytes], x509.Certificate], tuple[bytes]]:
    return _certificate_from_der, (certificate.public_bytes(Encoding.DER),)


# cryptography's certificates do not pickle; they cross between processes as DER. This
# module is imported in the workers too, so both ends register it.
copyreg.pickle(x509.Certificate, _reduce_certificate)


@dataclass(frozen=True)
class CheckedFile:
    """What the check of one file found. `check` is None when the file's bytes were
    imported before (`sha256` is in the known set): nothing else was checked. `data` is
    kept only for a held bundle, which is copied to held/ as it came. `checked_by` is the
    process that did the work (for the log, and to show where checks run)."""

    path: Path
    sha256: str
    check: BundleCheck | None
    data: bytes | None = None
    checked_by: int = field(default_factory=os.getpid)


def check_file(
    path: Path, trusted: Sequence[x509.Certificate], known: Container[str], limits: BundleLimits
) -> CheckedFile:
    """Read, hash and check one bundle file; never raises for a bad file."""
    try:
        data = read_bundle_file(path, limits)
    except BundleRejected as error:
        return CheckedFile(
            path, "0" * 64, BundleCheck(CheckVerdict.REJECTED, error.message, "0" * 64)
        )
    sha = hashlib.sha256(data).hexdigest()
    if sha in known:
        return CheckedFile(path, sha, None)
    try:
        check = check_bundle(data, trusted, limits, sha256=sha)
    except Exception as error:
        log.exception("unexpected error while checking %s", path)
        reason = msg(
            QT_TRANSLATE_NOOP("service", "Unexpected error while checking the bundle ({kind})."),
            kind=type(error).__name__,
        )
        check = BundleCheck(CheckVerdict.REJECTED, reason, sha)
    return CheckedFile(path, sha, check, data if check.verdict is CheckVerdict.HELD else None)


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def checked_files(
    paths: Sequence[Path],
    trusted: Sequence[x509.Certificate],
    known: Container[str],
    limits: BundleLimits,
) -> Iterator[CheckedFile]:
    """Each file's check, in the order of `paths`, checked ahead in worker processes."""
    if len(paths) < PARALLEL_FROM or _workers() == 1:
        for path in paths:
            yield check_file(path, trusted, known, limits)
        return
    yield from _in_workers(paths, trusted, known, limits)


def _in_workers(
    paths: Sequence[Path],
    trusted: Sequence[x509.Certificate],
    known: Container[str],
    limits: BundleLimits,
) -> Iterator[CheckedFile]:
    workers = _workers()
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[Path, cf.Future[CheckedFile]]] = deque()
    queue = iter(paths)
    with cf.ProcessPoolExecutor(workers, mp_context=context) as pool:
        try:
            for path in queue:
                pending.append((path, pool.submit(check_file, path, trusted, known, limits)))
                if len(pending) >= workers * AHEAD_PER_WORKER:
                    yield _result(*pending.popleft(), trusted, known, limits)
            while pending:
                yield _result(*pending.popleft(), trusted, known, limits)
        finally:  # the caller stopped early (cancelled) or failed: drop what is queued
            pool.shutdown(wait=True, cancel_futures=True)


def _result(
    path: Path,
    future: cf.Future[CheckedFile],
    trusted: Sequence[x509.Certificate],
    known: Container[str],
    limits: BundleLimits,
) -> CheckedFile:
    """The worker's answer; if the worker itself died (out of memory, killed), the file
    is checked again here, so a crash of one check is that file's problem alone."""
    try:
        return future.result()
    except (cf.process.BrokenProcessPool, cf.CancelledError, OSError):
        log.warning("a check worker failed on %s; checking it in this process", path)
        return check_file(path, trusted, known, limits)
