"""Opening the database of a data folder, sessions per user action, and the error boundary.

Expected failures (disk full, read-only folder, locked or corrupt database, a change to a
signed inspection) become InspectorError subclasses with a plain message; anything else
is a bug and propagates unchanged to the crash handler.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from inspector_app.core.errors import (
    CorruptDatabaseError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    InspectionLockedError,
    InspectorError,
    ReadOnlyError,
)
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.paths import DataDir
from inspector_app.storage import migrate, sqlite
from inspector_app.storage.files import os_error_to_storage

log = logging.getLogger(__name__)

_EXPECTED = (
    (
        "database or disk is full",
        DiskFullError,
        msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The disk is full: the last change was not saved. Free some space and try again.",
            )
        ),
    ),
    (
        "readonly database",
        ReadOnlyError,
        msg(
            QT_TRANSLATE_NOOP(
                "service", "The data folder cannot be written to: the last change was not saved."
            )
        ),
    ),
    (
        "unable to open database file",
        ReadOnlyError,
        msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The database file cannot be opened: check the data folder and its permissions.",
            )
        ),
    ),
    (
        "database is locked",
        DatabaseLockedError,
        msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The database is busy in another program or window; try again in a moment.",
            )
        ),
    ),
    (
        "malformed",
        CorruptDatabaseError,
        msg(
            QT_TRANSLATE_NOOP(
                "service", "The database file is damaged; restore the latest good backup."
            )
        ),
    ),
    (
        "not a database",
        CorruptDatabaseError,
        msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The database file is damaged or is not a database; "
                "restore the latest good backup.",
            )
        ),
    ),
    (
        sqlite.LOCKED_MESSAGE,
        InspectionLockedError,
        msg(
            QT_TRANSLATE_NOOP(
                "service",
                "This inspection is signed and cannot be changed; "
                "start a new revision to amend it.",
            )
        ),
    ),
)


def translate_error(error: exc.DBAPIError) -> InspectorError | None:
    """The expected error a database failure stands for, or None when it is a bug."""
    return _expected_error(str(error.orig))


def _expected_error(text: str) -> InspectorError | None:
    text = text.lower()
    for fragment, kind, message in _EXPECTED:
        if fragment in text:
            return kind(message)
    return None


class Database:
    """The database of one data folder; one session per user action via `transaction()`."""

    def __init__(self, data_dir: DataDir, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed when the block ends, or rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except exc.DBAPIError as error:
            session.rollback()
            expected = translate_error(error)
            if expected is None:
                raise
            raise expected from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only."""
        with self.transaction() as session:
            yield session

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection for large read-only queries (no ORM bookkeeping)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except exc.DBAPIError as error:
            expected = translate_error(error)
            if expected is None:
                raise
            raise expected from error

    def backup(self) -> Path:
        """A backup copy; a full disk or an unwritable backups folder is a StorageError."""
        try:
            return sqlite.backup(self.data_dir.database, self.data_dir.backups)
        except OSError as error:
            raise os_error_to_storage(error, self.data_dir.backups) from error
        except sqlite3.Error as error:
            expected = _expected_error(str(error))
            if expected is None:
                raise
            raise expected from error

    def close(self) -> None:
        self.engine.dispose()


def check_database(data_dir: DataDir) -> None:
    """Raise DamagedDatabaseError when the database file fails SQLite's quick check."""
    problem = sqlite.quick_check(data_dir.database)
    if problem is None:
        return
    backup = sqlite.latest_good_backup(data_dir.backups)
    if backup is not None:
        message = msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The database {database} is damaged ({problem}). "
                "The newest good backup is {backup}.",
            ),
            database=data_dir.database,
            problem=problem,
            backup=backup.name,
        )
    else:
        message = msg(
            QT_TRANSLATE_NOOP(
                "service", "The database {database} is damaged ({problem}). No good backup exists."
            ),
            database=data_dir.database,
            problem=problem,
        )
    raise DamagedDatabaseError(
        message,
        problem=problem,
        backup=backup,
    )


def _ensure_folders(data_dir: DataDir) -> None:
    if data_dir.root.exists() and not data_dir.root.is_dir():
        raise ReadOnlyError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "{folder} is a file, not a folder: choose another data folder."
                ),
                folder=data_dir.root,
            )
        )
    try:
        data_dir.ensure()
    except OSError as error:
        message = msg(
            QT_TRANSLATE_NOOP("service", "The data folder {folder} cannot be created: {error}"),
            folder=data_dir.root,
            error=error.strerror,
        )
        raise ReadOnlyError(message) from error


def open_database(data_dir: DataDir, *, check: bool = True) -> Database:
    """Open (creating or upgrading as needed) the database of a data folder."""
    _ensure_folders(data_dir)
    if check:
        check_database(data_dir)
    engine = sqlite.create_sqlite_engine(data_dir.database)
    try:
        migrate.upgrade(engine)
    except exc.DBAPIError as error:
        engine.dispose()
        expected = translate_error(error)
        if expected is None:
            raise
        raise expected from error
    return Database(data_dir, engine)


def restore_latest_backup(data_dir: DataDir) -> Path:
    """Replace a damaged database with the newest good backup; returns the damaged copy."""
    backup = sqlite.latest_good_backup(data_dir.backups)
    if backup is None:
        raise CorruptDatabaseError(
            msg(QT_TRANSLATE_NOOP("service", "No good backup exists to restore from."))
        )
    return sqlite.restore_backup(data_dir.database, backup)
