"""Received inspections: the supervisor's list, with filters, over the newest signed revisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import and_, exists, func, select

from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import Origin
from inspector_app.services.context import AppContext
from inspector_app.services.supervision.review import ReviewState, review_key, reviews
from inspector_app.storage import models as m
from inspector_app.storage.sqlite import AnySelect

LIST_LIMIT = 2000


@dataclass(frozen=True)
class ReceivedFilter:
    """What the list shows; None means "any". Dashboard figures open lists through these."""

    site_id: int | None = None
    inspector_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    verdict: Verdict | None = None
    rule_with_findings: str | None = None
    review_state: ReviewState | None = None
    origin: Origin | None = None
    with_arrears: bool = False
    overdue_on: dt.date | None = None  # only inspections with corrections past this date
    text: str = ""

    def but(self, **changes: object) -> ReceivedFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ReceivedRow:
    """A line of the received list."""

    id: int
    uuid: str
    revision: int
    site_id: int
    site_name: str
    inspectors: str
    started_at: dt.datetime
    score: float | None
    verdict: Verdict | None
    findings: int
    origin: Origin
    signer_fingerprint: str | None
    review: ReviewState


def _inspectors_of(ids: list[int], ctx: AppContext) -> dict[int, str]:
    query = (
        select(m.InspectionInspector.inspection_id, m.Inspector.name)
        .join(m.Inspector, m.Inspector.id == m.InspectionInspector.inspector_id)
        .where(m.InspectionInspector.inspection_id.in_(ids))
        .order_by(m.InspectionInspector.inspection_id, m.InspectionInspector.position)
    )
    names: dict[int, list[str]] = {}
    with ctx.db.reading() as session:
        for inspection_id, name in session.execute(query):
            names.setdefault(inspection_id, []).append(name)
    return {key: "、".join(value) for key, value in names.items()}


def _apply(query: AnySelect, given: ReceivedFilter) -> AnySelect:
    i = m.Inspection
    if given.site_id is not None:
        query = query.where(i.site_id == given.site_id)
    if given.inspector_id is not None:
        query = query.where(
            exists().where(
                m.InspectionInspector.inspection_id == i.id,
                m.InspectionInspector.inspector_id == given.inspector_id,
            )
        )
    if given.date_from is not None:
        query = query.where(i.started_at >= dt.datetime.combine(given.date_from, dt.time()))
    if given.date_to is not None:
        end = dt.datetime.combine(given.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(i.started_at < end)
    if given.verdict is not None:
        query = query.where(i.verdict == given.verdict)
    if given.origin is not None:
        query = query.where(i.origin == given.origin)
    if given.rule_with_findings:
        query = query.where(
            exists().where(
                m.RuleResult.inspection_id == i.id,
                m.RuleResult.rule_id == given.rule_with_findings,
                m.RuleResult.not_compliant > 0,
            )
        )
    if given.with_arrears:
        query = query.where(exists().where(m.ArrearsCase.inspection_id == i.id))
    if given.overdue_on is not None:
        query = query.where(
            exists().where(m.Finding.inspection_id == i.id, m.Finding.deadline < given.overdue_on)
        )
    if given.text.strip():
        query = query.where(m.Site.name.contains(given.text.strip()))
    return query


def received_query(given: ReceivedFilter, limit: int = LIST_LIMIT) -> AnySelect:
    i = m.Inspection
    findings = select(func.count()).where(m.Finding.inspection_id == i.id).scalar_subquery()
    query = (
        select(
            i.id,
            i.uuid,
            i.revision,
            i.site_id,
            m.Site.name,
            i.started_at,
            i.score,
            i.verdict,
            findings,
            i.origin,
            i.signer_fingerprint,
        )
        .join(m.Site, m.Site.id == i.site_id)
        .where(and_(i.is_latest, i.status.in_(m.LOCKED_STATUSES)))
        .order_by(i.started_at.desc(), i.id.desc())
        .limit(limit)
    )
    return _apply(query, given)


def received_inspections(
    ctx: AppContext, given: ReceivedFilter | None = None, limit: int = LIST_LIMIT
) -> list[ReceivedRow]:
    """Signed inspections (newest revisions) matching the filter, newest first."""
    given = given or ReceivedFilter()
    with ctx.db.reading() as session:
        rows = session.execute(received_query(given, limit)).all()
    states = {key: review.state for key, review in reviews(ctx).items()}
    names = _inspectors_of([row[0] for row in rows], ctx)
    result = [
        ReceivedRow(
            id=row[0],
            uuid=row[1],
            revision=row[2],
            site_id=row[3],
            site_name=row[4],
            inspectors=names.get(row[0], ""),
            started_at=row[5],
            score=row[6],
            verdict=Verdict(row[7]) if row[7] else None,
            findings=int(row[8]),
            origin=Origin(row[9]),
            signer_fingerprint=row[10],
            review=states.get(review_key(row[1], row[2]), ReviewState.UNREVIEWED),
        )
        for row in rows
    ]
    if given.review_state is not None:
        result = [row for row in result if row.review == given.review_state]
    return result
