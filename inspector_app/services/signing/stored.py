"""What signing recorded, checked again before anything leaves the app: the stored signed
report and every photo must still hash to what was recorded, or nothing is exported."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.context import AppContext
from inspector_app.storage import models as m


@dataclass(frozen=True)
class SignedContent:
    """The signed report and the original photos of a signed inspection, each re-hashed."""

    pdf: bytes
    photos: dict[str, bytes]  # sha256 -> bytes


def _signed_report(ctx: AppContext, inspection_id: int) -> bytes:
    with ctx.db.reading() as session:
        row = session.execute(
            select(m.SignedReport.pdf, m.SignedReport.sha256, m.Inspection.signed_pdf_sha256)
            .join(m.Inspection, m.Inspection.id == m.SignedReport.inspection_id)
            .where(m.SignedReport.inspection_id == inspection_id)
        ).first()
    if row is None:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "This inspection is not signed yet; sign it before exporting."
                )
            )
        )
    actual = hashlib.sha256(row.pdf).hexdigest()
    if actual != row.sha256 or (row.signed_pdf_sha256 and actual != row.signed_pdf_sha256):
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The stored signed report no longer matches the hash recorded at signing; "
                    "not exported.",
                )
            ),
            code="signed_report_changed",
        )
    return bytes(row.pdf)


def _photo(ctx: AppContext, sha256: str, name: str) -> bytes:
    from inspector_app.services.evidence.attach import media_store

    try:
        data = media_store(ctx).path_for(sha256).read_bytes()
    except OSError as error:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The photo {name} ({photo}) is missing from the evidence store; not exported.",
                ),
                name=name,
                photo=sha256[:12],
            ),
            code="photo_missing",
        ) from error
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The photo {name} ({photo}) no longer matches its recorded hash; not exported.",
                ),
                name=name,
                photo=sha256[:12],
            ),
            code="photo_changed",
        )
    return data


def checked_signed_content(ctx: AppContext, inspection_id: int) -> SignedContent:
    """The signed report and every photo of the inspection, after re-hashing each against
    its recorded hash; a change or a missing file is a ValidationError naming it."""
    pdf = _signed_report(ctx, inspection_id)
    with ctx.db.reading() as session:
        evidence = session.execute(
            select(m.Evidence.sha256, m.Evidence.original_name)
            .where(m.Evidence.inspection_id == inspection_id)
            .order_by(m.Evidence.id)
        ).all()
    photos = {row.sha256: _photo(ctx, row.sha256, row.original_name) for row in evidence}
    return SignedContent(pdf, photos)
