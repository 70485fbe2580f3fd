"""Review of received inspections (accept, or return with a comment), kept in the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import load_inspection
from inspector_app.storage import models as m

ENTITY = "review"


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"
    ACCEPTED = "accepted"
    RETURNED = "returned"


_ACTIONS = {"accept": ReviewState.ACCEPTED, "return": ReviewState.RETURNED}


@dataclass(frozen=True)
class Review:
    """The latest review of one inspection revision."""

    state: ReviewState
    comment: str = ""
    reviewer: str = ""
    at: dt.datetime | None = None


def review_key(inspection_uuid: str, revision: int) -> str:
    # A review belongs to one revision: a new revision from the inspector needs a new look.
    return f"{inspection_uuid}/{revision}"


def _record(ctx: AppContext, inspection_id: int, action: str, comment: str) -> None:
    with ctx.db.transaction() as session:
        inspection = load_inspection(session, inspection_id)
        if inspection.status not in m.LOCKED_STATUSES:
            raise ValidationError(
                msg(QT_TRANSLATE_NOOP("service", "Only signed inspections are reviewed."))
            )
        audit.record(
            session,
            ctx.actor,
            ENTITY,
            review_key(inspection.uuid, inspection.revision),
            action,
            comment=comment.strip(),
            inspection_id=inspection_id,
        )


def accept(ctx: AppContext, inspection_id: int, comment: str = "") -> None:
    """The supervisor accepts the inspection as it is."""
    _record(ctx, inspection_id, "accept", comment)


def return_to_inspector(ctx: AppContext, inspection_id: int, comment: str) -> None:
    """Send the inspection back with what must change; a comment is required."""
    if not comment.strip():
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "Say what the inspector must change when returning an inspection."
                )
            )
        )
    _record(ctx, inspection_id, "return", comment)


def reviews(ctx: AppContext) -> dict[str, Review]:
    """The latest review of every reviewed revision, by review_key."""
    query = (
        select(
            m.AuditEntry.entity_id,
            m.AuditEntry.action,
            m.AuditEntry.detail,
            m.AuditEntry.actor,
            m.AuditEntry.at,
        )
        .where(m.AuditEntry.entity == ENTITY)
        .order_by(m.AuditEntry.id)
    )
    with ctx.db.reading() as session:
        rows = session.execute(query).all()
    return {
        key: Review(_ACTIONS[action], str(detail.get("comment", "")), actor, at)
        for key, action, detail, actor, at in rows
        if action in _ACTIONS
    }


def review_of(ctx: AppContext, inspection_uuid: str, revision: int) -> Review:
    return reviews(ctx).get(review_key(inspection_uuid, revision), Review(ReviewState.UNREVIEWED))


def review_history(ctx: AppContext, inspection_uuid: str, revision: int) -> list[Review]:
    """Every review of one revision, oldest first."""
    query = (
        select(m.AuditEntry.action, m.AuditEntry.detail, m.AuditEntry.actor, m.AuditEntry.at)
        .where(
            m.AuditEntry.entity == ENTITY,
            m.AuditEntry.entity_id == review_key(inspection_uuid, revision),
        )
        .order_by(m.AuditEntry.id)
    )
    with ctx.db.reading() as session:
        return [
            Review(_ACTIONS[a], str(d.get("comment", "")), actor, at)
            for a, d, actor, at in session.execute(query)
            if a in _ACTIONS
        ]


def returned_inspections(ctx: AppContext) -> set[int]:
    """Inspections whose latest review sent them back: they leave the figures until the
    inspector sends a new revision (which has no review yet)."""
    latest = (
        select(func.max(m.AuditEntry.id))
        .where(m.AuditEntry.entity == ENTITY)
        .group_by(m.AuditEntry.entity_id)
    )
    query = select(m.AuditEntry.detail).where(
        m.AuditEntry.id.in_(latest), m.AuditEntry.action == "return"
    )
    with ctx.db.reading() as session:
        details = session.execute(query).scalars().all()
    return {int(d["inspection_id"]) for d in details if isinstance(d.get("inspection_id"), int)}
