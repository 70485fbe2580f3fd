"""Signed orders to correct (限期整改指令书), one per responsible unit, kept with the record.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 22:00:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("number_year", sa.Integer(), nullable=True),
        sa.Column("number_seq", sa.Integer(), nullable=True),
        sa.Column("addressee", sa.String(length=300), nullable=False),
        sa.Column("credit_code", sa.String(length=18), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("inspection_id", "position"),
    )
    op.create_index(
        "ix_signed_orders_inspection_id", "signed_orders", ["inspection_id"], unique=False
    )
    ensure_triggers(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_signed_orders_inspection_id", table_name="signed_orders")
    op.drop_table("signed_orders")
    ensure_triggers(op.get_bind())
