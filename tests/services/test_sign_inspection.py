"""Signing an inspection: what blocks it, the signed report, the lock, the export."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.core.errors import PassphraseError, ValidationError
from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing import sign_inspection, trust
from inspector_app.services.signing.pades import verify_pdf
from inspector_app.storage import models as m
from tests import external

PASSPHRASE = b"test-passphrase"


def test_signing_is_refused_while_anything_is_missing(demo_ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as refused:
        sign_inspection.sign_inspection(demo_ctx, 1, PASSPHRASE)
    message = str(refused.value)
    assert "not answered" in message and "no inspector has signed" in message
    assert inspections.inspection_detail(demo_ctx, 1).status == m.DRAFT


def _sign_complete(ctx: AppContext, inspection_id: int) -> None:
    detail = inspections.inspection_detail(ctx, inspection_id)
    for person in detail.inspectors:
        sign_inspection.add_signature(
            ctx,
            inspection_id,
            SignerRole.INSPECTOR,
            person.name,
            make_signature_png(person.name, 1),
        )
    sign_inspection.add_signature(
        ctx,
        inspection_id,
        SignerRole.REPRESENTATIVE,
        detail.representatives[0].name,
        make_signature_png("r", 2),
    )


def test_wrong_passphrase_changes_nothing(demo_ctx: AppContext) -> None:
    _sign_complete(demo_ctx, 2)
    with pytest.raises(PassphraseError):
        sign_inspection.sign_inspection(demo_ctx, 2, b"wrong")
    assert inspections.inspection_detail(demo_ctx, 2).status == m.COMPLETE


def test_signed_report_verifies_and_locks(demo_ctx: AppContext, tmp_path: Path) -> None:
    _sign_complete(demo_ctx, 2)
    pdf = sign_inspection.sign_inspection(demo_ctx, 2, PASSPHRASE)
    detail = inspections.inspection_detail(demo_ctx, 2)
    assert detail.status == m.SIGNED and detail.locked
    verdict = verify_pdf(pdf, trust.trusted_certificates(demo_ctx))
    assert verdict.intact and verdict.trusted and verdict.signer_name == "李明"
    out = sign_inspection.export_pdf(demo_ctx, 2, tmp_path / "report.pdf")
    assert out.read_bytes() == pdf  # copied, never re-created
    assert inspections.inspection_detail(demo_ctx, 2).status == m.EXPORTED
    with demo_ctx.db.reading() as session:
        stored = session.get(m.Inspection, 2)
        assert stored is not None
        assert stored.signed_pdf_sha256 == hashlib.sha256(pdf).hexdigest()
    pdfsig = external.run(["pdfsig", str(out)], text=True)
    assert "Signature is Valid" in pdfsig.stdout


def test_signature_must_be_a_png(demo_ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="PNG"):
        sign_inspection.add_signature(demo_ctx, 2, SignerRole.INSPECTOR, "李明", b"GIF89a...")
    with pytest.raises(ValidationError, match="Role"):
        sign_inspection.add_signature(
            demo_ctx,
            2,
            "boss",  # type: ignore[arg-type]  # a role outside SignerRole is what is tested
            "李明",
            make_signature_png("x", 1),
        )


def test_unsigned_inspection_cannot_be_exported(demo_ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not signed"):
        sign_inspection.export_pdf(demo_ctx, 2, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_signed_report_text_carries_the_inspection(demo_ctx: AppContext, tmp_path: Path) -> None:
    detail = inspections.inspection_detail(demo_ctx, 3)
    out = sign_inspection.export_pdf(demo_ctx, 3, tmp_path / "r.pdf")
    text = external.output("pdftotext", str(out), "-")
    flat = "".join(text.split())
    assert detail.site_name in flat
    assert all("".join(rule.title.zh.split()) in flat for rule in detail.form.rules)
    assert "检查人员" in flat and "被检查单位代表" in flat
    assert all("".join(f.correction.split())[:20] in flat for f in detail.findings)
    assert f"共{len(text.split(chr(12))) - 1}页" in flat


def test_signing_issues_the_next_record_number(demo_ctx: AppContext) -> None:
    from inspector_app.services.inspection import numbering

    numbering.set_numbering(demo_ctx, "", "雁塔")
    with demo_ctx.db.reading() as session:
        signed_before = session.execute(
            select(func.count()).where(m.Inspection.document_no.is_not(None))
        ).scalar_one()
    _sign_complete(demo_ctx, 2)
    sign_inspection.sign_inspection(demo_ctx, 2, PASSPHRASE)
    year = m.localnow().year
    expected = f"雁塔监检〔{year}〕{signed_before + 1:03d}号"
    assert inspections.inspection_detail(demo_ctx, 2).document_no == expected
    amended = inspections.new_revision(demo_ctx, 2)
    assert inspections.inspection_detail(demo_ctx, amended).document_no == expected
    stored = (demo_ctx.data_dir.root / numbering.SEQUENCE_FILE).read_text("utf-8")
    assert f'"{year}": {signed_before + 1}' in stored
