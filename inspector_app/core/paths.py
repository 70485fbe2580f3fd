"""The layout of the data folder (docs/architecture.md, "The data folder"), in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "INSPECTOR_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user application data folder, unless INSPECTOR_DATA_DIR says otherwise."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("inspector-app", appauthor=False))


@dataclass(frozen=True)
class DataDir:
    """Paths inside one data folder; `ensure()` creates the folders."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "inspector.db"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def derived(self) -> Path:
        return self.root / "derived"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataDir:
        for folder in (
            self.root,
            self.media,
            self.derived,
            self.keys,
            self.exports,
            self.backups,
            self.logs,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        return self
