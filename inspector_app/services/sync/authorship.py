"""Revisions by their authors: revision n+1 must be signed by one who signed revision n.

A trusted inspector's bundle that continues another inspector's inspection is sound, but
not theirs to replace: it is held for the supervisor, who sees it beside the revision it
would follow and accepts or refuses it (services/sync/held.py).
"""

from __future__ import annotations

import functools
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import SignerRole
from inspector_app.services.context import AppContext
from inspector_app.services.sync.model import INSPECTION, Manifest
from inspector_app.storage import models as m


@dataclass(frozen=True)
class KnownRevision:
    """The revision already here that a held bundle's revision would follow."""

    inspection_id: int
    revision: int
    signers: frozenset[str]  # certificate fingerprints of those who signed it
    signer: str  # names, as the supervisor knows them
    score: float | None
    verdict: Verdict | None


def signers_of(session: Session, inspection_id: int) -> frozenset[str]:
    """Who signed a revision: the certificate of its PDF and bundle signature, and every
    listed inspector with a known certificate whose drawn signature it carries."""
    inspection = session.get(m.Inspection, inspection_id)
    if inspection is None:
        return frozenset()
    drawn = set(
        session.scalars(
            select(m.Signature.signer_name).where(
                m.Signature.inspection_id == inspection_id,
                m.Signature.role == SignerRole.INSPECTOR,
            )
        )
    )
    listed = session.execute(
        select(m.Inspector.name, m.Inspector.cert_fingerprint)
        .join(m.InspectionInspector, m.InspectionInspector.inspector_id == m.Inspector.id)
        .where(m.InspectionInspector.inspection_id == inspection_id)
    )
    found = {fp for name, fp in listed if fp and name in drawn}
    if inspection.signer_fingerprint:
        found.add(inspection.signer_fingerprint)
    return frozenset(found)


def _neighbour(session: Session, inspection_uuid: str, revision: int) -> m.Inspection | None:
    """The revision here that `revision` follows (the newest below it), or for a late
    older revision the one that follows it (the oldest above)."""
    rows = list(session.scalars(select(m.Inspection).where(m.Inspection.uuid == inspection_uuid)))
    if any(row.revision == revision for row in rows):
        return None  # the same revision again: "already here" or a conflict, not this check
    below = [row for row in rows if row.revision < revision]
    above = [row for row in rows if row.revision > revision]
    if below:
        return max(below, key=lambda row: row.revision)
    return min(above, key=lambda row: row.revision) if above else None


def _signer_names(session: Session, row: m.Inspection) -> str:
    recorded = session.scalar(
        select(m.ImportRecord.signer_name)
        .where(
            m.ImportRecord.inspection_uuid == row.uuid,
            m.ImportRecord.revision == row.revision,
            m.ImportRecord.signer_name.is_not(None),
        )
        .limit(1)
    )
    if recorded:
        return recorded
    names = session.scalars(
        select(m.Inspector.name)
        .join(m.InspectionInspector, m.InspectionInspector.inspector_id == m.Inspector.id)
        .where(m.InspectionInspector.inspection_id == row.id)
        .order_by(m.InspectionInspector.position)
    )
    return "、".join(names)


def known_revision(ctx: AppContext, inspection_uuid: str, revision: int) -> KnownRevision | None:
    """The revision already here that this one would follow, with who signed it."""
    with ctx.db.reading() as session:
        row = _neighbour(session, inspection_uuid, revision)
        if row is None:
            return None
        return KnownRevision(
            row.id,
            row.revision,
            signers_of(session, row.id),
            _signer_names(session, row),
            row.score,
            Verdict(row.verdict) if row.verdict else None,
        )


def foreign_revision(ctx: AppContext, manifest: Manifest) -> KnownRevision | None:
    """The revision here whose signers do not include this bundle's signer; None when the
    bundle is its authors' own (or the first revision here)."""
    known = known_revision(ctx, manifest.inspection_uuid, manifest.revision)
    if known is None or manifest.signer_fingerprint in known.signers:
        return None
    return known


def another_inspector_reason(revision: int, known: KnownRevision | None) -> Message:
    """Why such a bundle is held (the list rebuilds it, so it can be translated)."""
    if known is None:
        return msg(
            QT_TRANSLATE_NOOP("service", "another inspector's revision: revision {revision}"),
            revision=revision,
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "service",
            "another inspector's revision: revision {revision} follows revision {earlier} "
            "signed by {signer}",
        ),
        revision=revision,
        earlier=known.revision,
        signer=known.signer,
    )


@dataclass(frozen=True)
class HeldFacts:
    """What a held bundle says of its score, to show beside the revision here."""

    score: float | None
    verdict: Verdict | None


@functools.lru_cache(maxsize=256)
def held_facts(sha256: str, path: Path) -> HeldFacts:
    """The score and verdict inspection.json states (the bundle passed verification when it
    was held; this is for display beside the earlier revision). Read once per file hash."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(INSPECTION)
            if info.file_size > 64 * 1024 * 1024:
                return HeldFacts(None, None)
            data = json.loads(archive.read(info))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return HeldFacts(None, None)
    score = data.get("score") if isinstance(data, dict) else None
    verdict = data.get("verdict") if isinstance(data, dict) else None
    return HeldFacts(
        float(score) if isinstance(score, int | float) and not isinstance(score, bool) else None,
        _verdict(verdict),
    )


def _verdict(value: object) -> Verdict | None:
    """The verdict inspection.json states, for display only; anything else shows as none."""
    try:
        return Verdict(value) if isinstance(value, str) else None
    except ValueError:
        return None
