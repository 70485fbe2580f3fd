"""Append-only audit log: every change with its time, who made it and what it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from inspector_app.storage.models import AuditEntry


def record(
    session: Session, actor: str, entity: str, entity_id: object, action: str, **detail: Any
) -> None:
    """Add an audit entry to the session; it commits with the change it describes."""
    session.add(
        AuditEntry(
            actor=actor,
            entity=entity,
            entity_id=str(entity_id),
            action=action,
            detail={key: _jsonable(value) for key, value in detail.items()},
        )
    )


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
