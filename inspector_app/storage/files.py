"""Atomic file writes: a temporary file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from inspector_app.core.errors import DiskFullError, ReadOnlyError, StorageError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg


def fsync_dir(folder: Path) -> None:
    """Make a rename or new file in `folder` durable (a no-op on Windows)."""
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_to_storage(exc: OSError, path: Path) -> StorageError:
    """Turn an OSError into the expected storage error a user can act on."""
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            msg(
                QT_TRANSLATE_NOOP("service", "The disk is full: could not write {path}."), path=path
            )
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(
            msg(
                QT_TRANSLATE_NOOP("service", "The folder cannot be written to: {path} ({error})."),
                path=path,
                error=exc.strerror,
            )
        )
    return StorageError(
        msg(
            QT_TRANSLATE_NOOP("service", "Could not write {path}: {error}."),
            path=path,
            error=exc.strerror or str(exc),
        )
    )


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `path` atomically, on error nothing changes."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise os_error_to_storage(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error_to_storage(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one."""
    with atomic_writer(path) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
