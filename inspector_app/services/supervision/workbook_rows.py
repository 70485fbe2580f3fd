"""What the assessment workbook reads: plain rows about the period's signed inspections.

The inspections counted are the ones the supervisor's list shows: the newest revision of
each signed inspection (held bundles never reach the table). A handful of set-based
queries read everything, so 10,000 inspections cost a few queries, not 10,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from inspector_app.core.forms import Form
from inspector_app.core.statuses import ArrearsResolution
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import self_inspector
from inspector_app.services.inspection.forms import form_of
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.figures import RuleCompliance
from inspector_app.services.supervision.period import Period
from inspector_app.services.supervision.review import ReviewState, review_key, reviews
from inspector_app.storage import models as m
from inspector_app.storage.sqlite import AnySelect


@dataclass(frozen=True)
class InspectionFacts:
    id: int
    uuid: str
    revision: int
    site_id: int
    form_pk: int
    started_at: dt.datetime
    score: float | None
    verdict: str | None
    document_no: str | None = None


@dataclass(frozen=True)
class FindingFacts:
    inspection_id: int
    item_id: str
    description: str
    correction: str
    deadline: dt.date | None
    responsible_party: str


@dataclass(frozen=True)
class ArrearsFacts:
    inspection_id: int
    employer: str
    workers_affected: int
    amount_owed: Decimal
    resolution: ArrearsResolution
    note: str


@dataclass(frozen=True)
class SiteFacts:
    id: int
    name: str
    address: str
    permit_no: str
    project_code: str
    contract_value: Decimal | None
    client: str
    client_code: str
    contractor: str
    contractor_code: str
    project_manager: str
    wage_administrator: str
    responsible_unit: str
    workers_on_site: int | None
    workers_registered: int | None
    subcontractors: tuple[tuple[str, str], ...] = ()


_SITE_COLUMNS = [
    getattr(m.Site, name) for name in SiteFacts.__dataclass_fields__ if name != "subcontractors"
]


@dataclass(frozen=True)
class WorkbookData:
    """Everything the workbook's sheets show, read in one go."""

    unit: str
    inspections: list[InspectionFacts]
    inspectors: dict[int, str]
    findings: list[FindingFacts]
    arrears: list[ArrearsFacts]
    sites: dict[int, SiteFacts]
    forms: dict[int, Form]
    site_latest: frozenset[int]  # each site's newest signed inspection, over all time
    rules: list[RuleCompliance]
    review: dict[int, ReviewState]


def _counted(period: Period) -> list[Any]:
    i = m.Inspection
    return [i.is_latest, i.status.in_(m.LOCKED_STATUSES), *period.criteria(i.started_at)]


def _ids(period: Period) -> AnySelect:
    return select(m.Inspection.id).where(*_counted(period))


def _inspections(conn: Connection, period: Period) -> list[InspectionFacts]:
    i = m.Inspection
    query = (
        select(
            i.id,
            i.uuid,
            i.revision,
            i.site_id,
            i.form_pk,
            i.started_at,
            i.score,
            i.verdict,
            i.document_no,
        )
        .where(*_counted(period))
        .order_by(i.started_at, i.id)
    )
    return [InspectionFacts(*row) for row in conn.execute(query)]


def _inspectors(conn: Connection, period: Period) -> dict[int, str]:
    link = m.InspectionInspector
    query = (
        select(link.inspection_id, m.Inspector.name)
        .join(m.Inspector, m.Inspector.id == link.inspector_id)
        .where(link.inspection_id.in_(_ids(period)))
        .order_by(link.inspection_id, link.position)
    )
    names: dict[int, list[str]] = {}
    for inspection_id, name in conn.execute(query):
        names.setdefault(inspection_id, []).append(name)
    return {key: "、".join(value) for key, value in names.items()}


def _findings(conn: Connection, period: Period) -> list[FindingFacts]:
    f = m.Finding
    query = (
        select(
            f.inspection_id,
            f.item_id,
            f.description,
            f.correction,
            f.deadline,
            f.responsible_party,
        )
        .where(f.inspection_id.in_(_ids(period)))
        .order_by(f.inspection_id, f.id)
    )
    return [FindingFacts(*row) for row in conn.execute(query)]


def _arrears(conn: Connection, period: Period) -> list[ArrearsFacts]:
    a = m.ArrearsCase
    query = (
        select(a.inspection_id, a.employer, a.workers_affected, a.amount_owed, a.resolution, a.note)
        .where(a.inspection_id.in_(_ids(period)))
        .order_by(a.inspection_id, a.id)
    )
    return [
        ArrearsFacts(
            i,
            employer,
            int(workers or 0),
            Decimal(str(amount or 0)),
            ArrearsResolution(res),
            note or "",
        )
        for i, employer, workers, amount, res, note in conn.execute(query)
    ]


def _sites(conn: Connection, period: Period) -> dict[int, SiteFacts]:
    used = select(m.Inspection.site_id).where(*_counted(period))
    subcontractors: dict[int, list[tuple[str, str]]] = {}
    s = m.Subcontractor
    query = select(s.site_id, s.name, s.credit_code).where(s.site_id.in_(used)).order_by(s.id)
    for site_id, name, code in conn.execute(query):
        subcontractors.setdefault(site_id, []).append((name, code))
    rows = conn.execute(select(*_SITE_COLUMNS).where(m.Site.id.in_(used)).order_by(m.Site.name))
    return {
        row.id: SiteFacts(**row._mapping, subcontractors=tuple(subcontractors.get(row.id, ())))
        for row in rows
    }


def _forms(ctx: AppContext, inspections: list[InspectionFacts]) -> dict[int, Form]:
    used = {i.form_pk for i in inspections}
    with ctx.db.reading() as session:
        rows = session.scalars(select(m.FormVersion).where(m.FormVersion.id.in_(used)))
        return {row.id: form_of(row) for row in rows}


def _site_latest(conn: Connection) -> frozenset[int]:
    latest = dashboard.latest_per_site(conn.dialect.name).subquery()
    return frozenset(conn.scalars(select(latest.c.id)))


def _reviews(ctx: AppContext, inspections: list[InspectionFacts]) -> dict[int, ReviewState]:
    states = {key: review.state for key, review in reviews(ctx).items()}
    return {
        i.id: states.get(review_key(i.uuid, i.revision), ReviewState.UNREVIEWED)
        for i in inspections
    }


def read_workbook_data(ctx: AppContext, period: Period) -> WorkbookData:
    with ctx.db.connection() as conn:
        sites = _sites(conn, period)
        inspections = _inspections(conn, period)
        inspectors = _inspectors(conn, period)
        findings = _findings(conn, period)
        arrears = _arrears(conn, period)
        site_latest = _site_latest(conn)
    # The queries are separate reads: a bundle imported meanwhile must not leave a finding
    # without its inspection, or an inspection without its site.
    inspections = [i for i in inspections if i.site_id in sites]
    counted = {i.id for i in inspections}
    findings = [f for f in findings if f.inspection_id in counted]
    arrears = [a for a in arrears if a.inspection_id in counted]
    me = self_inspector(ctx)
    return WorkbookData(
        unit=me.unit if me else "",
        inspections=inspections,
        inspectors=inspectors,
        findings=findings,
        arrears=arrears,
        sites=sites,
        forms=_forms(ctx, inspections),
        site_latest=site_latest,
        rules=dashboard.rule_compliance(ctx, period.criteria(m.Inspection.started_at)),
        review=_reviews(ctx, inspections),
    )
