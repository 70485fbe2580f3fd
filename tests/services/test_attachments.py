"""Files embedded in a signed PDF are read from what the signature covers, and only then."""

from __future__ import annotations

import io

import pytest

from inspector_app.services.signing.attachments import (
    AttachmentError,
    signed_attachments,
)
from inspector_app.services.signing.identity import Identity, create_identity
from inspector_app.services.signing.pades import SignatureBox, sign_pdf, verify_pdf

BOX = SignatureBox(0, 72, 600, 300, 680)
DATA = {"inspection.json": '{"score": 62.5, "site": "雁塔"}'.encode(), "form.json": b"{}"}


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    keys = tmp_path_factory.mktemp("keys")
    return create_identity(keys, "李明", "雁塔区劳动保障监察大队", "LS-1", b"passphrase")


def _page() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, "record")
    page.save()
    return buffer.getvalue()


def _signed(identity: Identity, pdf: bytes | None = None, **options: object) -> bytes:
    return sign_pdf(
        pdf or _page(),
        identity,
        signer_name="李明",
        stamp_image=None,
        box=BOX,
        **options,  # type: ignore[arg-type]
    )


def test_embedded_before_the_signature_and_covered_by_it(identity: Identity) -> None:
    pdf = _signed(identity, attachments=DATA)
    result = verify_pdf(pdf, [identity.certificate])
    assert result.intact and result.covers_whole_file
    assert signed_attachments(pdf).files == DATA


def test_a_misleading_byte_range_in_the_reason_changes_nothing(identity: Identity) -> None:
    pdf = _signed(identity, attachments=DATA, reason="/ByteRange [0 10 20 30]")
    assert signed_attachments(pdf).files == DATA


def test_a_signed_report_without_data_carries_nothing(identity: Identity) -> None:
    assert signed_attachments(_signed(identity)).files == {}


def test_an_unsigned_pdf_is_refused() -> None:
    with pytest.raises(AttachmentError):
        signed_attachments(_page())


def test_damaged_bytes_are_refused() -> None:
    with pytest.raises(AttachmentError):
        signed_attachments(b"%PDF-1.7\nnot really")


def test_an_embedded_file_beyond_the_limit_is_refused(identity: Identity) -> None:
    pdf = _signed(identity, attachments={"inspection.json": bytes(100_000)})
    with pytest.raises(AttachmentError) as raised:
        signed_attachments(pdf, limit=10_000)
    assert "too large" in raised.value.message


def test_a_second_signature_over_other_data_is_refused(identity: Identity) -> None:
    first = _signed(identity, attachments=DATA)
    other = {"inspection.json": b'{"score": 100}'}
    both = _signed(identity, first, attachments=other, field_name="Second")
    assert verify_pdf(both, [identity.certificate]).signature_count == 2
    with pytest.raises(AttachmentError):
        signed_attachments(both)
