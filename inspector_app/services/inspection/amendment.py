"""Amending a signed inspection: revision n+1 with the reason, the signed one untouched."""

from __future__ import annotations

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import new_revision

AMEND_REASON_MAX = 500


def amend(ctx: AppContext, inspection_id: int, reason: str) -> int:
    """Revision n+1 of a signed inspection, saying why; returns the new draft's id.

    The reason is printed on the new record ("第 n+1 版，替代第 n 版") and kept in the audit
    log; the signed revision stays as it is (the lock triggers refuse any change to it).
    """
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Say why the signed inspection is amended."))
        )
    if len(reason) > AMEND_REASON_MAX:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The reason is too long (at most {limit} characters)."
                ),
                limit=AMEND_REASON_MAX,
            )
        )
    return new_revision(ctx, inspection_id, reason)
