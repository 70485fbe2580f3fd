"""The site representative's refusal to sign the record (拒签), recorded in its place.

When the representative will not sign, the inspectors record the refusal with the reason
given, the time, and a second inspector of the inspection as witness; the record then
says so where the signature would be, and signing may go ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.statuses import SignerRole
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import editable_inspection
from inspector_app.storage import models as m

MAX_REASON = 2000
CLOCK_SLACK = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Refusal:
    """A recorded refusal as the signing page shows it."""

    reason: str
    refused_at: dt.datetime
    witness: str


def witnesses(ctx: AppContext, inspection_id: int) -> list[str]:
    """Who may witness a refusal: the inspection's inspectors other than the local user
    (who signs the record), by name."""
    with ctx.db.reading() as session:
        inspection = editable_inspection(session, inspection_id)
        return _witnesses(inspection)


def _witnesses(inspection: m.Inspection) -> list[str]:
    people = [link.inspector for link in inspection.inspectors]
    return [person.name for person in people if not person.is_self]


def _checked(
    inspection: m.Inspection, reason: str, witness: str, refused_at: dt.datetime
) -> tuple[str, str]:
    reason, witness = reason.strip(), witness.strip()
    if not inspection.representatives:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "This inspection names no site representative."))
        )
    if not reason:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "Give the reason the representative gave for refusing."
                )
            )
        )
    if len(reason) > MAX_REASON:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "The reason is longer than {limit} characters."),
                limit=MAX_REASON,
            )
        )
    allowed = _witnesses(inspection)
    if not allowed:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "A refusal needs a second inspector of this inspection as witness."
                )
            )
        )
    if witness not in allowed:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The witness must be another inspector of this inspection: {names}."
                ),
                names="、".join(allowed),
            )
        )
    if refused_at > m.localnow() + CLOCK_SLACK:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "A refusal cannot be dated in the future."))
        )
    if any(s.role == SignerRole.REPRESENTATIVE for s in inspection.signatures):
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "The representative has signed already."))
        )
    return reason, witness


def record_refusal(
    ctx: AppContext,
    inspection_id: int,
    reason: str,
    witness: str,
    refused_at: dt.datetime | None = None,
) -> Refusal:
    """Record that the site representative refused to sign, instead of a signature."""
    when = (refused_at or m.localnow()).replace(microsecond=0)
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        reason, witness = _checked(inspection, reason, witness, when)
        inspection.refusal_reason, inspection.refusal_witness = reason, witness
        inspection.refused_at = when
        _audit(session, ctx, inspection, "refusal", witness=witness, length=len(reason))
    return Refusal(reason, when, witness)


def withdraw_refusal(ctx: AppContext, inspection_id: int) -> None:
    """Forget a recorded refusal (the representative signs after all)."""
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        if inspection.refusal_reason is None:
            return
        inspection.refusal_reason = inspection.refusal_witness = None
        inspection.refused_at = None
        _audit(session, ctx, inspection, "refusal_withdrawn")


def _audit(
    session: Session, ctx: AppContext, inspection: m.Inspection, action: str, **detail: object
) -> None:
    audit.record(session, ctx.actor, "inspection", inspection.uuid, action, **detail)
