"""Signing on site as one step: the drawn signatures (or the representative's recorded
refusal) and the digital signature of the record, from one call.

The passphrase is checked before anything is written, and the drawn signatures replace
whatever an earlier, failed attempt left, so a wrong passphrase followed by a retry still
leaves exactly one signature per person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from inspector_app.core.statuses import SignerRole
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import editable_inspection
from inspector_app.services.signing import refusal
from inspector_app.services.signing.keys import own_identity
from inspector_app.services.signing.sign_inspection import add_signature, sign_inspection


@dataclass(frozen=True)
class DrawnSignature:
    """One signature drawn on screen: who, in which role, the image and when."""

    role: SignerRole
    name: str
    png: bytes
    signed_at: dt.datetime | None = None


@dataclass(frozen=True)
class RefusalToSign:
    """The site representative's refusal to sign, with the reason and its witness."""

    reason: str
    witness: str
    refused_at: dt.datetime | None = None


def sign_on_site(
    ctx: AppContext,
    inspection_id: int,
    passphrase: bytes,
    drawn: Sequence[DrawnSignature],
    *,
    refused: RefusalToSign | None = None,
    language: str = "zh",
    font_path: Path | None = None,
) -> bytes:
    """Store the drawn signatures and the refusal, then sign the record; returns the PDF."""
    own_identity(ctx, passphrase)  # a wrong passphrase is refused before anything is written
    if refused is not None:
        refusal.record_refusal(
            ctx, inspection_id, refused.reason, refused.witness, refused.refused_at
        )
    else:
        refusal.withdraw_refusal(ctx, inspection_id)
    _forget_drawn_signatures(ctx, inspection_id)
    for signature in drawn:
        add_signature(
            ctx,
            inspection_id,
            signature.role,
            signature.name,
            signature.png,
            signed_at=signature.signed_at,
        )
    return sign_inspection(ctx, inspection_id, passphrase, language=language, font_path=font_path)


def _forget_drawn_signatures(ctx: AppContext, inspection_id: int) -> None:
    """Drop the drawn signatures an earlier attempt stored (the inspection is not signed)."""
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        for signature in list(inspection.signatures):
            audit.record(session, ctx.actor, "signature", signature.id, "remove")
            session.delete(signature)
