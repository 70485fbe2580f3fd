"""Everything SQLite-specific in one place: pragmas, lock triggers, online backup, checks.

The models and queries elsewhere stay portable, so a supervisors' team can later share one
PostgreSQL database; only this module knows it is talking to SQLite.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, create_engine, event

log = logging.getLogger(__name__)

BACKUP_PREFIX = "inspector-"
BACKUPS_KEPT = 10
LOCKED_MESSAGE = "inspection is signed"

# Columns of a signed inspection that may still change: its export state, whether a newer
# revision exists, and the place where the inspector last looked at it.
_INSPECTION_MUTABLE = {"status", "exported_at", "current_item", "is_latest"}
# Tables whose rows belong to one inspection (by inspection_id) and freeze with it.
_CHILD_TABLES = (
    "answers",
    "findings",
    "arrears_cases",
    "evidence",
    "signatures",
    "representatives",
    "inspection_inspectors",
    "signed_reports",
    "signed_orders",
    "rule_results",
)


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on the database file with WAL, foreign keys and synchronous=FULL."""
    engine = create_engine(
        f"sqlite:///{path}",
        json_serializer=_json_dumps,
        connect_args={"timeout": 5, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def lock_trigger_sql(inspection_columns: list[str], child_tables: list[str]) -> list[str]:
    """Triggers that refuse changes to signed inspections and to the audit log.

    Built from the schema as it stands, so each migration locks exactly the columns and
    tables that exist at that step.
    """
    locked = "('signed', 'exported')"
    changed = " OR ".join(
        f"NEW.{col} IS NOT OLD.{col}"
        for col in inspection_columns
        if col not in _INSPECTION_MUTABLE
    )
    statements = [
        f"""CREATE TRIGGER inspections_locked_update BEFORE UPDATE ON inspections
        WHEN OLD.status IN {locked} AND (NEW.status NOT IN {locked} OR {changed})
        BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END""",
        f"""CREATE TRIGGER inspections_locked_delete BEFORE DELETE ON inspections
        WHEN OLD.status IN {locked}
        BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END""",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    ]
    for table in child_tables:
        for op, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            statements.append(
                f"""CREATE TRIGGER {table}_locked_{op.lower()} BEFORE {op} ON {table}
                WHEN (SELECT status FROM inspections WHERE id = {row}.inspection_id) IN {locked}
                BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"""
            )
    return statements


def quick_check(path: Path) -> str | None:
    """None when the database file is sound, else what SQLite found wrong."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [row[0] for row in rows if row[0] != "ok"]
    return "; ".join(problems[:5]) or None


def integrity_check(path: Path) -> str:
    """The full PRAGMA integrity_check result ("ok" when sound)."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def backup(path: Path, backups_dir: Path, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the live database with SQLite's online backup API, then drop the oldest copies."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{BACKUP_PREFIX}{stamp}.db"
    partial = target.with_suffix(".partial")
    try:
        source = sqlite3.connect(path)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)  # leave no half-written copy behind
        raise
    for old in list_backups(backups_dir)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob(f"{BACKUP_PREFIX}*.db"), reverse=True)


def latest_good_backup(backups_dir: Path) -> Path | None:
    for candidate in list_backups(backups_dir):
        if quick_check(candidate) is None:
            return candidate
    return None


def restore_backup(path: Path, backup_path: Path) -> Path:
    """Put a backup in place of the live database; the damaged file is kept beside it."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    if path.exists():
        path.replace(damaged)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(damaged.with_name(damaged.name + suffix))
    partial = path.with_name(path.name + ".restoring")
    shutil.copyfile(backup_path, partial)
    partial.replace(path)
    log.warning("restored %s from %s; damaged copy kept at %s", path, backup_path, damaged)
    return damaged


def ensure_triggers(bind: Any) -> None:
    """(Re)create the lock triggers for the schema as it is now; a no-op on other dialects.

    Migrations call this at their end, after tables or columns changed.
    """
    if bind.dialect.name != "sqlite":
        return
    from sqlalchemy import text

    tables = {
        row[0] for row in bind.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    }
    columns = [row[1] for row in bind.execute(text("PRAGMA table_info(inspections)"))]
    for (name,) in bind.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    ).all():
        bind.execute(text(f'DROP TRIGGER "{name}"'))
    children = [table for table in _CHILD_TABLES if table in tables]
    for statement in lock_trigger_sql(columns, children):
        bind.execute(text(statement))


def newest_per_group(
    id_column: Any, group_column: Any, order_column: Any, *criteria: Any
) -> Select:
    """(id, <group>) of the row with the highest `order_column` in each group.

    SQLite only: SQLite returns bare columns from the row that holds max(), so with an
    index on (group, order) this reads the index alone. Other databases need a window
    function or DISTINCT ON (services.supervision.dashboard.latest_per_site has both).
    """
    from sqlalchemy import func, select

    return (
        select(id_column.label("id"), group_column, func.max(order_column))
        .where(*criteria)
        .group_by(group_column)
    )
