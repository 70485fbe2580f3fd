"""Returned inspections leave the figures until a new revision; empty months count 0."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.services.context import AppContext
from inspector_app.services.supervision import dashboard, review
from inspector_app.services.supervision.received import received_inspections
from inspector_app.services.sync.importer import Importer
from tests.bundle_factory import InspectorFolder, supervisor


@pytest.fixture
def office(tmp_path: Path, inspector: InspectorFolder) -> Iterator[AppContext]:
    ctx = supervisor(tmp_path / "office", inspector)
    Importer(ctx).import_paths([*inspector.bundles, inspector.revision_2])
    yield ctx
    ctx.close()


def _figures(ctx: AppContext) -> tuple[int, int, int]:
    rules = dashboard.rule_compliance(ctx)
    months = dashboard.inspections_per_month(ctx)
    return (
        rules[0].inspections,
        sum(m.inspections for m in months),
        dashboard.arrears_totals(ctx).cases,
    )


def test_a_returned_inspection_leaves_the_figures_until_accepted(office: AppContext) -> None:
    before = _figures(office)
    assert before[0] == before[1] == 3
    with_arrears = {r.id for r in received_inspections(office, dashboard.behind_arrears())}
    row = next(r for r in received_inspections(office) if r.id in with_arrears)
    review.return_to_inspector(office, row.id, "请补充欠薪期间")
    assert review.returned_inspections(office) == {row.id}
    rules, months, cases = _figures(office)
    assert (rules, months) == (2, 2)
    assert cases < before[2]
    assert row.id not in {s.inspection_id for s in dashboard.open_corrections(office)}
    # Still listed for the supervisor; only the statistics leave it out.
    assert row.id in {r.id for r in received_inspections(office)}
    review.accept(office, row.id)  # a later review (as for a re-submitted revision)
    assert _figures(office) == before


def test_months_without_inspections_count_zero() -> None:
    months = dashboard.every_month({(2026, 11): 2, (2027, 2): 1})
    assert [(m.month, m.inspections) for m in months] == [
        ("2026-11", 2),
        ("2026-12", 0),
        ("2027-01", 0),
        ("2027-02", 1),
    ]
    assert dashboard.every_month({}) == []
