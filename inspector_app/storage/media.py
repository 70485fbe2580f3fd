"""Content-addressed store of original evidence files and their rebuildable derived copies."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from inspector_app.core.errors import StorageError, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.storage.files import fsync_dir as _fsync_dir
from inspector_app.storage.files import os_error_to_storage

CHUNK_SIZE = 1024 * 1024
STALE_TEMP_SECONDS = 3600.0
DERIVED_KINDS = ("thumb", "report")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_EXTENSION = re.compile(r"[a-z0-9]{1,8}")
_KIND = re.compile(r"[a-z][a-z0-9_]{0,31}")


def check_sha256(sha: str) -> str:
    """Return `sha` if it is 64 lowercase hex digits; otherwise raise ValidationError.

    Hashes come from bundles and the database, so a hostile value must not be able to
    name a path outside the store ("../..", separators, drive letters).
    """
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Not a SHA-256 hash: {sha!r}."), sha=sha),
            code="bad_hash",
        )
    return sha


def sha256_of_file(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class MediaCheckReport:
    """The result of re-hashing the whole store."""

    ok: int = 0
    changed: list[str] = field(default_factory=list)
    missing_derived: list[tuple[str, str]] = field(default_factory=list)  # (sha, kind)
    stale_temp_files: list[Path] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.changed and not self.missing_derived


def _claim(tmp: Path, target: Path) -> bool:
    """Move a finished temp file to `target` unless it exists; True if this call stored it.

    A hard link (POSIX) or a rename (Windows) refuses to overwrite, so two workers
    storing the same content at once cannot both report it as new.
    """
    try:
        if os.name == "nt":
            os.rename(tmp, target)
        else:
            _link_or_replace(tmp, target)
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)


def _link_or_replace(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        # Some file systems (FAT, some network shares) have no hard links.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(tmp, target)


def _fsync_file(path: Path) -> None:
    # Windows flushes only through a handle opened for writing.
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class MediaStore:
    """Originals at media/<2 hex>/<sha256> (never modified) and derived copies beside them.

    Derived copies live at derived/<kind>/<2 hex>/<sha256>.<ext> and can be rebuilt
    from the originals at any time (services.photos.rebuild_derived).
    """

    def __init__(self, root_media: Path, root_derived: Path) -> None:
        self.root_media = Path(root_media)
        self.root_derived = Path(root_derived)

    def __repr__(self) -> str:
        return f"MediaStore({str(self.root_media)!r}, {str(self.root_derived)!r})"

    # -- paths -----------------------------------------------------------------------

    def path_for(self, sha: str) -> Path:
        check_sha256(sha)
        return self.root_media / sha[:2] / sha

    def derived_path(self, sha: str, kind: str, ext: str = "jpg") -> Path:
        check_sha256(sha)
        if not _KIND.fullmatch(kind) or not _EXTENSION.fullmatch(ext):
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP("service", "Bad derived copy name: {kind!r}, {ext!r}."),
                    kind=kind,
                    ext=ext,
                )
            )
        return self.root_derived / kind / sha[:2] / f"{sha}.{ext}"

    def has(self, sha: str) -> bool:
        return self.path_for(sha).is_file()

    # -- writing ---------------------------------------------------------------------

    def put_file(self, src: Path) -> tuple[str, bool]:
        """Store a copy of `src`; return (sha256, newly_stored). Reads in chunks."""
        with open(src, "rb") as handle:
            return self._put_stream(handle)

    def put_bytes(self, data: bytes) -> tuple[str, bool]:
        """Store `data`; return (sha256, newly_stored)."""
        return self._put_stream(io.BytesIO(data))

    def _put_stream(self, source: BinaryIO) -> tuple[str, bool]:
        tmp = self._new_temp()
        try:
            sha = self._copy_hashing(source, tmp)
            target = self.path_for(sha)
            if target.is_file():
                return sha, False
            _fsync_file(tmp)
            target.parent.mkdir(exist_ok=True)
            stored = _claim(tmp, target)
            if stored:
                _fsync_dir(target.parent)
            return sha, stored
        except OSError as exc:
            raise os_error_to_storage(exc, self.root_media) from exc
        finally:
            tmp.unlink(missing_ok=True)

    def _new_temp(self) -> Path:
        # The temp file sits in the media folder itself, so the final move is a rename
        # within one file system; its name can never look like a hash.
        try:
            self.root_media.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".incoming-", suffix=".tmp", dir=self.root_media)
        except OSError as exc:
            raise os_error_to_storage(exc, self.root_media) from exc
        os.close(fd)
        return Path(name)

    @staticmethod
    def _copy_hashing(source: BinaryIO, tmp: Path) -> str:
        digest = hashlib.sha256()
        with open(tmp, "wb") as out:
            while chunk := source.read(CHUNK_SIZE):
                digest.update(chunk)
                out.write(chunk)
        return digest.hexdigest()

    # -- reading ---------------------------------------------------------------------

    def open(self, sha: str) -> BinaryIO:
        """Open an original for reading; raise StorageError if it is not in the store."""
        path = self.path_for(sha)
        try:
            return open(path, "rb")
        except FileNotFoundError as exc:
            raise StorageError(
                msg(
                    QT_TRANSLATE_NOOP("service", "Evidence file {file} is missing from {folder}."),
                    file=sha[:12],
                    folder=self.root_media,
                ),
                code="media_missing",
            ) from exc

    def verify(self, sha: str) -> bool:
        """True if the original exists and still hashes to its name."""
        path = self.path_for(sha)
        try:
            return sha256_of_file(path) == sha
        except FileNotFoundError:
            return False

    def iter_hashes(self) -> Iterator[str]:
        """Every stored original's hash, in sorted order; temp files are skipped."""
        if not self.root_media.is_dir():
            return
        for bucket in sorted(self.root_media.iterdir()):
            if not bucket.is_dir() or len(bucket.name) != 2:
                continue
            for entry in sorted(bucket.iterdir()):
                if _SHA256.fullmatch(entry.name) and entry.name[:2] == bucket.name:
                    yield entry.name

    # -- checking --------------------------------------------------------------------

    def check(self, kinds: Iterable[str] = DERIVED_KINDS) -> MediaCheckReport:
        """Re-hash every original and look for its derived copies."""
        kinds = tuple(kinds)
        report = MediaCheckReport()
        for sha in self.iter_hashes():
            if self.verify(sha):
                report.ok += 1
            else:
                report.changed.append(sha)
            for kind in kinds:
                if not self.derived_path(sha, kind).is_file():
                    report.missing_derived.append((sha, kind))
        report.stale_temp_files = self.stale_temp_files()
        return report

    def stale_temp_files(self, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
        """Temp files left by a write that never finished (a killed worker, a crash)."""
        cutoff = time.time() - older_than
        found = []
        for root in (self.root_media, self.root_derived):
            if root.is_dir():
                found += [
                    path
                    for path in root.rglob(".*.tmp")
                    if path.is_file() and path.stat().st_mtime < cutoff
                ]
        return sorted(found)

    def remove_stale_temp_files(self, older_than: float = STALE_TEMP_SECONDS) -> int:
        """Delete them; old enough that no running write can still own them."""
        stale = self.stale_temp_files(older_than)
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def missing(self, expected_hashes: Iterable[str]) -> list[str]:
        """The hashes (e.g. from the database) whose original is not in the store."""
        return [sha for sha in expected_hashes if not self.has(sha)]
