"""Lock triggers generated from storage.child_tables: a row is refused when its old or its
new inspection is signed, and so is a REPLACE that would delete a signed row.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 01:00:00
"""

from alembic import op
from sqlalchemy import text

from inspector_app.storage.sqlite import ensure_triggers

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The triggers as 0010 left them, to put back on downgrade: only the row's old inspection
# was checked, and REPLACE could delete a signed row.
_OLD_CHILD_TABLES = (
    "answers",
    "findings",
    "arrears_cases",
    "evidence",
    "signatures",
    "representatives",
    "inspection_inspectors",
    "signed_reports",
    "signed_orders",
    "rule_results",
)
_OLD_MUTABLE = {"status", "exported_at", "current_item", "is_latest"}
_LOCKED = "('signed', 'exported')"
_REFUSE = "BEGIN SELECT RAISE(ABORT, 'inspection is signed'); END"
_APPEND_ONLY = "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"


def upgrade() -> None:
    ensure_triggers(op.get_bind())  # drops every trigger, creates the generated ones


def downgrade() -> None:
    bind = op.get_bind()
    for (name,) in bind.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")):
        bind.execute(text(f'DROP TRIGGER "{name}"'))
    columns = [row[1] for row in bind.execute(text("PRAGMA table_info(inspections)"))]
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns if c not in _OLD_MUTABLE)
    statements = [
        f"CREATE TRIGGER inspections_locked_update BEFORE UPDATE ON inspections WHEN OLD.status"
        f" IN {_LOCKED} AND (NEW.status NOT IN {_LOCKED} OR {changed}) {_REFUSE}",
        f"CREATE TRIGGER inspections_locked_delete BEFORE DELETE ON inspections"
        f" WHEN OLD.status IN {_LOCKED} {_REFUSE}",
        f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log {_APPEND_ONLY}",
        f"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log {_APPEND_ONLY}",
    ]
    for table in _OLD_CHILD_TABLES:
        for kind, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TRIGGER {table}_locked_{kind.lower()} BEFORE {kind} ON {table} WHEN"
                f" (SELECT status FROM inspections WHERE id = {row}.inspection_id) IN {_LOCKED}"
                f" {_REFUSE}"
            )
    for statement in statements:
        bind.execute(text(statement))
