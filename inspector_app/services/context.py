"""The open data folder of a running app or command: its paths, database and acting user."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.core.paths import DataDir, default_data_dir
from inspector_app.storage.database import Database, open_database


@dataclass
class AppContext:
    """What every service needs: where the data lives and who is acting."""

    data_dir: DataDir
    db: Database
    actor: str = field(default="")

    def close(self) -> None:
        self.db.close()


def open_context(root: Path | None = None, *, check: bool = True) -> AppContext:
    """Open the data folder `root` (default: the per-user folder), creating it if needed."""
    data_dir = DataDir(Path(root) if root else default_data_dir())
    db = open_database(data_dir, check=check)
    context = AppContext(data_dir, db)
    context.actor = _local_inspector_name(db)
    return context


def _local_inspector_name(db: Database) -> str:
    from sqlalchemy import select

    from inspector_app.storage.models import Inspector

    with db.reading() as session:
        name = session.scalar(select(Inspector.name).where(Inspector.is_self).limit(1))
    return name or ""
