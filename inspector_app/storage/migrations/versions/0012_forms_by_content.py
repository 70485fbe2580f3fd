"""Forms by content: two forms with the same id and version but other content both exist.

The unique (form_id, version) pair goes; the content hash (sha256) stays unique, so each
inspection keeps pointing at the exact form it used. SQLite cannot drop a table
constraint: the table is made again. Inspections refer to it, so the foreign-key checks
are deferred to the commit, and the rows go back into the new table before it (an insert
into the parent table settles the references the drop left open).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 01:00:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = "id, form_id, version, title_zh, title_en, sha256, definition, created_at"


def _forms_table(*constraints: sa.schema.SchemaItem) -> None:
    op.create_table(
        "forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title_zh", sa.String(length=300), nullable=False),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256"),
        *constraints,
    )


def _remake_forms(*constraints: sa.schema.SchemaItem) -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(f"CREATE TEMP TABLE forms_0011 AS SELECT {_COLUMNS} FROM forms WHERE 0")
    # The copy is the first data change: Python's sqlite3 opens the transaction here (it
    # runs DDL and pragmas outside one), so the pragma below holds until the commit.
    bind.exec_driver_sql(f"INSERT INTO forms_0011 SELECT {_COLUMNS} FROM forms")
    bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    op.drop_table("forms")
    _forms_table(*constraints)
    bind.exec_driver_sql(f"INSERT INTO forms ({_COLUMNS}) SELECT {_COLUMNS} FROM forms_0011")
    bind.exec_driver_sql("DROP TABLE forms_0011")


def upgrade() -> None:
    _remake_forms()
    op.create_index("ix_forms_form_id_version", "forms", ["form_id", "version"], unique=False)
    ensure_triggers(op.get_bind())


def downgrade() -> None:
    # Fails (and changes nothing) while two forms share an id and version.
    op.drop_index("ix_forms_form_id_version", table_name="forms")
    _remake_forms(sa.UniqueConstraint("form_id", "version"))
    ensure_triggers(op.get_bind())
