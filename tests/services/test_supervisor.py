"""Supervisor services: figures count only the newest signed revisions, drill-downs, review log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import Origin
from inspector_app.services.context import AppContext
from inspector_app.services.supervision import dashboard, review
from inspector_app.services.supervision.received import ReceivedFilter, received_inspections
from inspector_app.services.sync.importer import Importer, ImportVerdict
from inspector_app.storage.models import AuditEntry
from tests.bundle_factory import InspectorFolder, supervisor


@pytest.fixture
def office(tmp_path: Path, inspector: InspectorFolder) -> Iterator[AppContext]:
    ctx = supervisor(tmp_path / "office", inspector)
    Importer(ctx).import_paths([*inspector.bundles, inspector.revision_2])
    yield ctx
    ctx.close()


def test_list_holds_newest_revisions_only(office: AppContext) -> None:
    rows = received_inspections(office)
    assert len(rows) == 3
    assert sorted(r.revision for r in rows) == [1, 1, 2]


def test_rule_compliance_counts_each_site_once(office: AppContext) -> None:
    rules = dashboard.rule_compliance(office)
    assert [r.rule_id for r in rules] == [f"R{n}" for n in range(1, 9)]
    assert all(r.inspections == 3 for r in rules)


def test_drill_down_from_rule_and_month(office: AppContext) -> None:
    for rule in dashboard.rule_compliance(office):
        behind = received_inspections(office, dashboard.behind_rule(rule.rule_id))
        assert (rule.not_compliant > 0) == bool(behind)
    months = dashboard.inspections_per_month(office)
    assert sum(m.inspections for m in months) == 3
    assert len(received_inspections(office, dashboard.behind_month(months[0]))) == (
        months[0].inspections
    )


def test_corrections_overdue_first(office: AppContext) -> None:
    later = dashboard.open_corrections(office, today=dt.date(2030, 1, 1))
    assert later and all(s.overdue == s.open for s in later)
    early = dashboard.open_corrections(office, today=dt.date(2000, 1, 1))
    assert all(s.overdue == 0 for s in early)
    by_site = received_inspections(office, ReceivedFilter(site_id=later[0].site_id))
    assert [r.id for r in by_site] == [later[0].inspection_id]


def test_arrears_totals(office: AppContext) -> None:
    totals = dashboard.arrears_totals(office)
    behind = received_inspections(office, dashboard.behind_arrears())
    assert totals.cases == len(behind) >= 1
    assert totals.workers_affected > 0 and totals.amount_owed > 0


def test_review_goes_to_the_audit_log(office: AppContext) -> None:
    row = received_inspections(office)[0]
    review.return_to_inspector(office, row.id, "请补充第6条公示牌的照片")
    review.accept(office, row.id)
    history = review.review_history(office, row.uuid, row.revision)
    assert [h.state for h in history] == ["returned", "accepted"]
    assert history[0].comment == "请补充第6条公示牌的照片"
    with office.db.reading() as session:
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "review"))
        )
    assert actions == ["return", "accept"]
    accepted = received_inspections(
        office, ReceivedFilter(review_state=review.ReviewState.ACCEPTED)
    )
    assert [r.id for r in accepted] == [row.id]


def test_verdict_and_origin_filters_take_their_enums(office: AppContext) -> None:
    rows = received_inspections(office)
    assert {type(r.verdict) for r in rows} <= {Verdict, type(None)}
    for verdict in Verdict:
        chosen = received_inspections(office, ReceivedFilter(verdict=verdict))
        assert [r.id for r in chosen] == [r.id for r in rows if r.verdict is verdict]
    imported = received_inspections(office, ReceivedFilter(origin=Origin.IMPORTED))
    assert [r.id for r in imported] == [r.id for r in rows] and rows
    assert received_inspections(office, ReceivedFilter(origin=Origin.LOCAL)) == []


def test_import_outcomes_carry_an_import_verdict(
    tmp_path: Path, inspector: InspectorFolder
) -> None:
    ctx = supervisor(tmp_path / "again", inspector)
    try:
        first = Importer(ctx).import_file(inspector.bundles[0])
        again = Importer(ctx).import_file(inspector.bundles[0])
    finally:
        ctx.close()
    assert (first.verdict, again.verdict) == (ImportVerdict.IMPORTED, ImportVerdict.ALREADY)
    assert type(first.verdict) is ImportVerdict and first.accepted and again.accepted
