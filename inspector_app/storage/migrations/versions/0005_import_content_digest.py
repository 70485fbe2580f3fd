"""The import log keeps a digest of each bundle's content, to tell a re-export from a conflict.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 05:25:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_sha256", sa.String(length=64), nullable=True))
    ensure_triggers(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("import_log", schema=None) as batch_op:
        batch_op.drop_column("content_sha256")
    ensure_triggers(op.get_bind())
