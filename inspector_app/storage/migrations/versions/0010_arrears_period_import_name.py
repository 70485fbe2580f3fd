"""Arrears cases say the period owed; the import log keeps the file name the user chose.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01 23:00:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("arrears_cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("period_owed", sa.String(length=100), nullable=False, server_default="")
        )
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("original_name", sa.Text(), nullable=True))
    ensure_triggers(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_column("original_name")
    with op.batch_alter_table("arrears_cases", schema=None) as batch_op:
        batch_op.drop_column("period_owed")
    ensure_triggers(op.get_bind())
