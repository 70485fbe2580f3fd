"""Document numbers (settings, per-year sequences, the number on the inspection) and the
representative's recorded refusal to sign.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 22:00:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_INSPECTION_COLUMNS = (
    ("document_no", sa.String(length=200)),
    ("document_year", sa.Integer()),
    ("document_seq", sa.Integer()),
    ("refusal_reason", sa.Text()),
    ("refused_at", sa.DateTime()),
    ("refusal_witness", sa.String(length=200)),
)


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "document_sequences",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_issued", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year"),
    )
    # Added with ALTER TABLE (no rebuild); the lock triggers are built again at the end
    # so the new columns freeze with the rest of a signed inspection.
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        for name, kind in _INSPECTION_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    ensure_triggers(op.get_bind())


def downgrade() -> None:
    # Dropping columns rebuilds the table, and the triggers name its columns.
    _drop_triggers()
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        for name, _kind in reversed(_INSPECTION_COLUMNS):
            batch_op.drop_column(name)
    op.drop_table("document_sequences")
    op.drop_table("settings")
    ensure_triggers(op.get_bind())


def _drop_triggers() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    names = bind.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all()
    for (name,) in names:
        bind.execute(sa.text(f'DROP TRIGGER "{name}"'))
