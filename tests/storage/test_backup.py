"""Online backups with rotation, and recovery from a damaged database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from inspector_app.core.errors import DamagedDatabaseError, DiskFullError, StorageError
from inspector_app.core.paths import DataDir
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.directory.sites import create_site, list_sites
from inspector_app.storage import sqlite
from inspector_app.storage.database import check_database, restore_latest_backup


def test_backups_rotate_keeping_the_newest(ctx: AppContext) -> None:
    made = [sqlite.backup(ctx.data_dir.database, ctx.data_dir.backups, keep=3) for _ in range(5)]
    kept = sqlite.list_backups(ctx.data_dir.backups)
    assert kept == sorted(made[-3:], reverse=True)
    assert all(sqlite.quick_check(path) is None for path in kept)


def _damage(data_dir: DataDir) -> None:
    with open(data_dir.database, "r+b") as handle:
        handle.seek(0)
        handle.write(b"this is no longer a database header")


def test_damaged_database_is_detected_and_restored(data_dir: DataDir) -> None:
    ctx = open_context(data_dir.root)
    create_site(ctx, "备份前的项目")
    ctx.db.backup()
    create_site(ctx, "备份后的项目")
    ctx.close()
    _damage(data_dir)
    with pytest.raises(DamagedDatabaseError) as caught:
        check_database(data_dir)
    assert caught.value.backup is not None
    damaged_copy = restore_latest_backup(data_dir)
    assert damaged_copy.exists()
    ctx = open_context(data_dir.root)
    assert [row.name for row in list_sites(ctx)] == ["备份前的项目"]
    ctx.close()


def test_damaged_database_without_backup_says_so(data_dir: DataDir) -> None:
    open_context(data_dir.root).close()
    _damage(data_dir)
    with pytest.raises(DamagedDatabaseError, match="No good backup"):
        open_context(data_dir.root)


def test_backup_into_an_unusable_folder_is_a_plain_error(ctx: AppContext) -> None:
    ctx.data_dir.backups.rmdir()
    ctx.data_dir.backups.write_text("not a folder")
    with pytest.raises(StorageError):
        ctx.db.backup()


def test_backup_on_a_full_disk_is_a_plain_error_and_leaves_no_partial_copy(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, path: Path) -> None:
            self.conn = real_connect(path)

        def backup(self, _target: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def close(self) -> None:
            self.conn.close()

    monkeypatch.setattr(sqlite3, "connect", FullDisk)
    with pytest.raises(DiskFullError):
        ctx.db.backup()
    assert list(ctx.data_dir.backups.iterdir()) == []
