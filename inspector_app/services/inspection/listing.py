"""The inspection list: one frozen line per inspection, read fast enough for 10,000 and more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import InspectionStatus, Origin
from inspector_app.services.context import AppContext
from inspector_app.storage import models as m
from inspector_app.storage.sqlite import AnySelect, plain_rows, stored_time


@dataclass(frozen=True)
class InspectionRow:
    """A line of the inspection list."""

    id: int
    uuid: str
    revision: int
    site_id: int
    site_name: str
    status: InspectionStatus
    origin: Origin
    started_at: dt.datetime
    score: float | None
    verdict: Verdict | None


# The stored texts to their members, looked up once per row instead of calling the enum.
_STATUSES = {str(status): status for status in InspectionStatus}
_ORIGINS = {str(origin): origin for origin in Origin}
_VERDICTS: dict[str | None, Verdict | None] = {str(v): v for v in Verdict} | {None: None}


def list_inspections_query(
    *,
    site_id: int | None = None,
    status: InspectionStatus | None = None,
    latest_only: bool = True,
) -> AnySelect:
    """The statement behind the inspection list, newest first; its columns are
    InspectionRow's fields in order."""
    query = (
        select(
            m.Inspection.id,
            m.Inspection.uuid,
            m.Inspection.revision,
            m.Inspection.site_id,
            m.Site.name.label("site_name"),
            m.Inspection.status,
            m.Inspection.origin,
            m.Inspection.started_at,
            m.Inspection.score,
            m.Inspection.verdict,
        )
        .join(m.Site, m.Site.id == m.Inspection.site_id)
        .order_by(m.Inspection.started_at.desc(), m.Inspection.id.desc())
    )
    if latest_only:
        query = query.where(m.Inspection.is_latest)
    if site_id is not None:
        query = query.where(m.Inspection.site_id == site_id)
    if status is not None:
        query = query.where(m.Inspection.status == status)
    return query


def list_inspections(
    ctx: AppContext,
    *,
    site_id: int | None = None,
    status: InspectionStatus | None = None,
    latest_only: bool = True,
) -> list[InspectionRow]:
    """Inspections newest first; by default only the newest revision of each."""
    query = list_inspections_query(site_id=site_id, status=status, latest_only=latest_only)
    with ctx.db.connection() as conn:
        return _rows(plain_rows(conn, query))


def _rows(tuples: Iterable[tuple[Any, ...]]) -> list[InspectionRow]:
    """Frozen lines from the driver's tuples.

    A frozen dataclass's __init__ sets each field through object.__setattr__: 10,000 lines
    took 2.2 times as long as raw SQLite's query. Each line gets its fields as one dict
    instead, 1.55 times (InspectionRow has no defaults nor __post_init__ to skip).
    """
    new, assign, rows = object.__new__, object.__setattr__, []
    for id_, uuid, revision, site_id, site_name, status, origin, started, score, verdict in tuples:
        row = new(InspectionRow)
        assign(
            row,
            "__dict__",
            {
                "id": id_,
                "uuid": uuid,
                "revision": revision,
                "site_id": site_id,
                "site_name": site_name,
                "status": _STATUSES[status],
                "origin": _ORIGINS[origin],
                "started_at": stored_time(started),
                "score": score,
                "verdict": _VERDICTS[verdict],
            },
        )
        rows.append(row)
    return rows
