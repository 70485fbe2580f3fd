"""Errors a user can meet, each with a stable code and a plain message, apart from bugs."""

from __future__ import annotations

from pathlib import Path


class InspectorError(Exception):
    """An expected failure with a message meant for the user (not a bug).

    `code` is stable so that the ui can translate it; `message` is plain English
    that the command line prints as it is.
    """

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class ValidationError(InspectorError):
    """Input that does not satisfy the rules of the domain (bad field, bad file)."""

    code = "invalid"


class NotFoundError(InspectorError):
    """A referenced record (site, inspection, item) does not exist."""

    code = "not_found"


class InspectionLockedError(InspectorError):
    """A signed inspection was about to be changed; amendments are new revisions."""

    code = "locked"


class StorageError(InspectorError):
    """Expected storage trouble: disk full, read-only folder, locked or corrupt database."""

    code = "storage"


class DiskFullError(StorageError):
    code = "disk_full"


class ReadOnlyError(StorageError):
    code = "read_only"


class DatabaseLockedError(StorageError):
    code = "db_locked"


class CorruptDatabaseError(StorageError):
    code = "corrupt"


class DamagedDatabaseError(CorruptDatabaseError):
    """The database failed its check at start-up; `backup` is the newest good copy, if any.

    Plain data (no SQLAlchemy), so the ui can catch it without importing the storage."""

    def __init__(self, message: str, *, problem: str, backup: Path | None) -> None:
        super().__init__(message)
        self.problem = problem
        self.backup = backup


class PassphraseError(InspectorError):
    """Wrong or missing passphrase for the signing key."""

    code = "passphrase"
