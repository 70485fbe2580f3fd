"""The SQLite database: pragmas, lock triggers, the error boundary."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from inspector_app.core.errors import (
    DiskFullError,
    InspectionLockedError,
    ReadOnlyError,
)
from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers


def test_pragmas_are_set_on_every_connection(ctx: AppContext) -> None:
    with ctx.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_triggers_refuse_changes_to_a_signed_inspection(demo_ctx: AppContext) -> None:
    # Inspection 3 of the demo is signed; go around the services, straight to SQL.
    conn = sqlite3.connect(demo_ctx.data_dir.database)
    try:
        for statement in (
            "UPDATE inspections SET score = 1 WHERE id = 3",
            "UPDATE inspections SET status = 'draft' WHERE id = 3",
            "DELETE FROM inspections WHERE id = 3",
            "UPDATE answers SET result = 'compliant' WHERE inspection_id = 3",
            "DELETE FROM evidence WHERE inspection_id = 3",
            "INSERT INTO findings (inspection_id, item_id, description, correction,"
            " responsible_party, created_at) VALUES (3, 'R1.1', 'x', 'y', 'z', '2026-01-01')",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="inspection is signed"):
                conn.execute(statement)
        # Exporting a signed inspection is the one change allowed.
        conn.execute("UPDATE inspections SET status = 'exported' WHERE id = 3")
        conn.commit()
    finally:
        conn.close()


def test_audit_log_is_append_only(demo_ctx: AppContext) -> None:
    conn = sqlite3.connect(demo_ctx.data_dir.database)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET actor = 'someone else'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_log")
    finally:
        conn.close()


def test_service_refuses_to_change_a_signed_inspection(demo_ctx: AppContext) -> None:
    with pytest.raises(InspectionLockedError, match="new revision"):
        answers.set_result(demo_ctx, 3, "R1.1", Result.NOT_COMPLIANT)


def test_trigger_error_becomes_locked_error(demo_ctx: AppContext) -> None:
    with pytest.raises(InspectionLockedError), demo_ctx.db.transaction() as session:
        session.execute(text("UPDATE answers SET note = 'x' WHERE inspection_id = 4"))


def test_full_disk_is_an_expected_error_and_keeps_earlier_data(ctx: AppContext) -> None:
    from inspector_app.services.directory.sites import create_site, list_sites

    create_site(ctx, "保存过的项目")
    with pytest.raises(DiskFullError, match="disk is full"), ctx.db.transaction() as session:
        page_count = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {page_count}"))
        session.execute(text("CREATE TABLE filler (x BLOB)"))
        session.execute(text("INSERT INTO filler VALUES (zeroblob(1000000))"))
    ctx.db.engine.dispose()
    assert [row.name for row in list_sites(ctx)] == ["保存过的项目"]


def test_read_only_database_is_an_expected_error(ctx: AppContext) -> None:
    with pytest.raises(ReadOnlyError), ctx.db.transaction() as session:
        session.execute(text("PRAGMA query_only = 1"))
        session.execute(
            text(
                "INSERT INTO audit_log (at, actor, entity, entity_id, action,"
                " detail) VALUES ('2026-01-01', '', 'x', '1', 'y', '{}')"
            )
        )
    ctx.db.engine.dispose()


def test_a_bug_is_not_disguised_as_an_expected_error(ctx: AppContext) -> None:
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError), ctx.db.transaction() as session:
        session.execute(text("SELECT * FROM no_such_table"))


def test_data_folder_that_is_a_file_is_a_plain_error(tmp_path: Path) -> None:
    from inspector_app.services.context import open_context

    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("oops")
    with pytest.raises(ReadOnlyError, match="is a file, not a folder"):
        open_context(not_a_folder)
