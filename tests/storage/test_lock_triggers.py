"""The lock triggers, through plain SQL: every statement form on every child table is refused
when it touches a signed inspection (leaving the data as it was), and works on drafts.

The database holds inspection 1 (signed) and drafts 2, 3 and 4 (4 empty); every child table
has one row in each of 1, 2 and 3, its values made from the column types. Each attempt runs
in a transaction that is rolled back, so every case starts from the same rows.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    Table,
)

from inspector_app.core.paths import DataDir
from inspector_app.storage.child_tables import CHILD_TABLES, ChildTable
from inspector_app.storage.database import open_database
from inspector_app.storage.models import Base
from inspector_app.storage.sqlite import LOCKED_MESSAGE, lock_trigger_sql, unique_keys

SIGNED, DRAFT, OTHER_DRAFT, EMPTY_DRAFT = 1, 2, 3, 4
NEW_ROW = 9  # the number new rows and changed values are made from


def _value(column: Column[Any], n: int) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        return n % 2
    if isinstance(kind, Integer):
        return n
    if isinstance(kind, Float):
        return n + 0.5
    if isinstance(kind, Numeric):
        return f"{n}.00"
    if isinstance(kind, DateTime):
        return f"2026-01-{n:02d} 08:00:00.000000"
    if isinstance(kind, Date):
        return f"2026-01-{n:02d}"
    if isinstance(kind, LargeBinary):
        return bytes([n])
    if isinstance(kind, JSON):
        return f"[{n}]"
    return f"{column.name}-{n}"


def _row(table: Table, n: int, inspection: int) -> dict[str, Any]:
    """Values of a row numbered `n`; foreign keys point at row `inspection` of an inspection
    or of a parent child table (their rows are numbered like their inspection), else at 1."""
    values = {}
    for column in table.columns:
        targets = {fk.column.table.name for fk in column.foreign_keys}
        children = {t.name for t in CHILD_TABLES}
        if targets & ({"inspections"} | children):
            values[column.name] = inspection
        elif targets:
            values[column.name] = 1
        else:
            values[column.name] = _value(column, n)
    return values


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, Any], verb: str) -> int:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = conn.execute(f"{verb} INTO {table} ({names}) VALUES ({marks})", list(values.values()))
    return cursor.rowcount


def _in_order(tables: tuple[ChildTable, ...]) -> list[ChildTable]:
    """Parents before the tables whose rows reach their inspection through them."""
    done: list[ChildTable] = []
    while len(done) < len(tables):
        done += [
            t for t in tables if t not in done and (t.parent in {d.name for d in done} | {None})
        ]
    return done


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = DataDir(tmp_path_factory.mktemp("locks") / "data").ensure()
    open_database(data_dir).close()
    conn = sqlite3.connect(data_dir.database)
    tables = Base.metadata.tables
    for name in ("inspectors", "sites", "forms"):
        _insert(conn, name, _row(tables[name], 1, 1), "INSERT")
    for number in (SIGNED, DRAFT, OTHER_DRAFT, EMPTY_DRAFT):
        values = _row(tables["inspections"], number, number) | {"status": "draft"}
        _insert(conn, "inspections", values, "INSERT")
    for child in _in_order(CHILD_TABLES):
        for number in (SIGNED, DRAFT, OTHER_DRAFT):
            _insert(conn, child.name, _row(tables[child.name], number, number), "INSERT")
    conn.execute("UPDATE inspections SET status = 'signed' WHERE id = ?", (SIGNED,))
    conn.commit()
    conn.close()
    return data_dir.database


@pytest.fixture(params=[False, True], ids=["recursive_triggers off", "recursive_triggers on"])
def conn(database: Path, request: pytest.FixtureRequest) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(database, isolation_level=None)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA recursive_triggers = {'ON' if request.param else 'OFF'}")
    yield connection
    connection.close()


def _snapshot(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    names = ["inspections", *(t.name for t in CHILD_TABLES)]
    return {name: sorted(map(tuple, conn.execute(f"SELECT * FROM {name}"))) for name in names}


def _row_of(conn: sqlite3.Connection, child: ChildTable, inspection: int) -> dict[str, Any]:
    row = conn.execute(f"SELECT * FROM {child.name} WHERE {child.link} = ?", (inspection,))
    return dict(row.fetchone())


def _plain_column(child: ChildTable) -> Column[Any]:
    """A column that is neither a key nor a foreign key, to change."""
    table = Base.metadata.tables[child.name]
    return next(c for c in table.columns if not c.primary_key and not c.foreign_keys)


def _keys(child: ChildTable) -> list[str]:
    return sorted({col for key in _schema_keys(child) for col in key})


@functools.cache
def _schema_keys(child: ChildTable) -> list[tuple[str, ...]]:
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with engine.connect() as bind:
        return unique_keys(bind, child.name)


def _insert_new(conn: sqlite3.Connection, child: ChildTable, target: int) -> int:
    return _insert(
        conn, child.name, _row(Base.metadata.tables[child.name], NEW_ROW, target), "INSERT"
    )


def _move_in(conn: sqlite3.Connection, child: ChildTable, target: int) -> int:
    sql = f"UPDATE {child.name} SET {child.link} = ? WHERE {child.link} = ?"
    return conn.execute(sql, (target, DRAFT)).rowcount


def _update(conn: sqlite3.Connection, child: ChildTable, target: int, verb: str = "UPDATE") -> int:
    column = _plain_column(child)
    sql = f"{verb} {child.name} SET {column.name} = ? WHERE {child.link} = ?"
    return conn.execute(sql, (_value(column, NEW_ROW), target)).rowcount


def _delete(conn: sqlite3.Connection, child: ChildTable, target: int) -> int:
    return conn.execute(f"DELETE FROM {child.name} WHERE {child.link} = ?", (target,)).rowcount


def _replace_in_place(conn: sqlite3.Connection, child: ChildTable, target: int, verb: str) -> int:
    """The row of `target` written again over itself, one value changed."""
    values = _row_of(conn, child, target)
    column = _plain_column(child)
    values[column.name] = _value(column, NEW_ROW)
    return _insert(conn, child.name, values, verb)


def _replace_taking_key(conn: sqlite3.Connection, child: ChildTable, target: int, verb: str) -> int:
    """A row of the empty draft with the keys of the row of `target`: where a key does not
    hold the link, the row of `target` is deleted by the REPLACE."""
    values = _row_of(conn, child, target) | {child.link: EMPTY_DRAFT}
    return _insert(conn, child.name, values, verb)


def _update_or_replace_onto(conn: sqlite3.Connection, child: ChildTable, target: int) -> int:
    """The other draft's row given every key value of the row of `target`."""
    values = _row_of(conn, child, target)
    keys = _keys(child)
    assignments = ", ".join(f"{key} = ?" for key in keys)
    sql = f"UPDATE OR REPLACE {child.name} SET {assignments} WHERE {child.link} = ?"
    return conn.execute(sql, [values[key] for key in keys] + [OTHER_DRAFT]).rowcount


FORMS = {
    "INSERT": _insert_new,
    "UPDATE moving a row in": _move_in,
    "UPDATE": _update,
    "DELETE": _delete,
    "INSERT OR REPLACE over a row": lambda c, t, n: _replace_in_place(c, t, n, "INSERT OR REPLACE"),
    "REPLACE INTO over a row": lambda c, t, n: _replace_in_place(c, t, n, "REPLACE"),
    "INSERT OR REPLACE taking a key": lambda c, t, n: _replace_taking_key(
        c, t, n, "INSERT OR REPLACE"
    ),
    "REPLACE INTO taking a key": lambda c, t, n: _replace_taking_key(c, t, n, "REPLACE"),
    "UPDATE OR REPLACE": lambda c, t, n: _update(c, t, n, "UPDATE OR REPLACE"),
    "UPDATE OR REPLACE onto a row": _update_or_replace_onto,
}
# Where the draft case aims: a row is moved into (or takes keys in) the empty draft.
_DRAFT_TARGET = {"UPDATE moving a row in": EMPTY_DRAFT, "INSERT": EMPTY_DRAFT}


def _takes_a_signed_row(child: ChildTable, form: str) -> bool:
    """Whether the form reaches the signed row at all: taking keys that all hold the link
    only adds a row to the empty draft, which is allowed."""
    if "taking a key" not in form:
        return True
    return any(child.link not in key for key in _schema_keys(child))


@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("child", CHILD_TABLES, ids=lambda t: t.name)
def test_every_statement_on_a_signed_inspection_is_refused(
    conn: sqlite3.Connection, child: ChildTable, form: str
) -> None:
    before, signed_before = _snapshot(conn), _signed_rows(conn)
    conn.execute("BEGIN")
    try:
        if _takes_a_signed_row(child, form):
            with pytest.raises(sqlite3.IntegrityError, match=LOCKED_MESSAGE):
                FORMS[form](conn, child, SIGNED)
            assert _snapshot(conn) == before
        else:  # only adds a row to the empty draft
            assert FORMS[form](conn, child, SIGNED) == 1
            assert _signed_rows(conn) == signed_before
    finally:
        conn.execute("ROLLBACK")


def _signed_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """The signed inspection and its rows (a parent row is numbered like its inspection)."""
    rows = {"inspections": [tuple(conn.execute("SELECT * FROM inspections WHERE id = 1"))]}
    for child in CHILD_TABLES:
        found = conn.execute(f"SELECT * FROM {child.name} WHERE {child.link} = ?", (SIGNED,))
        rows[child.name] = sorted(map(tuple, found))
    return rows


@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("child", CHILD_TABLES, ids=lambda t: t.name)
def test_the_same_statement_on_a_draft_works(
    conn: sqlite3.Connection, child: ChildTable, form: str
) -> None:
    before = _snapshot(conn)
    conn.execute("BEGIN")
    try:
        changed = FORMS[form](conn, child, _DRAFT_TARGET.get(form, DRAFT))
        after = _snapshot(conn)
    finally:
        conn.execute("ROLLBACK")
    assert changed >= 1
    assert after != before


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO inspections SELECT * FROM inspections WHERE id = 2",
        "REPLACE INTO inspections (id, uuid, revision, site_id, form_pk, status, is_latest,"
        " origin, started_at, created_at) VALUES (1, 'x', 1, 1, 1, 'draft', 1, 'local',"
        " '2026-01-01', '2026-01-01')",
        "UPDATE OR REPLACE inspections SET id = 1 WHERE id = 2",
        "UPDATE OR REPLACE inspections SET uuid = (SELECT uuid FROM inspections WHERE id = 1),"
        " revision = (SELECT revision FROM inspections WHERE id = 1) WHERE id = 2",
    ],
)
def test_a_replace_cannot_delete_a_signed_inspection(
    conn: sqlite3.Connection, statement: str
) -> None:
    statement = statement.replace("SELECT * FROM inspections WHERE id = 2", _draft_as_signed_id())
    before = _snapshot(conn)
    conn.execute("BEGIN")
    try:
        with pytest.raises(sqlite3.IntegrityError, match=LOCKED_MESSAGE):
            conn.execute(statement)
        assert _snapshot(conn) == before
    finally:
        conn.execute("ROLLBACK")


def _draft_as_signed_id() -> str:
    """A copy of draft 2 that takes the signed inspection's id."""
    columns = [c.name for c in Base.metadata.tables["inspections"].columns]
    values = ", ".join("1" if name == "id" else name for name in columns)
    return f"SELECT {values} FROM inspections WHERE id = 2"


def test_marking_a_signed_inspection_exported_is_still_allowed(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    try:
        changed = conn.execute(
            "UPDATE inspections SET status = 'exported', exported_at = '2026-02-01',"
            " is_latest = 0, current_item = 'R2.1' WHERE id = 1"
        ).rowcount
    finally:
        conn.execute("ROLLBACK")
    assert changed == 1


def test_the_audit_log_cannot_be_replaced(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN")
    try:
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, entity, entity_id, action, detail)"
            " VALUES (1000, '2026-01-01', 'a', 'x', '1', 'y', '{}')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(
                "INSERT OR REPLACE INTO audit_log (id, at, actor, entity, entity_id, action,"
                " detail) VALUES (1000, '2026-01-01', 'someone else', 'x', '1', 'y', '{}')"
            )
        actor = conn.execute("SELECT actor FROM audit_log WHERE id = 1000").fetchone()[0]
    finally:
        conn.execute("ROLLBACK")
    assert actor == "a"


# A child table reached through a parent row: photos of findings (no such table yet).
_TOY_SCHEMA = """
CREATE TABLE inspections (id INTEGER PRIMARY KEY, uuid TEXT, revision INTEGER, status TEXT,
    UNIQUE (uuid, revision));
CREATE TABLE audit_log (id INTEGER PRIMARY KEY);
CREATE TABLE findings (id INTEGER PRIMARY KEY, inspection_id INTEGER, text TEXT);
CREATE TABLE finding_photos (id INTEGER PRIMARY KEY, finding_id INTEGER, caption TEXT);
INSERT INTO inspections VALUES (1, 'a', 1, 'draft'), (2, 'b', 1, 'draft');
INSERT INTO findings VALUES (1, 1, 'signed'), (2, 2, 'draft');
INSERT INTO finding_photos VALUES (1, 1, 'of signed'), (2, 2, 'of draft');
UPDATE inspections SET status = 'signed' WHERE id = 1;
"""


def test_a_row_reached_through_its_parent_is_locked_with_it() -> None:
    from sqlalchemy import create_engine, text

    children = (
        ChildTable("findings"),
        ChildTable("finding_photos", link="finding_id", parent="findings"),
    )
    engine = create_engine("sqlite://")
    with engine.begin() as bind:
        for statement in _TOY_SCHEMA.split(";")[:4]:
            bind.execute(text(statement))
        keys = {
            name: unique_keys(bind, name) for name in ("inspections", "findings", "finding_photos")
        }
        columns = ["id", "uuid", "revision", "status"]
        for statement in lock_trigger_sql(columns, children, keys):
            bind.execute(text(statement))
        for statement in _TOY_SCHEMA.split(";")[4:]:
            bind.execute(text(statement))
        raw = bind.connection.dbapi_connection
    assert raw is not None
    for statement in (
        "INSERT INTO finding_photos VALUES (3, 1, 'new')",
        "UPDATE finding_photos SET caption = 'x' WHERE id = 1",
        "UPDATE finding_photos SET finding_id = 1 WHERE id = 2",
        "DELETE FROM finding_photos WHERE id = 1",
        "INSERT OR REPLACE INTO finding_photos VALUES (1, 2, 'taken')",
        "UPDATE OR REPLACE finding_photos SET id = 1 WHERE id = 2",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=LOCKED_MESSAGE):
            raw.execute(statement)
    raw.execute("UPDATE finding_photos SET caption = 'fine' WHERE id = 2")
    rows = raw.execute("SELECT * FROM finding_photos ORDER BY id").fetchall()
    assert rows == [(1, 1, "of signed"), (2, 2, "fine")]
