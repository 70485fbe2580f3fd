"""Why a signed inspection was amended (on the new revision), and why an item is not
applicable (on its answer).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 23:00:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inspections") as batch:
        batch.add_column(sa.Column("amend_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("na_reason", sa.Text(), nullable=False, server_default=""))
    ensure_triggers(op.get_bind())  # the new column is locked once signed, like the others


def downgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("na_reason")
    with op.batch_alter_table("inspections") as batch:
        batch.drop_column("amend_reason")
    ensure_triggers(op.get_bind())
