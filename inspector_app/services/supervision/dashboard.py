"""Dashboard figures over received inspections; each figure can open the inspections behind it.

Everything counts only the newest revision of signed inspections: held bundles never
reach the inspections table, drafts are not signed, superseded revisions are not latest.
Inspections the supervisor returned stay out until a new revision comes (`excluded`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, extract, func, select

from inspector_app.core.parsing import CENT
from inspector_app.core.statuses import ArrearsResolution
from inspector_app.services.context import AppContext
from inspector_app.services.supervision.figures import RuleCompliance
from inspector_app.services.supervision.received import ReceivedFilter
from inspector_app.storage import models as m
from inspector_app.storage import sqlite
from inspector_app.storage.sqlite import AnySelect


@dataclass(frozen=True)
class SiteCorrections:
    """A site whose latest inspection demands corrections; overdue ones sort first."""

    site_id: int
    site_name: str
    inspection_id: int
    open: int
    overdue: int
    earliest_deadline: dt.date | None


@dataclass(frozen=True)
class ArrearsTotals:
    cases: int
    workers_affected: int
    amount_owed: Decimal
    unresolved_cases: int
    unresolved_amount: Decimal


@dataclass(frozen=True)
class MonthCount:
    month: str  # YYYY-MM
    inspections: int

    def date_range(self) -> tuple[dt.date, dt.date]:
        year, month = map(int, self.month.split("-"))
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _signed_latest(query: AnySelect, excluded: Collection[int] = ()) -> AnySelect:
    query = query.where(m.Inspection.is_latest, m.Inspection.status.in_(m.LOCKED_STATUSES))
    return query.where(m.Inspection.id.not_in(excluded)) if excluded else query


def _returned(ctx: AppContext) -> set[int]:
    from inspector_app.services.supervision.review import returned_inspections

    return returned_inspections(ctx)


def latest_per_site(
    dialect: str = "sqlite", within: Sequence[Any] = (), excluded: Collection[int] = ()
) -> AnySelect:
    """(id, site_id) of every site's most recent signed inspection (among those `within`
    also holds for, e.g. a period's bounds), leaving out the `excluded` ones (returned).

    On SQLite a bare-column max() reads the index ix_inspections_site_latest alone (see
    storage.sqlite.newest_per_group); elsewhere a portable window function does it.
    """
    i = m.Inspection
    criteria: tuple[Any, ...] = (i.is_latest, i.status.in_(m.LOCKED_STATUSES), *within)
    if excluded:
        criteria = (*criteria, i.id.not_in(excluded))
    if dialect == "sqlite":
        return sqlite.newest_per_group(i.id, i.site_id, i.started_at, *criteria)
    rank = func.row_number().over(
        partition_by=i.site_id, order_by=(i.started_at.desc(), i.id.desc())
    )
    ranked = select(i.id.label("id"), i.site_id.label("site_id"), rank.label("rank"))
    ranked_sub = ranked.where(*criteria).subquery()
    return select(ranked_sub.c.id, ranked_sub.c.site_id).where(ranked_sub.c.rank == 1)


def rule_compliance_query(
    dialect: str = "sqlite", within: Sequence[Any] = (), excluded: Collection[int] = ()
) -> AnySelect:
    latest = latest_per_site(dialect, within, excluded).subquery()
    r = m.RuleResult
    return (
        select(
            r.rule_id,
            func.sum(r.compliant),
            func.sum(r.not_compliant),
            func.sum(r.not_applicable),
            func.count(),
        )
        .join(latest, latest.c.id == r.inspection_id)
        .group_by(r.rule_id)
        .order_by(r.rule_id)
    )


def rule_compliance(ctx: AppContext, within: Sequence[Any] = ()) -> list[RuleCompliance]:
    """Per rule, across sites: the items of each site's latest signed inspection (of those
    that meet `within`, e.g. a period's bounds).

    `inspections` counts the sites whose latest inspection checked the rule.
    """
    with ctx.db.connection() as conn:
        query = rule_compliance_query(conn.dialect.name, within, _returned(ctx))
        rows = conn.execute(query).all()
    return [
        RuleCompliance(rule, int(ok), int(bad), int(na), int(n)) for rule, ok, bad, na, n in rows
    ]


def corrections_query(
    today: dt.date, dialect: str = "sqlite", excluded: Collection[int] = ()
) -> AnySelect:
    latest = latest_per_site(dialect, excluded=excluded).subquery()
    overdue = func.sum(case((m.Finding.deadline < today, 1), else_=0))
    return (
        select(
            m.Site.id,
            m.Site.name,
            latest.c.id,
            func.count(m.Finding.id),
            overdue,
            func.min(m.Finding.deadline),
        )
        .join(latest, latest.c.site_id == m.Site.id)
        .join(m.Finding, m.Finding.inspection_id == latest.c.id)
        .group_by(m.Site.id, m.Site.name, latest.c.id)
        .order_by(overdue.desc(), func.min(m.Finding.deadline), m.Site.name)
    )


def open_corrections(ctx: AppContext, today: dt.date | None = None) -> list[SiteCorrections]:
    """Sites whose latest inspection left corrections to make, overdue ones first."""
    with ctx.db.connection() as conn:
        query = corrections_query(today or dt.date.today(), conn.dialect.name, _returned(ctx))
        rows = conn.execute(query).all()
    return [SiteCorrections(a, b, c, int(d), int(e or 0), f) for a, b, c, d, e, f in rows]


def arrears_query(excluded: Collection[int] = ()) -> AnySelect:
    """The counts of arrears cases; amounts are summed apart (arrears_amounts_query)."""
    a = m.ArrearsCase
    unresolved = a.resolution != ArrearsResolution.RESOLVED_ON_SITE
    return _signed_latest(
        select(
            func.count(a.id),
            func.coalesce(func.sum(a.workers_affected), 0),
            func.coalesce(func.sum(case((unresolved, 1), else_=0)), 0),
        ).join(m.Inspection, m.Inspection.id == a.inspection_id),
        excluded,
    )


def arrears_amounts_query(excluded: Collection[int] = ()) -> AnySelect:
    """Each case's amount and whether it is unresolved. SQLite sums Numeric columns as
    floats, which drop fen past 2^53 (a few thousand cases of the largest amount): the
    totals are added up here in Decimal instead."""
    a = m.ArrearsCase
    return _signed_latest(
        select(a.amount_owed, a.resolution != ArrearsResolution.RESOLVED_ON_SITE).join(
            m.Inspection, m.Inspection.id == a.inspection_id
        ),
        excluded,
    )


def arrears_totals(ctx: AppContext) -> ArrearsTotals:
    """Wage-arrears cases found: how many, workers affected, amount owed, still unresolved."""
    amount = open_amount = Decimal(0)
    with ctx.db.connection() as conn:
        returned = _returned(ctx)
        cases, workers, open_cases = conn.execute(arrears_query(returned)).one()
        for owed, unresolved in conn.execute(arrears_amounts_query(returned)):
            value = Decimal(str(owed or 0)).quantize(CENT)
            amount += value
            open_amount += value if unresolved else 0
    return ArrearsTotals(int(cases), int(workers), amount, int(open_cases), open_amount)


def months_query(excluded: Collection[int] = ()) -> AnySelect:
    # extract() is standard SQL (SQLAlchemy writes strftime() for SQLite), unlike strftime.
    year = extract("year", m.Inspection.started_at)
    month = extract("month", m.Inspection.started_at)
    query = _signed_latest(select(year, month, func.count()), excluded)
    return query.group_by(year, month).order_by(year, month)


def inspections_per_month(ctx: AppContext) -> list[MonthCount]:
    """Inspections per month from the first to the last; a month without any shows 0."""
    with ctx.db.connection() as conn:
        counts = {
            (int(year), int(month)): int(n)
            for year, month, n in conn.execute(months_query(_returned(ctx)))
        }
    return every_month(counts)


def every_month(counts: dict[tuple[int, int], int]) -> list[MonthCount]:
    """(year, month) -> count as consecutive months, the ones missing between as 0."""
    if not counts:
        return []
    (year, month), last = min(counts), max(counts)
    months = []
    while (year, month) <= last:
        months.append(MonthCount(f"{year:04d}-{month:02d}", counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# -- figures open the inspections behind them ------------------------------------------


def behind_rule(rule_id: str) -> ReceivedFilter:
    return ReceivedFilter(rule_with_findings=rule_id)


def behind_month(month: MonthCount) -> ReceivedFilter:
    start, end = month.date_range()
    return ReceivedFilter(date_from=start, date_to=end)


def behind_arrears() -> ReceivedFilter:
    return ReceivedFilter(with_arrears=True)
