"""Figures across inspections read the newest revision's per-rule results."""

from __future__ import annotations

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.supervision import figures


def _totals(ctx: AppContext) -> dict[str, tuple[int, int, int, int]]:
    return {
        r.rule_id: (r.compliant, r.not_compliant, r.not_applicable, r.inspections)
        for r in figures.compliance_by_rule(ctx)
    }


def test_rule_figures_match_the_answers(demo_ctx: AppContext) -> None:
    expected: dict[str, list[int]] = {}
    for row in inspections.list_inspections(demo_ctx):
        detail = inspections.inspection_detail(demo_ctx, row.id)
        for item_id, answer in detail.answers.items():
            counts = expected.setdefault(detail.form.rule_of(item_id).id, [0, 0, 0])
            index = (
                ("compliant", "not_compliant", "not_applicable").index(answer.result)
                if answer.result != "not_checked"
                else None
            )
            if index is not None:
                counts[index] += 1
    got = _totals(demo_ctx)
    assert {rule: list(v[:3]) for rule, v in got.items()} == expected
    assert all(v[3] == 5 for v in got.values())
    signed_only = figures.compliance_by_rule(demo_ctx, ("signed", "exported"))
    assert all(r.inspections == 3 for r in signed_only)


def test_a_new_revision_replaces_the_old_in_figures(demo_ctx: AppContext) -> None:
    before = _totals(demo_ctx)
    old = inspections.inspection_detail(demo_ctx, 3)
    flipped = next(i for i, a in old.answers.items() if a.result == "compliant")
    new_id = inspections.new_revision(demo_ctx, 3)
    assert _totals(demo_ctx) == before  # same answers, counted once
    answers.set_result(demo_ctx, new_id, flipped, Result.NOT_COMPLIANT)
    rule = old.form.rule_of(flipped).id
    after = _totals(demo_ctx)[rule]
    assert after[0] == before[rule][0] - 1 and after[1] == before[rule][1] + 1
    assert after[3] == 5
