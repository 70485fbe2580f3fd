"""The dashboard's compliance per rule adds up the answers of each site's latest signed
inspection, and a signed new revision replaces the old one in it."""

from __future__ import annotations

from inspector_app.core.results import Result
from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing import sign_inspection
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.received import received_inspections

COUNTED = ("compliant", "not_compliant", "not_applicable")


def _figures(ctx: AppContext) -> dict[str, tuple[int, int, int, int]]:
    return {
        r.rule_id: (r.compliant, r.not_compliant, r.not_applicable, r.inspections)
        for r in dashboard.rule_compliance(ctx)
    }


def _from_the_answers(ctx: AppContext) -> dict[str, tuple[int, int, int, int]]:
    """The same figures counted by hand from each site's latest signed inspection."""
    latest: dict[int, tuple[object, int]] = {}
    for row in received_inspections(ctx):
        newest = (row.started_at, row.id)
        latest[row.site_id] = max(latest.get(row.site_id, newest), newest)
    counts: dict[str, list[int]] = {}
    for _started, inspection_id in latest.values():
        detail = inspections.inspection_detail(ctx, inspection_id)
        for rule in detail.form.rules:
            counts.setdefault(rule.id, [0, 0, 0, 0])[3] += 1
        for item_id, answer in detail.answers.items():
            if answer.result in COUNTED:
                counts[detail.form.rule_of(item_id).id][COUNTED.index(answer.result)] += 1
    return {rule: (a, b, c, d) for rule, (a, b, c, d) in counts.items()}


def test_rule_figures_match_the_answers(demo_ctx: AppContext) -> None:
    figures = _figures(demo_ctx)
    assert sorted(figures) == [f"R{n}" for n in range(1, 9)]
    assert figures == _from_the_answers(demo_ctx)
    assert sum(v[1] for v in figures.values()) > 0  # the demo has findings to count


def _sign_new_revision(ctx: AppContext, inspection_id: int, flip: str) -> int:
    new_id = inspections.new_revision(ctx, inspection_id)
    answers.set_result(ctx, new_id, flip, Result.NOT_COMPLIANT)
    detail = inspections.inspection_detail(ctx, new_id)
    signers = [(SignerRole.INSPECTOR, p.name) for p in detail.inspectors]
    signers += [(SignerRole.REPRESENTATIVE, p.name) for p in detail.representatives]
    for role, name in signers:
        sign_inspection.add_signature(ctx, new_id, role, name, make_signature_png(name, 3))
    sign_inspection.sign_inspection(ctx, new_id, b"test-passphrase")
    return new_id


def test_a_signed_new_revision_replaces_the_old_in_figures(demo_ctx: AppContext) -> None:
    before = _figures(demo_ctx)
    old = inspections.inspection_detail(demo_ctx, 3)
    flip = next(
        i
        for i, a in old.answers.items()
        if a.result == "compliant" and old.form.item(i).evidence != "photo_if_not_compliant"
    )
    rule = old.form.rule_of(flip).id
    _sign_new_revision(demo_ctx, 3, flip)
    after = _figures(demo_ctx)
    assert after == _from_the_answers(demo_ctx)
    assert after[rule][:2] == (before[rule][0] - 1, before[rule][1] + 1)
    assert after[rule][3] == before[rule][3]  # the site is counted once, with its new revision
