"""Photo evidence of an inspection: ingest through the photo pipeline, flag, caption, remove."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.errors import NotFoundError
from inspector_app.core.evidence_flags import (
    DEFAULT_TOLERANCE,
    EvidenceFlag,
    PhotoFlag,
    capture_time_flags,
)
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.validation import (
    MAX_PHOTOS,
    item_problem,
    list_problem,
    require,
    text_problem,
)
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.evidence.photos import (
    IngestOutcome,
    IngestStatus,
    derived_copy,
    ingest_photos,
)
from inspector_app.services.inspection.detail import EvidenceInfo
from inspector_app.services.inspection.forms import form_of
from inspector_app.services.inspection.lifecycle import editable_inspection, load_inspection
from inspector_app.storage import models as m
from inspector_app.storage.media import MediaStore


def media_store(ctx: AppContext) -> MediaStore:
    return MediaStore(ctx.data_dir.media, ctx.data_dir.derived)


def thumbnail_path(ctx: AppContext, sha256: str) -> Path:
    """The thumbnail, rebuilt from the original first when it is missing."""
    return derived_copy(media_store(ctx), sha256, "thumb")


def report_copy_path(ctx: AppContext, sha256: str) -> Path:
    """The report-size copy, rebuilt from the original first when it is missing."""
    return derived_copy(media_store(ctx), sha256, "report")


def original_path(ctx: AppContext, sha256: str) -> Path:
    return media_store(ctx).path_for(sha256)


def add_photos(
    ctx: AppContext,
    inspection_id: int,
    item_id: str,
    paths: Sequence[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    tolerance: dt.timedelta = DEFAULT_TOLERANCE,
) -> list[IngestOutcome]:
    """Ingest photos and attach them to an item; one outcome per path, in order.

    Rejected files are reported with their reason; the others still go in, attached in
    one transaction (one commit for the batch, not one per photo).
    """
    _check_target(ctx, inspection_id, item_id, len(paths))
    outcomes = ingest_photos(list(paths), media_store(ctx), progress=progress, cancel=cancel)
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        # Checked again with what was ingested: another window may have added photos.
        added = sum(1 for outcome in outcomes if outcome.info is not None)
        require(
            list_problem(
                len(inspection.evidence) + added,
                msg(QT_TRANSLATE_NOOP("service", "evidence")),
                MAX_PHOTOS,
            )
        )
        return [
            _attach(session, ctx.actor, inspection, item_id, outcome, tolerance)
            if outcome.info is not None
            else outcome
            for outcome in outcomes
        ]


def _check_target(ctx: AppContext, inspection_id: int, item_id: str, count: int) -> None:
    """The item is on the form and the inspection has room for `count` more photos
    (the rules a bundle's photos meet too), before any file is read."""
    with ctx.db.reading() as session:
        inspection = editable_inspection(session, inspection_id)
        require(
            item_problem(
                form_of(inspection.form), item_id, msg(QT_TRANSLATE_NOOP("service", "item_id"))
            ),
            list_problem(
                len(inspection.evidence) + count,
                msg(QT_TRANSLATE_NOOP("service", "evidence")),
                MAX_PHOTOS,
            ),
        )


def _attach(
    session: Session,
    actor: str,
    inspection: m.Inspection,
    item_id: str,
    outcome: IngestOutcome,
    tolerance: dt.timedelta,
) -> IngestOutcome:
    info = outcome.info
    assert info is not None
    if _already_attached(session, inspection.id, item_id, info.sha256):
        return replace(outcome, status=IngestStatus.ALREADY_PRESENT)
    flags = _flags(session, inspection, info.captured_at, info.sha256, tolerance)
    row = m.Evidence(
        inspection_id=inspection.id,
        item_id=item_id,
        sha256=info.sha256,
        original_name=info.original_name,
        mime=info.mime,
        size=info.size,
        width=info.width,
        height=info.height,
        captured_at=info.captured_at,
        gps_lat=info.gps_lat,
        gps_lon=info.gps_lon,
        camera=info.camera,
        flags=[flag.stored() for flag in flags],
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "evidence",
        row.id,
        "add",
        inspection=inspection.uuid,
        item=item_id,
        sha256=info.sha256,
        name=info.original_name,
    )
    return replace(outcome, status=IngestStatus.ADDED)


def _already_attached(session: Session, inspection_id: int, item_id: str, sha: str) -> bool:
    return (
        session.scalar(
            select(m.Evidence.id)
            .where(
                m.Evidence.inspection_id == inspection_id,
                m.Evidence.item_id == item_id,
                m.Evidence.sha256 == sha,
            )
            .limit(1)
        )
        is not None
    )


def _flags(
    session: Session,
    inspection: m.Inspection,
    captured_at: dt.datetime | None,
    sha: str,
    tolerance: dt.timedelta,
) -> list[PhotoFlag]:
    flags = []
    for kind in sorted(capture_time_flags(captured_at, inspection.started_at, tolerance)):
        difference = None
        if kind == EvidenceFlag.TIME_MISMATCH and captured_at is not None:
            difference = (captured_at - inspection.started_at).total_seconds()
        flags.append(PhotoFlag(kind, difference_s=difference))
    other = recycled_from(session, sha, inspection.uuid)
    if other is not None:
        ref = f"{other[0][:8]} ({other[1]})"
        flags.append(PhotoFlag(EvidenceFlag.RECYCLED, inspection_uuid=other[0], ref=ref))
    return flags


def recycled_from(session: Session, sha: str, own_uuid: str) -> tuple[str, str] | None:
    """(uuid, site name) of another inspection that already used this photo, if any."""
    row = session.execute(
        select(m.Inspection.uuid, m.Site.name)
        .join(m.Evidence, m.Evidence.inspection_id == m.Inspection.id)
        .join(m.Site, m.Site.id == m.Inspection.site_id)
        .where(m.Evidence.sha256 == sha, m.Inspection.uuid != own_uuid)
        .order_by(m.Inspection.started_at)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def flag_texts(flags: Iterable[PhotoFlag], lang: str = "zh") -> list[str]:
    """The flags of a photo as sentences in `lang`."""
    return [flag.describe(lang) for flag in flags]


def evidence_flags_text(evidence: EvidenceInfo, lang: str = "zh") -> list[str]:
    return flag_texts(evidence.flags, lang)


def set_caption(ctx: AppContext, evidence_id: int, caption: str) -> None:
    with ctx.db.transaction() as session:
        row = _evidence(session, evidence_id)
        editable_inspection(session, row.inspection_id)
        require(text_problem(caption, msg(QT_TRANSLATE_NOOP("service", "caption"))))
        row.caption = caption
        audit.record(session, ctx.actor, "evidence", evidence_id, "caption", caption=caption)


def remove_evidence(ctx: AppContext, evidence_id: int) -> None:
    """Detach a photo before signing; the original stays in the media store."""
    with ctx.db.transaction() as session:
        row = _evidence(session, evidence_id)
        editable_inspection(session, row.inspection_id)
        audit.record(session, ctx.actor, "evidence", evidence_id, "remove", sha256=row.sha256)
        session.delete(row)


def _evidence(session: Session, evidence_id: int) -> m.Evidence:
    row = session.get(m.Evidence, evidence_id)
    if row is None:
        raise NotFoundError(
            msg(QT_TRANSLATE_NOOP("service", "No evidence with id {id}."), id=evidence_id)
        )
    return row


def evidence_counts(ctx: AppContext, inspection_id: int) -> dict[str, int]:
    """Photos per item, for the evidence rules of the form."""
    with ctx.db.reading() as session:
        load_inspection(session, inspection_id)
        counts: dict[str, int] = {}
        for item_id in session.scalars(
            select(m.Evidence.item_id).where(m.Evidence.inspection_id == inspection_id)
        ):
            counts[item_id] = counts.get(item_id, 0) + 1
        return counts


def referenced_hashes(ctx: AppContext) -> set[str]:
    """Every photo hash that some inspection refers to."""
    with ctx.db.reading() as session:
        return set(session.scalars(select(m.Evidence.sha256).distinct()))
