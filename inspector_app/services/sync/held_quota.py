"""The holding folder's quota: bundles from unknown senders cannot fill the disk.

Anyone can drop bundles signed by a certificate of their own making into a watched
folder; each is kept in held/ until the supervisor trusts the signer. Past the quota the
oldest held bundles go first, each drop written to the audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.sync.model import SUFFIX

log = logging.getLogger(__name__)

MAX_HELD_FILES = 200
MAX_HELD_BYTES = 2 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class HeldQuota:
    max_files: int = MAX_HELD_FILES
    max_bytes: int = MAX_HELD_BYTES


DEFAULT_HELD_QUOTA = HeldQuota()


def _by_age(folder: Path) -> list[tuple[float, Path, int]]:
    """The held files, oldest first (received time = the file's time), with their sizes."""
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            stat = path.stat()
        except OSError:  # taken away meanwhile
            continue
        found.append((stat.st_mtime, path, stat.st_size))
    return sorted(found, key=lambda entry: (entry[0], entry[1].name))


def enforce_held_quota(
    ctx: AppContext, folder: Path, keep: Path, quota: HeldQuota = DEFAULT_HELD_QUOTA
) -> list[Path]:
    """Drop the oldest held bundles (never `keep`, the one just held) until within quota."""
    files = _by_age(folder)
    count, total = len(files), sum(size for _, _, size in files)
    dropped = []
    for _, path, size in files:
        if count <= quota.max_files and total <= quota.max_bytes:
            break
        if path == keep:
            continue
        path.unlink(missing_ok=True)
        count, total = count - 1, total - size
        dropped.append((path, size))
    if dropped:
        _record_drops(ctx, dropped, quota)
    return [path for path, _ in dropped]


def _record_drops(ctx: AppContext, dropped: list[tuple[Path, int]], quota: HeldQuota) -> None:
    with ctx.db.transaction() as session:
        for path, size in dropped:
            sha = path.name[: -len(SUFFIX)]
            log.warning("held folder over its quota: dropped the oldest held bundle %s", sha)
            audit.record(
                session,
                ctx.actor,
                "held_bundle",
                sha,
                "dropped",
                reason="held folder over its quota",
                size=size,
                max_files=quota.max_files,
                max_bytes=quota.max_bytes,
            )
