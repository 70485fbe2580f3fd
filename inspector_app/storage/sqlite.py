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
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias

from sqlalchemy import Connection, Engine, Select, create_engine, event, exc

from inspector_app.storage.child_tables import (
    CHILD_TABLES,
    INSPECTIONS,
    ChildTable,
    inspection_id_sql,
)

# A SELECT of any columns (SQLAlchemy 2.1 types Select by its row's columns).
AnySelect: TypeAlias = Select[*tuple[Any, ...]]

log = logging.getLogger(__name__)

BACKUP_PREFIX = "inspector-"
BACKUPS_KEPT = 10
LOCKED_MESSAGE = "inspection is signed"

# Columns of a signed inspection that may still change: its export state, whether a newer
# revision exists, and the place where the inspector last looked at it.
_INSPECTION_MUTABLE = {"status", "exported_at", "current_item", "is_latest"}


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


def plain_rows(conn: Connection, statement: AnySelect) -> list[tuple[Any, ...]]:
    """The rows of a SELECT as the driver returns them: plain tuples of the stored values,
    with times as their ISO text (SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff": read them with
    `datetime.fromisoformat`).

    For lists of thousands, where SQLAlchemy's per-row processing costs as much as the
    query itself and the caller turns each row into its own object anyway.
    """
    compiled = statement.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    sql, positional = str(compiled), tuple(params[name] for name in compiled.positiontup or ())
    cursor = conn.exec_driver_sql(sql, positional).cursor
    try:
        return list(cursor.fetchall())
    except sqlite3.Error as error:  # as SQLAlchemy wraps it, so the storage boundary reads it
        raise exc.DBAPIError.instance(sql, positional, error, sqlite3.Error) from error


_LOCKED = "('signed', 'exported')"
_REFUSE = f"BEGIN SELECT RAISE(ABORT, '{LOCKED_MESSAGE}'); END"
# Unique keys of each table, by column names (the rowid-alias primary key included).
UniqueKeys = Mapping[str, Sequence[tuple[str, ...]]]


def lock_trigger_sql(
    inspection_columns: list[str], children: Sequence[ChildTable], unique_keys: UniqueKeys
) -> list[str]:
    """Triggers that refuse changes to signed inspections and to the audit log.

    Built from the schema as it stands, so each migration locks exactly the columns and
    tables that exist at that step. A child row is refused when its old or its new
    inspection is signed. REPLACE (INSERT OR REPLACE, UPDATE OR REPLACE) deletes the rows it
    collides with without firing their DELETE triggers unless recursive_triggers is on, so
    the INSERT and UPDATE triggers also refuse a new row whose unique key is held by a row
    of a signed inspection: the statement fails before anything is deleted.
    """
    changed = " OR ".join(
        f"NEW.{col} IS NOT OLD.{col}"
        for col in inspection_columns
        if col not in _INSPECTION_MUTABLE
    )
    keys = unique_keys[INSPECTIONS]
    # The row itself may be signed (an export mark): only another signed row counts.
    other_signed = _held_by_signed(INSPECTIONS, keys, "held.status", also="held.id IS NOT OLD.id")
    statements = [
        f"""CREATE TRIGGER inspections_locked_update BEFORE UPDATE ON inspections
        WHEN OLD.status IN {_LOCKED} AND (NEW.status NOT IN {_LOCKED} OR {changed})
        {_REFUSE}""",
        f"""CREATE TRIGGER inspections_locked_delete BEFORE DELETE ON inspections
        WHEN OLD.status IN {_LOCKED}
        {_REFUSE}""",
        f"""CREATE TRIGGER inspections_locked_insert BEFORE INSERT ON inspections
        WHEN {_held_by_signed(INSPECTIONS, keys, "held.status")}
        {_REFUSE}""",
        f"""CREATE TRIGGER inspections_locked_replace BEFORE UPDATE ON inspections
        WHEN {other_signed}
        {_REFUSE}""",
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
        """CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
        WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    ]
    for table in children:
        statements.extend(_child_triggers(table, children, unique_keys[table.name]))
    return statements


def _signed(inspection_id: str) -> str:
    return f"(SELECT status FROM inspections WHERE id = {inspection_id}) IN {_LOCKED}"


def _held_by_signed(
    table: str, keys: Sequence[tuple[str, ...]], held_status: str, also: str = "1"
) -> str:
    """SQL: a row of a signed inspection already holds one of NEW's unique keys."""
    matches = " OR ".join(
        "(" + " AND ".join(f"held.{col} = NEW.{col}" for col in key) + ")" for key in keys
    )
    return (
        f"EXISTS (SELECT 1 FROM {table} AS held"
        f" WHERE ({matches}) AND {also} AND {held_status} IN {_LOCKED})"
    )


def _child_triggers(
    table: ChildTable, children: Sequence[ChildTable], keys: Sequence[tuple[str, ...]]
) -> list[str]:
    def inspection_of(row: str) -> str:
        return inspection_id_sql(table, row, children)

    new, old = _signed(inspection_of("NEW")), _signed(inspection_of("OLD"))
    # A key holding the link column can only collide within the same inspection (or parent
    # row), which the check of NEW covers already.
    other_keys = [key for key in keys if table.link not in key]
    if other_keys:
        held_status = f"(SELECT status FROM inspections WHERE id = {inspection_of('held')})"
        new = f"{new} OR {_held_by_signed(table.name, other_keys, held_status)}"
    return [
        f"CREATE TRIGGER {table.name}_locked_{op.lower()} BEFORE {op} ON {table.name}"
        f" WHEN {when} {_REFUSE}"
        for op, when in (("INSERT", new), ("UPDATE", f"{old} OR {new}"), ("DELETE", old))
    ]


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
    children = [table for table in CHILD_TABLES if table.name in tables]
    keys = {name: unique_keys(bind, name) for name in (INSPECTIONS, *(c.name for c in children))}
    for statement in lock_trigger_sql(columns, children, keys):
        bind.execute(text(statement))


def unique_keys(bind: Any, table: str) -> list[tuple[str, ...]]:
    """The column sets a row of `table` must not share with another row: the primary key
    (an INTEGER PRIMARY KEY has no index of its own) and every unique index."""
    from sqlalchemy import text

    columns = bind.execute(text(f'PRAGMA table_info("{table}")')).all()
    primary = tuple(row[1] for row in sorted(columns, key=lambda row: row[5]) if row[5])
    keys = [primary] if primary else []
    for index in bind.execute(text(f'PRAGMA index_list("{table}")')).all():
        if index[2]:  # unique; a partial index is treated as whole, which only refuses more
            info = bind.execute(text(f'PRAGMA index_info("{index[1]}")')).all()
            key = tuple(row[2] for row in sorted(info))
            if key not in keys and None not in key:
                keys.append(key)
    return keys


def newest_per_group(
    id_column: Any, group_column: Any, order_column: Any, *criteria: Any
) -> AnySelect:
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
