"""The SQLite shortcut for each site's latest signed inspection agrees with the portable query."""

from __future__ import annotations

import sqlite3

from inspector_app.services.context import AppContext
from inspector_app.services.supervision.dashboard import latest_per_site


def _add_later_signed_inspection(ctx: AppContext, like_id: int) -> int:
    conn = sqlite3.connect(ctx.data_dir.database)
    with conn:
        cursor = conn.execute(
            "INSERT INTO inspections (uuid, revision, site_id, form_pk, status, origin,"
            " started_at, created_at, is_latest) SELECT 'later-one', 1, site_id, form_pk,"
            " 'draft', 'local', '2026-11-20 10:00:00.000000', created_at, 1"
            " FROM inspections WHERE id = ?",
            (like_id,),
        )
        new_id = int(cursor.lastrowid or 0)
        conn.execute("UPDATE inspections SET status = 'signed' WHERE id = ?", (new_id,))
    conn.close()
    return new_id


def _rows(ctx: AppContext, dialect: str) -> set[tuple[int, int]]:
    with ctx.db.connection() as conn:
        return {(row[0], row[1]) for row in conn.execute(latest_per_site(dialect))}


def test_shortcut_and_window_function_agree(demo_ctx: AppContext) -> None:
    later = _add_later_signed_inspection(demo_ctx, 3)
    sqlite_rows, portable_rows = _rows(demo_ctx, "sqlite"), _rows(demo_ctx, "postgresql")
    assert sqlite_rows == portable_rows
    assert later in {inspection for inspection, _ in sqlite_rows}
    assert 3 not in {inspection for inspection, _ in sqlite_rows}
    assert len(sqlite_rows) == 3  # the three sites with signed inspections


def test_months_are_counted_in_portable_sql() -> None:
    from sqlalchemy.dialects import postgresql

    from inspector_app.services.supervision.dashboard import months_query

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]  # SQLAlchemy leaves it untyped
    assert "strftime" not in str(months_query().compile(dialect=dialect)).lower()
