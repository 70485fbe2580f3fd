"""Inspections: starting, answering, scoring, listing, revisions and follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.core.errors import InspectionLockedError, NotFoundError, ValidationError
from inspector_app.core.form_loader import default_form
from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors, sites
from inspector_app.services.inspection import answers
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.records import findings
from inspector_app.storage import models as m


@pytest.fixture
def inspection(ctx: AppContext) -> int:
    me = inspectors.add_inspector(ctx, "李明", "监察支队", "LS-1", is_self=True)
    colleague = inspectors.add_inspector(ctx, "王芳", "住建局", "ZJ-2")
    site = sites.create_site(ctx, "丝路科创园", contractor="陕西建工")
    return inspections.start_inspection(
        ctx, site, [me, colleague], [inspections.RepresentativeInput("王建国", "项目经理")]
    )


def test_start_records_people_form_and_audit(ctx: AppContext, inspection: int) -> None:
    detail = inspections.inspection_detail(ctx, inspection)
    assert [p.name for p in detail.inspectors] == ["李明", "王芳"]
    assert [r.name for r in detail.representatives] == ["王建国"]
    assert detail.form.sha256 == default_form().sha256
    assert detail.status == m.DRAFT and detail.revision == 1
    with ctx.db.reading() as session:
        actions = [e.action for e in session.query(m.AuditEntry).all()]
    assert "start" in actions


def test_answers_update_the_stored_score(ctx: AppContext, inspection: int) -> None:
    form = default_form()
    for item in form.items():
        answers.set_result(ctx, inspection, item.id, Result.COMPLIANT)
    assert inspections.list_inspections(ctx)[0].score == pytest.approx(100.0)
    first = next(form.items()).id
    score = answers.set_result(ctx, inspection, first, Result.NOT_COMPLIANT)
    row = inspections.list_inspections(ctx)[0]
    assert row.score is not None  # an answered inspection has a stored score
    assert row.score == pytest.approx(score.overall) and row.score < 100
    assert row.verdict == "needs_correction"


def test_note_and_value_are_stored_and_checked(ctx: AppContext, inspection: int) -> None:
    form = default_form()
    number_item = next(i for i in form.items() if i.kind == "number")
    answers.set_note(ctx, inspection, "R1.1", "闸机正常使用")
    answers.set_value(ctx, inspection, number_item.id, "418")
    with pytest.raises(ValidationError, match="is not a number"):
        answers.set_value(ctx, inspection, number_item.id, "四百")
    state = answers.answer_state(ctx, inspection, "R1.1")
    assert state.note == "闸机正常使用" and state.result == Result.NOT_CHECKED
    assert answers.answer_state(ctx, inspection, number_item.id).value == "418"


def test_unknown_item_is_refused(ctx: AppContext, inspection: int) -> None:
    with pytest.raises(ValidationError, match=r"no item R99\.9"):
        answers.set_result(ctx, inspection, "R99.9", Result.COMPLIANT)
    with pytest.raises(ValidationError, match=r"no item R99\.9"):
        answers.set_value(ctx, inspection, "R99.9", "3")


def test_findings_and_arrears_cases(ctx: AppContext, inspection: int) -> None:
    finding = findings.add_finding(
        ctx,
        inspection,
        "R2.1",
        description="未开设专用账户",
        correction="限期开设",
        deadline=dt.date(2026, 12, 10),
    )
    findings.update_finding(ctx, finding, "deadline", "2026-12-20")
    case = findings.add_arrears_case(
        ctx, inspection, employer="宏达劳务", workers_affected=12, amount_owed="86,000"
    )
    with pytest.raises(ValidationError):
        findings.update_arrears_case(ctx, case, "resolution", "forgotten")
    detail = inspections.inspection_detail(ctx, inspection)
    assert detail.findings[0].deadline == dt.date(2026, 12, 20)
    assert str(detail.arrears_cases[0].amount_owed) == "86000.00"


def test_signed_inspection_is_locked_and_amended_by_revision(demo_ctx: AppContext) -> None:
    with pytest.raises(InspectionLockedError):
        answers.set_note(demo_ctx, 3, "R1.1", "changed after signing")
    with pytest.raises(InspectionLockedError):
        findings.add_finding(demo_ctx, 3, "R1.1")
    new_id = inspections.new_revision(demo_ctx, 3)
    old, new = (inspections.inspection_detail(demo_ctx, i) for i in (3, new_id))
    assert (new.uuid, new.revision, new.status) == (old.uuid, 2, m.DRAFT)
    assert new.results() == old.results() and len(new.evidence) == len(old.evidence)
    answers.set_note(demo_ctx, new_id, "R1.1", "amended")
    rows = inspections.list_inspections(demo_ctx)
    assert [r.revision for r in rows if r.uuid == old.uuid] == [2]
    history = inspections.list_inspections(demo_ctx, latest_only=False)
    assert sorted(r.revision for r in history if r.uuid == old.uuid) == [1, 2]


def test_follow_up_carries_open_findings(demo_ctx: AppContext) -> None:
    previous = inspections.inspection_detail(demo_ctx, 3)
    new_id = inspections.start_follow_up(demo_ctx, 3, [p.id for p in previous.inspectors])
    follow_up = inspections.inspection_detail(demo_ctx, new_id)
    assert follow_up.follow_up_of == previous.uuid
    assert [f.item_id for f in follow_up.findings] == [f.item_id for f in previous.findings]
    assert follow_up.site_id == previous.site_id
    # Only the site's facts are filled in again (values, no results).
    assert all(a.result == "not_checked" for a in follow_up.answers.values())


def test_find_inspection_by_id_and_uuid_prefix(demo_ctx: AppContext) -> None:
    detail = inspections.inspection_detail(demo_ctx, 2)
    assert inspections.find_inspection(demo_ctx, "2") == 2
    assert inspections.find_inspection(demo_ctx, detail.uuid[:8]) == 2
    with pytest.raises(NotFoundError):
        inspections.find_inspection(demo_ctx, "ffffffff-none")


def test_current_item_is_remembered_even_when_signed(demo_ctx: AppContext) -> None:
    inspections.set_current_item(demo_ctx, 3, "R4.1")
    assert inspections.inspection_detail(demo_ctx, 3).current_item == "R4.1"


def test_start_needs_an_inspector_and_a_site(ctx: AppContext) -> None:
    with pytest.raises(ValidationError):
        inspections.start_inspection(ctx, 1, [])
    me = inspectors.add_inspector(ctx, "李明", is_self=True)
    with pytest.raises(NotFoundError):
        inspections.start_inspection(ctx, 42, [me])
