"""Inspections say whether they are the newest revision; per-rule results are kept per inspection.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 05:10:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_latest", sa.Boolean(), nullable=False, server_default="1")
        )
        batch_op.create_index(
            "ix_inspections_latest_started", ["is_latest", "started_at"], unique=False
        )
    op.create_table(
        "rule_results",
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.String(length=16), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("compliant", sa.Integer(), nullable=False),
        sa.Column("not_compliant", sa.Integer(), nullable=False),
        sa.Column("not_applicable", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspections.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("inspection_id", "rule_id"),
    )
    with op.batch_alter_table("rule_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rule_results_rule_id"), ["rule_id"], unique=False)
    bind = op.get_bind()
    _mark_older_revisions(bind)
    _backfill_rule_results(bind)
    ensure_triggers(bind)


def _mark_older_revisions(bind: sa.Connection) -> None:
    # The lock triggers of 0001 do not know this column yet, so signed history can be
    # marked here; ensure_triggers at the end allows just this column to change later.
    bind.execute(
        sa.text(
            "UPDATE inspections SET is_latest = 0 WHERE revision < "
            "(SELECT max(i2.revision) FROM inspections i2 WHERE i2.uuid = inspections.uuid)"
        )
    )


def _backfill_rule_results(bind: sa.Connection) -> None:
    bind.execute(
        sa.text(
            "INSERT INTO rule_results (inspection_id, rule_id, answered, compliant,"
            " not_compliant, not_applicable, score)"
            " SELECT inspection_id, rule_id,"
            " sum(CASE WHEN result != 'not_checked' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN result = 'compliant' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN result = 'not_compliant' THEN 1 ELSE 0 END),"
            " sum(CASE WHEN result = 'not_applicable' THEN 1 ELSE 0 END), NULL"
            " FROM answers GROUP BY inspection_id, rule_id"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("rule_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rule_results_rule_id"))
    op.drop_table("rule_results")
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.drop_index("ix_inspections_latest_started")
        batch_op.drop_column("is_latest")
    ensure_triggers(op.get_bind())
