"""Recording the site representative's refusal to sign (拒签) in place of a signature."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector_app.core.errors import InspectionLockedError, ValidationError
from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing import refusal, sign_inspection
from inspector_app.storage import models as m

COMPLETE = 2  # in the demo data folder: 李明 (the local user) and 王芳 inspected it


def test_only_another_inspector_of_the_inspection_may_witness(demo_ctx: AppContext) -> None:
    assert refusal.witnesses(demo_ctx, COMPLETE) == ["王芳"]
    for witness in ("李明", "张三", ""):
        with pytest.raises(ValidationError, match="witness"):
            refusal.record_refusal(demo_ctx, COMPLETE, "不同意检查结论", witness)
    assert inspections.inspection_detail(demo_ctx, COMPLETE).refusal_reason is None


@pytest.mark.parametrize("reason", ["", "   ", "理" * 2001])
def test_a_refusal_needs_a_reason(demo_ctx: AppContext, reason: str) -> None:
    with pytest.raises(ValidationError, match="reason"):
        refusal.record_refusal(demo_ctx, COMPLETE, reason, "王芳")


def test_a_refusal_cannot_be_dated_in_the_future(demo_ctx: AppContext) -> None:
    later = m.localnow() + dt.timedelta(hours=1)
    with pytest.raises(ValidationError, match="future"):
        refusal.record_refusal(demo_ctx, COMPLETE, "不同意", "王芳", refused_at=later)


def test_a_recorded_refusal_lifts_the_signing_blocker(demo_ctx: AppContext) -> None:
    def blockers() -> list[str]:
        detail = inspections.inspection_detail(demo_ctx, COMPLETE)
        return [str(p) for p in sign_inspection.signing_problems(demo_ctx, detail)]

    assert "the site representative has not signed" in blockers()
    recorded = refusal.record_refusal(demo_ctx, COMPLETE, " 不同意检查结论 ", "王芳")
    assert recorded.reason == "不同意检查结论" and recorded.witness == "王芳"
    assert "the site representative has not signed" not in blockers()
    refusal.withdraw_refusal(demo_ctx, COMPLETE)
    assert "the site representative has not signed" in blockers()


def test_no_refusal_once_the_representative_has_signed(demo_ctx: AppContext) -> None:
    name = inspections.inspection_detail(demo_ctx, COMPLETE).representatives[0].name
    sign_inspection.add_signature(
        demo_ctx, COMPLETE, SignerRole.REPRESENTATIVE, name, make_signature_png(name, 1)
    )
    with pytest.raises(ValidationError, match="signed already"):
        refusal.record_refusal(demo_ctx, COMPLETE, "不同意", "王芳")


def test_a_signed_inspection_keeps_its_refusal(demo_ctx: AppContext) -> None:
    refusal.record_refusal(demo_ctx, COMPLETE, "不同意检查结论", "王芳")
    for person in inspections.inspection_detail(demo_ctx, COMPLETE).inspectors:
        png = make_signature_png(person.name, 2)
        sign_inspection.add_signature(demo_ctx, COMPLETE, SignerRole.INSPECTOR, person.name, png)
    sign_inspection.sign_inspection(demo_ctx, COMPLETE, b"test-passphrase")
    with pytest.raises(InspectionLockedError):
        refusal.withdraw_refusal(demo_ctx, COMPLETE)
    with pytest.raises(InspectionLockedError):
        refusal.record_refusal(demo_ctx, COMPLETE, "另一理由", "王芳")
    signed = inspections.inspection_detail(demo_ctx, COMPLETE)
    assert signed.locked
    assert (signed.refusal_reason, signed.refusal_witness) == ("不同意检查结论", "王芳")


def test_a_signed_inspection_without_a_refusal_takes_none(demo_ctx: AppContext) -> None:
    with pytest.raises(InspectionLockedError):
        refusal.record_refusal(demo_ctx, 3, "不同意", "王芳")
    assert inspections.inspection_detail(demo_ctx, 3).refusal_reason is None


def test_signatures_keep_the_time_they_were_drawn(demo_ctx: AppContext) -> None:
    drawn = m.localnow() - dt.timedelta(minutes=20)
    sign_inspection.add_signature(
        demo_ctx,
        COMPLETE,
        SignerRole.INSPECTOR,
        "王芳",
        make_signature_png("w", 1),
        signed_at=drawn,
    )
    stored = inspections.inspection_detail(demo_ctx, COMPLETE).signatures[-1]
    assert stored.signed_at == drawn.replace(microsecond=0)
    with pytest.raises(ValidationError, match="future"):
        sign_inspection.add_signature(
            demo_ctx,
            COMPLETE,
            SignerRole.INSPECTOR,
            "李明",
            make_signature_png("l", 1),
            signed_at=m.localnow() + dt.timedelta(hours=1),
        )
