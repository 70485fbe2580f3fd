"""The import log keeps the signer's name and unit, so a held bundle says whom to trust.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 06:25:00
"""

import sqlalchemy as sa
from alembic import op

from inspector_app.storage.sqlite import ensure_triggers

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signer_name', sa.String(length=300), nullable=True))
    ensure_triggers(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('import_log', schema=None) as batch_op:
        batch_op.drop_column('signer_name')
    ensure_triggers(op.get_bind())
