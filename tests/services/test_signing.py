"""PAdES signing of the report and its verification by pyHanko and by poppler's pdfsig."""

from __future__ import annotations

import io
import re
import subprocess
import time
from pathlib import Path

import pytest

from inspector_app.core.errors import ValidationError
from inspector_app.core.paths import DataDir
from inspector_app.services.reporting.render import RenderedReport, render_report
from inspector_app.services.signing.identity import Identity, create_identity
from inspector_app.services.signing.pades import SignatureBox, sign_pdf, verify_pdf
from tests import external
from tests.report_factory import make_report_data, signature_png


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> RenderedReport:
    photos = tmp_path_factory.mktemp("photos")
    return render_report(make_report_data(photos, photos=2, photo_size=(800, 600)))


@pytest.fixture
def signer(data_dir: DataDir) -> Identity:
    return create_identity(data_dir.keys, "张三", "雁塔区劳动保障监察大队", "SX-0042", b"pw")


def _sign(report: RenderedReport, signer: Identity) -> bytes:
    return sign_pdf(
        report.pdf,
        signer,
        signer_name="张三",
        stamp_image=signature_png(1),
        box=report.signature_box,
        reason="现场检查报告",
        location="西安",
    )


def pdfsig(pdf: bytes, tmp_path: Path) -> str:
    """pdfsig's report; it exits 0 even for broken signatures, so callers read the text."""
    path = tmp_path / "checked.pdf"
    path.write_bytes(pdf)
    done = external.run(["pdfsig", str(path)], text=True)
    report: str = done.stdout + done.stderr
    return report


def _pdfsig_validation(output: str) -> str:
    found = re.search(r"Signature Validation: (.+)", output)
    assert found, output
    return found.group(1).strip()


def test_signed_report_verifies_in_pyhanko_and_pdfsig(
    report: RenderedReport, signer: Identity, tmp_path: Path
) -> None:
    signed = _sign(report, signer)

    result = verify_pdf(signed, [signer.certificate])
    output = pdfsig(signed, tmp_path)

    assert result.signed and result.intact and result.trusted and result.covers_whole_file
    assert result.signer_name == "张三" and result.reason is None
    assert result.signed_at is not None and result.signature_count == 1
    assert _pdfsig_validation(output) == "Signature is Valid."
    assert "Total document signed" in output
    assert "ETSI.CAdES.detached" in output  # PAdES, not the older adbe.pkcs7 subfilter


def test_visible_signature_sits_in_the_reserved_box(
    report: RenderedReport, signer: Identity
) -> None:
    from pypdf import PdfReader

    signed = _sign(report, signer)

    page = PdfReader(io.BytesIO(signed)).pages[report.signature_box.page]
    widgets = [a.get_object() for a in page.get("/Annots", [])]
    rects = [[float(v) for v in w["/Rect"]] for w in widgets if w.get("/FT") == "/Sig"]
    assert rects == [pytest.approx(list(report.signature_box.rounded()), abs=0.01)]
    assert widgets[0]["/AP"]["/N"].get_object()["/Resources"]["/XObject"]


def test_changing_one_signed_byte_is_detected(
    report: RenderedReport, signer: Identity, tmp_path: Path
) -> None:
    signed = _sign(report, signer)
    # A byte inside a photo's JPEG data: the file still parses, only the digest breaks.
    at = signed.index(b"\xff\xd8\xff") + 5000
    tampered = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]

    result = verify_pdf(tampered, [signer.certificate])
    output = pdfsig(tampered, tmp_path)

    assert result.signed and not result.intact and not result.trusted
    assert result.reason and "changed" in result.reason
    assert _pdfsig_validation(output) != "Signature is Valid."
    assert "Digest Mismatch" in output


def test_signer_outside_the_trust_list_is_untrusted_but_intact(
    report: RenderedReport, signer: Identity, tmp_path: Path
) -> None:
    colleague = create_identity(tmp_path / "k", "李四", "", "", b"pw")

    result = verify_pdf(_sign(report, signer), [colleague.certificate])

    assert result.signed and result.intact and not result.trusted
    assert result.reason and "trust list" in result.reason


def test_appended_content_after_signing_is_reported(
    report: RenderedReport, signer: Identity
) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(_sign(report, signer)))
    writer.root["/Lang"] = writer.root.get("/Lang")  # a harmless no-op update
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)

    result = verify_pdf(out.getvalue(), [signer.certificate])

    assert result.signed and not result.covers_whole_file


@pytest.mark.parametrize("garbage", [b"", b"junk", b"%PDF-1.7\n%%EOF"])
def test_garbage_is_reported_as_unsigned(garbage: bytes) -> None:
    result = verify_pdf(garbage, [])

    assert not result.signed and not result.intact and result.reason


def test_unsigned_report_says_so(report: RenderedReport) -> None:
    result = verify_pdf(report.pdf, [])

    assert not result.signed and result.reason == "The PDF has no signature."


def test_signing_garbage_is_a_validation_error(signer: Identity) -> None:
    with pytest.raises(ValidationError):
        sign_pdf(
            b"junk",
            signer,
            signer_name="张三",
            stamp_image=None,
            box=SignatureBox(0, 50, 50, 250, 130),
        )


def test_signing_is_fast_once_warm(report: RenderedReport, signer: Identity) -> None:
    _sign(report, signer)  # imports and font loading are paid once per process
    started = time.perf_counter()
    _sign(report, signer)
    assert time.perf_counter() - started < 0.5  # target 0.15 s; slack for loaded CI machines


def _issued_by_organisation() -> tuple[Identity, Identity]:
    """An organisation CA and an inspector certificate it issued (RSA-3072 for the leaf)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "雁塔区人社局 CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    leaf_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "王五")])
    leaf_cert = (
        x509.CertificateBuilder()
        .subject_name(leaf_name)
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(2)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return (Identity(ca_cert, ca_key), Identity(leaf_cert, leaf_key, chain=(ca_cert,)))


def test_certificate_issued_by_a_trusted_organisation_is_trusted(report: RenderedReport) -> None:
    organisation, inspector = _issued_by_organisation()

    signed = sign_pdf(
        report.pdf, inspector, signer_name="王五", stamp_image=None, box=report.signature_box
    )
    result = verify_pdf(signed, [organisation.certificate])

    assert result.intact and result.trusted and result.signer_name == "王五"


def test_signing_works_when_asn1crypto_was_used_before_pyhanko(tmp_path: Path) -> None:
    """asn1crypto freezes its CMS name table on first use; pyHanko adds names later."""
    import sys

    script = (
        "from asn1crypto import cms\n"
        "cms.CMSAttributeType('signing_time')\n"
        "import io\n"
        "from pathlib import Path\n"
        "from reportlab.pdfgen.canvas import Canvas\n"
        "from inspector_app.services.signing import identity\n"
        "from inspector_app.services.signing import pades as signing\n"
        "out = io.BytesIO()\n"
        "page = Canvas(out)\n"
        "page.showPage()\n"
        "page.save()\n"
        f"signer = identity.create_identity(Path({str(tmp_path)!r}), 'a', '', '', b'pw')\n"
        "box = signing.SignatureBox(0, 50, 50, 250, 130)\n"
        "pdf = signing.sign_pdf(out.getvalue(), signer, signer_name='a', stamp_image=None,"
        " box=box)\n"
        "print(signing.verify_pdf(pdf, [signer.certificate]).trusted)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )

    assert done.stdout.strip() == "True", done.stderr
