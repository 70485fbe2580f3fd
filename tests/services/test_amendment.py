"""Amending a signed inspection: revision n+1 with the reason; the signed one untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from inspector_app.core.errors import ValidationError
from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.inspection.amendment import amend
from inspector_app.services.signing import sign_inspection
from inspector_app.storage import models as m
from tests.pdf_reader import pdf_text, squeezed

PASSPHRASE = b"test-passphrase"  # the demo key's (tests/conftest.py)
SIGNED = 3
REASON = "专用账户账号填写有误，予以更正"


def test_amend_makes_the_next_revision_with_the_reason(demo_ctx: AppContext) -> None:
    before = inspections.inspection_detail(demo_ctx, SIGNED)
    new_id = amend(demo_ctx, SIGNED, f"  {REASON}\n")
    new = inspections.inspection_detail(demo_ctx, new_id)
    old = inspections.inspection_detail(demo_ctx, SIGNED)

    assert (new.uuid, new.revision, new.status) == (before.uuid, before.revision + 1, m.DRAFT)
    assert new.amend_reason == REASON
    assert (old.status, old.revision, old.amend_reason) == (before.status, before.revision, None)
    assert old.signed_at == before.signed_at and len(old.signatures) == len(before.signatures)
    assert set(new.answers) == set(before.answers)


def test_the_signed_revision_keeps_refusing_changes(demo_ctx: AppContext) -> None:
    amend(demo_ctx, SIGNED, REASON)
    with pytest.raises(Exception, match="signed"), demo_ctx.db.transaction() as session:
        session.execute(
            text("UPDATE inspections SET amend_reason = 'x' WHERE id = :id"), {"id": SIGNED}
        )


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_an_amendment_needs_a_reason(demo_ctx: AppContext, reason: str) -> None:
    with pytest.raises(ValidationError):
        amend(demo_ctx, SIGNED, reason)
    assert inspections.inspection_detail(demo_ctx, SIGNED).status == m.SIGNED


def test_a_draft_or_an_older_revision_cannot_be_amended(demo_ctx: AppContext) -> None:
    with pytest.raises(ValidationError):
        amend(demo_ctx, 1, REASON)  # a draft
    amend(demo_ctx, SIGNED, REASON)
    with pytest.raises(ValidationError):
        amend(demo_ctx, SIGNED, "再改一次")  # revision 2 exists: amend that one


def test_the_amended_record_says_which_version_it_replaces_and_why(
    demo_ctx: AppContext, tmp_path: Path
) -> None:
    new_id = amend(demo_ctx, SIGNED, REASON)
    detail = inspections.inspection_detail(demo_ctx, new_id)
    for person in detail.inspectors:
        sign_inspection.add_signature(
            demo_ctx, new_id, SignerRole.INSPECTOR, person.name, make_signature_png(person.name, 3)
        )
    rep = detail.representatives[0].name
    sign_inspection.add_signature(
        demo_ctx, new_id, SignerRole.REPRESENTATIVE, rep, make_signature_png(rep, 4)
    )
    flat = squeezed(pdf_text(sign_inspection.sign_inspection(demo_ctx, new_id, PASSPHRASE)))

    assert "第2版，替代第1版" in flat
    assert squeezed(f"修改原因：{REASON}") in flat
    first = squeezed(pdf_text(sign_inspection.preview_pdf(demo_ctx, SIGNED)))
    assert "替代" not in first
