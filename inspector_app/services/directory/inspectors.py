"""Inspectors: the local user's profile and colleagues who inspect with them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.storage.models import Inspector


@dataclass(frozen=True)
class InspectorRow:
    id: int
    name: str
    unit: str
    badge_no: str
    is_self: bool
    trusted: bool
    cert_fingerprint: str | None


def inspector_row(inspector: Inspector) -> InspectorRow:
    """The plain row of an inspector, detached from the session."""
    return InspectorRow(
        inspector.id,
        inspector.name,
        inspector.unit,
        inspector.badge_no,
        inspector.is_self,
        inspector.trusted,
        inspector.cert_fingerprint,
    )


def add_inspector(
    ctx: AppContext, name: str, unit: str = "", badge_no: str = "", *, is_self: bool = False
) -> int:
    """Add an inspector (a colleague, or the local user with is_self=True)."""
    if not name.strip():
        raise ValidationError(msg(QT_TRANSLATE_NOOP("service", "An inspector needs a name.")))
    with ctx.db.transaction() as session:
        if is_self:
            for other in session.scalars(select(Inspector).where(Inspector.is_self)):
                other.is_self = False
        inspector = Inspector(
            name=name.strip(), unit=unit.strip(), badge_no=badge_no.strip(), is_self=is_self
        )
        session.add(inspector)
        session.flush()
        audit.record(session, ctx.actor, "inspector", inspector.id, "create", name=name)
        new_id = inspector.id
    if is_self:
        ctx.actor = name.strip()
    return new_id


def self_inspector(ctx: AppContext) -> InspectorRow | None:
    """The local user's profile, if set."""
    with ctx.db.reading() as session:
        inspector = session.scalar(select(Inspector).where(Inspector.is_self).limit(1))
        return inspector_row(inspector) if inspector else None


def list_inspectors(ctx: AppContext) -> list[InspectorRow]:
    with ctx.db.reading() as session:
        query = select(Inspector).order_by(Inspector.is_self.desc(), Inspector.name)
        return [inspector_row(inspector) for inspector in session.scalars(query)]


def update_self(ctx: AppContext, name: str, unit: str, badge_no: str) -> int:
    """Create or change the local user's profile."""
    with ctx.db.transaction() as session:
        inspector = session.scalar(select(Inspector).where(Inspector.is_self).limit(1))
        if inspector is None:
            inspector = Inspector(is_self=True, name=name)
            session.add(inspector)
        inspector.name, inspector.unit, inspector.badge_no = name.strip(), unit, badge_no
        session.flush()
        audit.record(session, ctx.actor, "inspector", inspector.id, "update_self", name=name)
        ctx.actor = inspector.name
        return inspector.id
