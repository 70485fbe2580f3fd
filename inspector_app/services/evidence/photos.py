"""Photo ingestion: check and decode each file, store the original, write derived copies."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from inspector_app.core.errors import StorageError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.evidence.render import (
    DEFAULT_MAX_PIXELS,
    PhotoRejected,
    RenderedPhoto,
    render_file,
)
from inspector_app.storage.files import atomic_write_bytes
from inspector_app.storage.media import MediaStore

log = logging.getLogger(__name__)


class IngestStatus(StrEnum):
    """What became of one source file: new in the store, the same content stored before,
    not evidence (`reason` says why), not taken by the store (disk full, read-only) or never
    processed (the batch was cancelled)."""

    ADDED = "added"
    ALREADY_PRESENT = "already_present"
    REJECTED = "rejected"
    FAILED = "failed"
    CANCELLED = "cancelled"


ProgressCallback = Callable[[int, int], None]
CHANGED_WHILE_ADDING = msg(
    QT_TRANSLATE_NOOP("service", "the file changed while it was being added; add it again")
)


@dataclass(frozen=True)
class PhotoInfo:
    """What the evidence record keeps about one stored photo."""

    sha256: str
    original_name: str
    size: int
    format: str  # "JPEG", "PNG", "WEBP", "HEIF", ...
    mime: str
    width: int  # after EXIF orientation
    height: int
    orientation: int | None  # EXIF 1..8
    captured_at: datetime | None  # naive local time, as cameras record it
    gps_lat: float | None
    gps_lon: float | None
    camera: str | None


@dataclass(frozen=True)
class IngestOutcome:
    """The result for one source file (see IngestStatus; `reason` says why when it was not
    stored)."""

    path: Path
    status: IngestStatus
    info: PhotoInfo | None = None
    reason: str | None = None

    @property
    def stored(self) -> bool:
        return self.status in (IngestStatus.ADDED, IngestStatus.ALREADY_PRESENT)


def _check_source(path: Path) -> tuple[int, int]:
    """Reject what is plainly not a photo file; return its (size, mtime) to spot changes."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise PhotoRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "cannot read file: {error}"),
                error=exc.strerror or str(exc),
            )
        ) from exc
    if not path.is_file():
        raise PhotoRejected(msg(QT_TRANSLATE_NOOP("service", "not a file")))
    if stat.st_size == 0:
        raise PhotoRejected(msg(QT_TRANSLATE_NOOP("service", "empty file")))
    return stat.st_size, stat.st_mtime_ns


def _changed_since(path: Path, seen: tuple[int, int]) -> bool:
    try:
        stat = path.stat()
    except OSError:
        return True
    return (stat.st_size, stat.st_mtime_ns) != seen


def _write_derived(store: MediaStore, sha: str, photo: RenderedPhoto, *, replace: bool) -> None:
    for kind, data in (("report", photo.report_jpeg), ("thumb", photo.thumb_jpeg)):
        target = store.derived_path(sha, kind)
        if replace or not target.is_file():
            atomic_write_bytes(target, data)


def _photo_info(path: Path, sha: str, size: int, photo: RenderedPhoto) -> PhotoInfo:
    facts = photo.facts
    return PhotoInfo(
        sha256=sha,
        original_name=path.name,
        size=size,
        format=photo.format,
        mime=photo.mime,
        width=photo.width,
        height=photo.height,
        orientation=photo.orientation,
        captured_at=facts.captured_at,
        gps_lat=facts.gps_lat,
        gps_lon=facts.gps_lon,
        camera=facts.camera,
    )


def ingest_photo(
    path: Path, store: MediaStore, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> IngestOutcome:
    """Check and decode `path`, then store it byte for byte with its derived copies.

    A rejected file leaves nothing in the store, because nothing is written before the
    file has been decoded completely.
    """
    path = Path(path)
    try:
        seen = _check_source(path)
        photo = render_file(path, max_pixels)
    except PhotoRejected as exc:
        log.info("Rejected %s: %s", path, exc.reason)
        return IngestOutcome(path, IngestStatus.REJECTED, reason=exc.reason)
    return _store(path, store, photo, seen)


def _store(
    path: Path, store: MediaStore, photo: RenderedPhoto, seen: tuple[int, int]
) -> IngestOutcome:
    """Store the decoded file and its copies; file-system failures are this file's outcome."""
    try:
        sha, newly_stored = store.put_file(path)
        if _changed_since(path, seen):
            # Someone (a syncing phone, a camera app) rewrote the file meanwhile: what was
            # stored may not be what was decoded, so do not vouch for it.
            return IngestOutcome(path, IngestStatus.FAILED, reason=CHANGED_WHILE_ADDING)
        _write_derived(store, sha, photo, replace=False)
        size = store.path_for(sha).stat().st_size
    except StorageError as exc:
        log.warning("Could not store %s: %s", path, exc.message)
        return IngestOutcome(path, IngestStatus.FAILED, reason=exc.message)
    except OSError as exc:  # the source vanished or became unreadable after decoding
        return IngestOutcome(
            path,
            IngestStatus.REJECTED,
            reason=msg(
                QT_TRANSLATE_NOOP("service", "cannot read file: {error}"),
                error=exc.strerror or str(exc),
            ),
        )
    status = IngestStatus.ADDED if newly_stored else IngestStatus.ALREADY_PRESENT
    return IngestOutcome(path, status, _photo_info(path, sha, size, photo))


def rebuild_derived(store: MediaStore, sha: str, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> None:
    """Write the thumbnail and report copy of a stored original again."""
    original = store.path_for(sha)
    if not original.is_file():
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("service", "Evidence file {file} is missing from {folder}."),
                file=sha[:12],
                folder=store.root_media,
            )
        )
    try:
        photo = render_file(original, max_pixels)
    except PhotoRejected as exc:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "Cannot rebuild the copies of evidence file {file}: {reason}."
                ),
                file=sha[:12],
                reason=exc.reason,
            )
        ) from exc
    _write_derived(store, sha, photo, replace=True)


def derived_copy(store: MediaStore, sha: str, kind: str) -> Path:
    """The path of a derived copy, made again from the original if it is missing (a kill
    while it was being written, a cleaned derived/ folder). A copy that cannot be made is
    logged and its path returned all the same: the caller shows a blank, as for any file."""
    target = store.derived_path(sha, kind)
    if not target.is_file() and store.has(sha):
        try:
            rebuild_derived(store, sha)
        except StorageError as exc:
            log.warning("No %s copy of %s: %s", kind, sha[:12], exc.message)
    return target


def default_workers() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def ingest_photos(
    paths: Sequence[Path],
    store: MediaStore,
    *,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> list[IngestOutcome]:
    """Ingest many files on all cores; outcomes come back in the order of `paths`.

    `progress(done, total)` is called in the calling thread after each file. Setting
    `cancel` stops new work; files already being processed finish, the others come
    back as "cancelled". Safe to call from a worker thread of the GUI.
    """
    from inspector_app.services.evidence.batch import run_batch

    sources = [Path(path) for path in paths]
    count = min(workers or default_workers(), len(sources))
    return run_batch(sources, store, count, progress, cancel, max_pixels)
