"""The signed inspection record read as a labour bureau would: every page drawn by poppler,
its text read back; authority, number, acknowledgement or refusal, nothing in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector_app.core.errors import ValidationError
from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.reporting.strings import Labels
from inspector_app.services.signing import refusal, sign_inspection
from inspector_app.storage import models as m
from tests.pdf_reader import english_words, inked, pdf_text, render_pages, squeezed

PASSPHRASE = b"test-passphrase"  # the demo key's (tests/conftest.py)
AUTHORITY, COLLEAGUE_UNIT = "西安市劳动保障监察支队", "西安市住房和城乡建设局"
ZH = Labels("zh")


def _read(pdf: bytes, folder: Path) -> str:
    """The record's text, after checking that every page renders and shows something."""
    import io

    pages = render_pages(pdf, folder)
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert all(inked(page) for page in pages)
    return pdf_text(pdf)


def _number(seq: int) -> str:
    return f"西安监检〔{m.localnow().year}〕{seq:03d}号"


def test_signed_record_carries_authority_number_facts_and_acknowledgement(
    demo_ctx: AppContext, tmp_path: Path
) -> None:
    detail = inspections.inspection_detail(demo_ctx, 4)  # the demo's second signed one
    text = _read(sign_inspection.signed_pdf(demo_ctx, 4), tmp_path)
    flat = squeezed(text)

    assert detail.document_no == _number(2)
    assert AUTHORITY in flat and detail.document_no in flat
    assert "以上检查情况属实" in flat and detail.representatives[0].name in flat
    assert "检查地点" in flat and "西安市长安区韦曲南街" in flat
    assert "2026年9月28日09:30至12:10" in flat
    assert COLLEAGUE_UNIT in flat and "ZJ-610100-0417" in flat  # the colleague, badge and unit
    assert "竣工日期" in flat and "开工日期" in flat
    assert "银行保函" in flat and "¥760,000.00" in flat  # R5.2's label, R5.3's amount
    assert "bank_guarantee" not in text and "760000" not in text
    assert "盖章处" in flat and "被检查单位代表拒绝签字" not in flat
    assert english_words(text) == set()


def test_each_signature_prints_its_own_time(demo_ctx: AppContext, tmp_path: Path) -> None:
    detail = inspections.inspection_detail(demo_ctx, 4)
    flat = squeezed(pdf_text(sign_inspection.signed_pdf(demo_ctx, 4)))

    times = {squeezed(ZH.moment(s.signed_at)) for s in detail.signatures}
    assert len(times) == len(detail.signatures) == 3
    assert all(moment in flat for moment in times)


def _sign_with_refusal(ctx: AppContext, inspection_id: int) -> bytes:
    detail = inspections.inspection_detail(ctx, inspection_id)
    for number, person in enumerate(detail.inspectors):
        sign_inspection.add_signature(
            ctx,
            inspection_id,
            SignerRole.INSPECTOR,
            person.name,
            make_signature_png(person.name, number),
        )
    refusal.record_refusal(ctx, inspection_id, "认为检查结论与事实不符，拒绝签字。", "王芳")
    return sign_inspection.sign_inspection(ctx, inspection_id, PASSPHRASE)


def test_a_refusal_to_sign_is_printed_in_place_of_the_signature(
    demo_ctx: AppContext, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="representative has not signed"):
        sign_inspection.sign_inspection(demo_ctx, 2, PASSPHRASE)
    text = _read(_sign_with_refusal(demo_ctx, 2), tmp_path)
    flat = squeezed(text)
    detail = inspections.inspection_detail(demo_ctx, 2)

    assert detail.locked and detail.document_no == _number(4)
    assert "被检查单位代表拒绝签字" in flat
    assert "认为检查结论与事实不符，拒绝签字。" in flat
    assert "见证检查人员" in flat and "王芳（执法证号ZJ-610100-0417）" in flat
    assert squeezed(ZH.moment(detail.refused_at)) in flat
    assert english_words(text) == set()


def test_an_amended_record_keeps_its_number_and_says_which_version(
    demo_ctx: AppContext, tmp_path: Path
) -> None:
    number = inspections.inspection_detail(demo_ctx, 3).document_no
    amended = inspections.new_revision(demo_ctx, 3)
    detail = inspections.inspection_detail(demo_ctx, amended)
    for person in detail.inspectors:
        sign_inspection.add_signature(
            demo_ctx, amended, SignerRole.INSPECTOR, person.name, make_signature_png(person.name, 3)
        )
    rep = detail.representatives[0].name
    sign_inspection.add_signature(
        demo_ctx, amended, SignerRole.REPRESENTATIVE, rep, make_signature_png(rep, 4)
    )
    flat = squeezed(pdf_text(sign_inspection.sign_inspection(demo_ctx, amended, PASSPHRASE)))

    assert number == _number(1)
    assert f"{number}（第2版）" in flat
    assert inspections.inspection_detail(demo_ctx, amended).document_no == number


def test_the_english_record_is_in_english(demo_ctx: AppContext) -> None:
    pdf = sign_inspection.preview_pdf(demo_ctx, 2, language="en")
    text = pdf_text(pdf)

    assert "Site inspection record" in text and "Acknowledgement" in text
    assert "Bank guarantee" in text and "CNY 760,000.00" in text
    assert "(version 2)" in text and "Completion date" in text  # the default form, v2
    assert "bank_guarantee" not in text and "检查明细" not in text
