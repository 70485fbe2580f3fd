"""Keeping the data folder healthy: backups when due, and the start-up check."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from inspector_app.core.paths import DataDir
from inspector_app.services.context import AppContext
from inspector_app.storage import sqlite

log = logging.getLogger(__name__)

BACKUP_INTERVAL = dt.timedelta(hours=12)


def newest_backup_age(ctx: AppContext, now: dt.datetime | None = None) -> dt.timedelta | None:
    """How old the newest backup is, or None when there is none."""
    backups = sqlite.list_backups(ctx.data_dir.backups)
    if not backups:
        return None
    modified = dt.datetime.fromtimestamp(backups[0].stat().st_mtime)
    return (now or dt.datetime.now()) - modified


def backup_if_due(ctx: AppContext, interval: dt.timedelta = BACKUP_INTERVAL) -> Path | None:
    """Make a backup when the newest one is older than `interval`; returns it if made.

    Called when the app starts and when it closes, so a working day always leaves a copy
    that the start-up check can offer if the database is ever damaged.
    """
    age = newest_backup_age(ctx)
    if age is not None and age < interval:
        return None
    path = ctx.db.backup()
    log.info("backup written to %s", path)
    return path


def restore_latest_backup(data_dir: DataDir) -> Path:
    """Replace a damaged database with the newest good backup; returns the damaged copy.

    Raises CorruptDatabaseError when there is no good backup."""
    from inspector_app.storage.database import restore_latest_backup as restore

    return restore(data_dir)


def data_state(data_dir: Path) -> tuple[tuple[int, int], ...]:
    """A cheap fingerprint of what a command may change: the database (with its write-ahead
    log) and the signing key, by modification time and size; nothing is opened."""
    from inspector_app.core.paths import DataDir

    folder = DataDir(Path(data_dir))
    watched = (
        folder.database,
        folder.database.with_name(folder.database.name + "-wal"),
        folder.keys / "identity.p12",
    )
    state = []
    for path in watched:
        try:
            info = path.stat()
        except OSError:
            state.append((0, -1))
        else:
            state.append((info.st_mtime_ns, info.st_size))
    return tuple(state)
