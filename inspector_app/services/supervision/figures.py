"""Figures over many inspections: compliance per rule, for dashboards and the assessment."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select

from inspector_app.services.context import AppContext
from inspector_app.storage import models as m


@dataclass(frozen=True)
class RuleCompliance:
    """How one rule fared across inspections: items compliant, not compliant, applicable."""

    rule_id: str
    compliant: int
    not_compliant: int
    not_applicable: int
    inspections: int

    @property
    def rate(self) -> float | None:
        checked = self.compliant + self.not_compliant
        return None if checked == 0 else self.compliant / checked


def compliance_by_rule_query(statuses: tuple[str, ...] | None = None) -> Select:
    """Per rule: items compliant, not compliant, not applicable, and inspections counted."""
    query = (
        select(
            m.RuleResult.rule_id,
            func.sum(m.RuleResult.compliant),
            func.sum(m.RuleResult.not_compliant),
            func.sum(m.RuleResult.not_applicable),
            func.count(),
        )
        .join(m.Inspection, m.Inspection.id == m.RuleResult.inspection_id)
        .where(m.Inspection.is_latest)
        .group_by(m.RuleResult.rule_id)
        .order_by(m.RuleResult.rule_id)
    )
    if statuses:
        query = query.where(m.Inspection.status.in_(statuses))
    return query


def compliance_by_rule(
    ctx: AppContext, statuses: tuple[str, ...] | None = None
) -> list[RuleCompliance]:
    """Per rule, over the newest revision of every inspection (optionally of some statuses)."""
    with ctx.db.connection() as conn:
        rows = conn.execute(compliance_by_rule_query(statuses)).all()
    return [
        RuleCompliance(rule, int(ok), int(bad), int(na), int(n)) for rule, ok, bad, na, n in rows
    ]
