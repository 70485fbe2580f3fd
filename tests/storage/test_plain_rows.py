"""plain_rows: a SELECT's rows as the driver's tuples, its parameters bound, and an error
while rows are fetched wrapped as SQLAlchemy wraps one, so the storage boundary reads it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc, func, literal_column, select, text

from inspector_app.services.context import AppContext
from inspector_app.storage import models as m
from inspector_app.storage.sqlite import plain_rows


def test_rows_are_plain_tuples_of_stored_values(demo_ctx: AppContext) -> None:
    query = (
        select(m.Inspection.id, m.Inspection.status, m.Inspection.started_at)
        .where(m.Inspection.status == m.SIGNED, m.Inspection.id > 0)
        .order_by(m.Inspection.id)
    )
    with demo_ctx.db.connection() as conn:
        rows = plain_rows(conn, query)
        typed = conn.execute(query).all()
    assert rows and all(type(row) is tuple for row in rows)
    assert [row[1] for row in rows] == ["signed"] * len(rows)
    assert all(isinstance(row[2], str) for row in rows)  # as SQLite keeps it
    parsed = [(i, s, dt.datetime.fromisoformat(t)) for i, s, t in rows]
    assert parsed == [tuple(row) for row in typed]


def test_an_error_while_fetching_is_wrapped(ctx: AppContext) -> None:
    # The first row is read when the statement runs; the second overflows abs() later.
    numbers = text("(SELECT 1 AS x UNION ALL SELECT -9223372036854775808 AS x)")
    query = select(func.abs(literal_column("x"))).select_from(numbers)
    with ctx.db.connection() as conn, pytest.raises(exc.DBAPIError, match="integer overflow"):
        plain_rows(conn, query)
