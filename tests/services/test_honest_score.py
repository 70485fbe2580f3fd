"""The services keep the score honest: N/A reasons block signing and print, arrears fail."""

from __future__ import annotations

from inspector_app.core.results import Result
from inspector_app.core.scoring import Verdict
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.records import findings
from inspector_app.services.signing.sign_inspection import preview_pdf, signing_problems
from inspector_app.storage import models as m
from tests.pdf_reader import pdf_text, squeezed

DRAFT, COMPLETE = 1, 2  # in the demo data folder
REASON = "本工程为政府投资项目，依法免缴"


def _na_problems(ctx: AppContext, inspection_id: int) -> list[str]:
    detail = inspections.inspection_detail(ctx, inspection_id)
    return [str(p) for p in signing_problems(ctx, detail) if "no reason" in str(p)]


def test_an_na_answer_without_a_reason_blocks_signing(demo_ctx: AppContext) -> None:
    assert _na_problems(demo_ctx, COMPLETE) == []  # the demo gives its N/A answers a reason
    answers.set_result(demo_ctx, COMPLETE, "R5.4", Result.NOT_APPLICABLE)
    answers.set_na_reason(demo_ctx, COMPLETE, "R5.4", "   ")
    assert _na_problems(demo_ctx, COMPLETE) == ["R5.4: not applicable, but no reason given"]
    answers.set_na_reason(demo_ctx, COMPLETE, "R5.4", f"  {REASON} ")
    assert _na_problems(demo_ctx, COMPLETE) == []
    detail = inspections.inspection_detail(demo_ctx, COMPLETE)
    assert detail.answers["R5.4"].na_reason == REASON


def test_the_report_prints_the_reason(demo_ctx: AppContext) -> None:
    answers.set_result(demo_ctx, COMPLETE, "R5.4", Result.NOT_APPLICABLE)
    answers.set_na_reason(demo_ctx, COMPLETE, "R5.4", REASON)
    flat = squeezed(pdf_text(preview_pdf(demo_ctx, COMPLETE)))
    assert squeezed(f"不适用理由：{REASON}") in flat


def test_recorded_arrears_make_the_stored_verdict_failing(demo_ctx: AppContext) -> None:
    for item in inspections.inspection_detail(demo_ctx, DRAFT).form.items():
        answers.set_result(demo_ctx, DRAFT, item.id, Result.COMPLIANT)
    answers.set_result(demo_ctx, DRAFT, "R3.1", Result.NOT_COMPLIANT)
    detail = inspections.inspection_detail(demo_ctx, DRAFT)
    for case in detail.arrears_cases:
        findings.delete_arrears_case(demo_ctx, case.id)
    assert _stored_verdict(demo_ctx, DRAFT) == Verdict.NEEDS_CORRECTION
    case_id = findings.add_arrears_case(
        demo_ctx, DRAFT, employer="某劳务公司", workers_affected=18, amount_owed="324000"
    )
    assert _stored_verdict(demo_ctx, DRAFT) == Verdict.FAILING
    assert inspections.inspection_detail(demo_ctx, DRAFT).score.verdict is Verdict.FAILING
    flat = squeezed(pdf_text(preview_pdf(demo_ctx, DRAFT)))
    assert "现场发现拖欠农民工工资，结论为不合格" in flat  # the report says why
    findings.delete_arrears_case(demo_ctx, case_id)
    assert _stored_verdict(demo_ctx, DRAFT) == Verdict.NEEDS_CORRECTION


def _stored_verdict(ctx: AppContext, inspection_id: int) -> str | None:
    with ctx.db.reading() as session:
        row = session.get(m.Inspection, inspection_id)
        assert row is not None
        return row.verdict


def test_bundles_carry_the_reasons_and_read_older_ones_without() -> None:
    from inspector_app.services.sync import payload as p

    answer = m.Answer(item_id="R5.4", rule_id="R5", result="not_applicable", value=None)
    answer.note, answer.na_reason = "", REASON
    dumped = p.dump(answer, p.ANSWER)
    assert p.load(dumped, p.ANSWER, "answers[0]")["na_reason"] == REASON
    older = {key: value for key, value in dumped.items() if key != "na_reason"}
    assert p.load(older, p.ANSWER, "answers[0]")["na_reason"] == ""
    assert "amend_reason" in p.INSPECTION
