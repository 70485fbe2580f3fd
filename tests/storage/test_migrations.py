"""Schema migrations: an old database is upgraded with its data, the models match the scripts."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from inspector_app.core.paths import DataDir
from inspector_app.storage import migrate
from inspector_app.storage.database import open_database
from inspector_app.storage.migrations import SCHEMA_HEAD
from inspector_app.storage.sqlite import create_sqlite_engine


def _database_at_first_release(data_dir: DataDir) -> None:
    """A database as release 0001 left it, with an inspection and two answers."""
    engine = create_sqlite_engine(data_dir.database)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sites (id, uuid, name, address, permit_no, project_code, client,"
                " client_code, contractor, contractor_code, project_manager, wage_administrator,"
                " responsible_unit, account_bank, account_no, deposit_form, created_at, updated_at)"
                " VALUES (1, 'site-1', '老项目', '', '', '', '', '', '', '', '', '', '', '', '',"
                " '', '2025-01-01', '2025-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO forms (id, form_id, version, title_zh, title_en, sha256, definition,"
                " created_at) VALUES (1, 'f', 1, '表', 'form', 'abc', '{}', '2025-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
                " started_at, created_at) VALUES (1, 'u-1', 1, 1, 1, 'draft', 'local',"
                " '2025-01-02', '2025-01-02')"
            )
        )
        for item in ("R3.2", "R10.1"):
            conn.execute(
                text(
                    "INSERT INTO answers (inspection_id, item_id, result, note, updated_at)"
                    f" VALUES (1, '{item}', 'compliant', '备注', '2025-01-02')"
                )
            )
    engine.dispose()


def test_old_database_is_upgraded_keeping_its_data(data_dir: DataDir) -> None:
    _database_at_first_release(data_dir)
    db = open_database(data_dir)
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == SCHEMA_HEAD
        rows = conn.execute(text("SELECT item_id, rule_id, note FROM answers ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [("R3.2", "R3", "备注"), ("R10.1", "R10", "备注")]
        assert conn.execute(text("SELECT name FROM sites")).scalar() == "老项目"
    db.close()
    conn2 = sqlite3.connect(data_dir.database)
    triggers = conn2.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()
    conn2.close()
    assert triggers[0] >= 28


def test_schema_head_constant_is_the_newest_script() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_models_and_migration_scripts_agree(data_dir: DataDir) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from inspector_app.storage.models import Base

    db = open_database(data_dir)
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    assert differences == []


def _move_answer_into_signed(data_dir: DataDir) -> str | None:
    """Move a draft's answer into a signed inspection with plain SQL; the error, if any."""
    conn = sqlite3.connect(data_dir.database)
    try:
        conn.execute("UPDATE answers SET inspection_id = 2 WHERE inspection_id = 1")
    except sqlite3.IntegrityError as error:
        return str(error)
    finally:
        conn.rollback()
        conn.close()
    return None


def test_0011_locks_rows_moved_into_a_signed_inspection(data_dir: DataDir) -> None:
    from alembic import command

    _database_at_first_release(data_dir)
    engine = create_sqlite_engine(data_dir.database)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
                " started_at, created_at) VALUES (2, 'u-2', 1, 1, 1, 'signed', 'local',"
                " '2025-01-03', '2025-01-03')"
            )
        )
    config = migrate.alembic_config()
    with engine.begin() as conn:  # back to 0010's triggers, which checked the old row only
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
    assert _move_answer_into_signed(data_dir) is None
    migrate.upgrade(engine)
    engine.dispose()
    assert _move_answer_into_signed(data_dir) == "inspection is signed"
