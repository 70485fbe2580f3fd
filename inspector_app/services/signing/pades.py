"""PAdES signing of report PDFs with a visible stamp, and verification of signed PDFs."""

from __future__ import annotations

import asyncio
import ctypes
import datetime as dt
import gc
import io
import logging
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.signing.cms import from_asn1_certificate, to_asn1_certificate
from inspector_app.services.signing.cms import validation_context as _validation_context
from inspector_app.services.signing.identity import Identity, describe_certificate, fingerprint

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)
DEFAULT_FIELD = "InspectorSignature"
# Pixels per PDF point in the stamp bitmap: sharp when printed, still small.
_STAMP_SCALE = 3
_CHUNK = 1 << 20


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature goes: page index from 0 and a rectangle in PDF points."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    def rounded(self) -> tuple[int, int, int, int]:
        return (round(self.x1), round(self.y1), round(self.x2), round(self.y2))

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1


@dataclass(frozen=True)
class PdfVerification:
    """What the PDF's signature says; `reason` explains anything short of a good signature."""

    signed: bool
    intact: bool
    signer_name: str | None
    signer_fingerprint: str | None
    signed_at: dt.datetime | None
    trusted: bool
    covers_whole_file: bool
    reason: str | None
    signature_count: int = 0


def release_freed_memory(collect: bool = True) -> None:
    """Hand memory freed after a large report back to the system (glibc only).

    glibc keeps freed heap for reuse; after a hundred-photo report that is over a hundred
    megabytes, and the next large step (signing) would stack on top of it. `collect` first
    frees objects held in reference cycles (reportlab's hold every image).
    """
    if collect:
        gc.collect()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # musl and other C libraries: nothing to do
        return
    libc.malloc_trim(0)


def _stamp_font(size_px: int, font_path: Path | None) -> Any:
    from PIL import ImageFont

    from inspector_app.services.reporting.fonts import find_cjk_font

    choice = find_cjk_font(font_path)
    return ImageFont.truetype(str(choice.path), size_px, index=choice.subfont_index)


def _fit(image: Image.Image, width: int, height: int) -> Image.Image:
    from PIL import Image

    image = image.convert("RGBA")
    image.thumbnail((width, height), Image.Resampling.LANCZOS)
    return image


def _stamp_lines(signer_name: str, identity: Identity, signed_at: dt.datetime) -> list[str]:
    facts = describe_certificate(identity.certificate)
    return [
        signer_name,
        " ".join(part for part in (facts.unit, facts.badge) if part),
        signed_at.strftime("%Y-%m-%d %H:%M:%S %z"),
        f"SHA-256 {facts.fingerprint[:16]}",
    ]


def render_stamp(
    box: SignatureBox,
    signer_name: str,
    identity: Identity,
    signed_at: dt.datetime,
    stamp_image: bytes | None,
    font_path: Path | None = None,
) -> Image.Image:
    """The stamp as a bitmap: the drawn signature on the left, who and when on the right."""
    from PIL import Image, ImageDraw

    width, height = int(box.width * _STAMP_SCALE), int(box.height * _STAMP_SCALE)
    canvas = Image.new("RGB", (width, height), "white")
    text_left = 0
    if stamp_image:
        drawn = _fit(Image.open(io.BytesIO(stamp_image)), width * 2 // 5, height)
        canvas.paste(drawn, (0, (height - drawn.height) // 2), drawn)
        text_left = width * 2 // 5
    lines = [line for line in _stamp_lines(signer_name, identity, signed_at) if line]
    size = max(8, min(height // (len(lines) + 1), 14 * _STAMP_SCALE))
    font = _stamp_font(size, font_path)
    room = width - text_left - size
    longest = max(font.getlength(line) for line in lines)
    if longest > room:  # long unit names: shrink the text rather than cut it off
        size = max(6, int(size * room / longest))
        font = _stamp_font(size, font_path)
    draw = ImageDraw.Draw(canvas)
    top = (height - size * 1.25 * len(lines)) / 2
    for number, line in enumerate(lines):
        draw.text(
            (text_left + size // 2, top + number * size * 1.25), line, fill="black", font=font
        )
    return canvas


def _signer(identity: Identity) -> Any:
    from asn1crypto import keys
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    # The key stays in memory: pyHanko wants it as asn1crypto PKCS#8 structure.
    key_der = identity.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    chain = [to_asn1_certificate(cert) for cert in identity.chain]
    return signers.SimpleSigner(
        signing_cert=to_asn1_certificate(identity.certificate),
        signing_key=keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )


def _reserved_bytes(identity: Identity) -> int:
    """Room for the CMS signature, so pyHanko need not sign once more just to measure it.

    Certificates dominate its size; signed attributes and the signature value fit in the
    rest (an RSA-3072 signature is 384 bytes).
    """
    certificates = [identity.certificate, *identity.chain]
    der = sum(len(c.public_bytes(serialization.Encoding.DER)) for c in certificates)
    # Counted in hexadecimal digits, as the signature is stored in the PDF.
    return 2 * (der + 4096)


def sign_pdf(
    pdf: bytes,
    identity: Identity,
    *,
    signer_name: str,
    stamp_image: bytes | None,
    box: SignatureBox,
    field_name: str = DEFAULT_FIELD,
    reason: str | None = None,
    location: str | None = None,
    font_path: Path | None = None,
    attachments: Mapping[str, bytes] | None = None,
) -> bytes:
    """Sign `pdf` as PAdES with a visible stamp in `box`; returns the signed file.

    `attachments` (name -> bytes) are embedded in the same revision as the signature, so
    the signature covers them (see attachments.py).
    """
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    signed_at = dt.datetime.now().astimezone()
    stamp = render_stamp(box, signer_name, identity, signed_at, stamp_image, font_path)
    style = StaticStampStyle(background=PdfImage(stamp), border_width=1)
    spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=box.page, box=box.rounded())
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=signer_name,
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=_signer(identity), stamp_style=style, new_field_spec=spec
    )
    try:
        stream = io.BytesIO(pdf)
        writer = IncrementalPdfFileWriter(stream, strict=False)
        if attachments:
            from inspector_app.services.signing.attachments import embed_files

            embed_files(writer, attachments, signed_at)
        # In place: the signed revision is appended to `stream`, sparing a copy of a report
        # that may hold a hundred photos; large chunks make hashing and copying cheap.
        pdf_signer.sign_pdf(
            writer, bytes_reserved=_reserved_bytes(identity), in_place=True, chunk_size=_CHUNK
        )
    except (PdfReadError, ValueError) as exc:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "The PDF could not be signed: {error}"), error=str(exc)
            )
        ) from exc
    signed = stream.getvalue()
    # pyHanko's reader and writer sit in reference cycles that keep `stream`, and with it a
    # copy of the whole file, until the next garbage collection: empty it now instead (a
    # full collection here would cost more time than signing itself).
    stream.close()
    release_freed_memory(collect=False)
    return signed


def _signer_name(certificate: x509.Certificate) -> str | None:
    return describe_certificate(certificate).name or None


def _judge(status: Any) -> tuple[bool, bool, bool, str | None]:
    """(intact, trusted, covers_whole_file, reason) from a pyHanko PdfSignatureStatus."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    # valid=True with intact=False is a changed document; both must hold.
    intact = bool(status.intact and status.valid) and status.docmdp_ok is not False
    trusted = bool(intact and status.trusted)
    reason = None
    if not (status.intact and status.valid):
        reason = msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The document was changed after it was signed (the signature does not match).",
            )
        )
    elif status.docmdp_ok is False:
        reason = msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The document was modified after signing in a way the signature does not allow.",
            )
        )
    elif not trusted:
        reason = msg(
            QT_TRANSLATE_NOOP("service", "The signer's certificate is not on the trust list.")
        )
    elif not covers_whole_file:
        reason = msg(
            QT_TRANSLATE_NOOP("service", "Content was appended to the file after it was signed.")
        )
    return intact, trusted, covers_whole_file, reason


def _unsigned(reason: str, count: int = 0) -> PdfVerification:
    return PdfVerification(False, False, None, None, None, False, False, reason, count)


def _validate_all(pdf: bytes, trusted: Sequence[x509.Certificate]) -> list[Any]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import async_validate_pdf_signature

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)

    async def run() -> list[Any]:
        # Each signature judged at the time it claims (checked in _outside_validity).
        return [
            await async_validate_pdf_signature(
                sig,
                signer_validation_context=_validation_context(trusted, sig.self_reported_timestamp),
            )
            for sig in reader.embedded_signatures
        ]

    return asyncio.run(run())


def _outside_validity(statuses: Sequence[Any]) -> str | None:
    """The first signature made outside its certificate's validity period, as a reason."""
    from inspector_app.services.signing.validity import validity_problem

    for status in statuses:
        signed_at = status.signer_reported_dt
        if signed_at is None:
            return msg(QT_TRANSLATE_NOOP("service", "The signature carries no signing time."))
        problem = validity_problem(from_asn1_certificate(status.signing_cert), signed_at)
        if problem is not None:
            return problem
    return None


def verify_pdf(pdf: bytes, trusted: Sequence[x509.Certificate]) -> PdfVerification:
    """Check every signature in `pdf`; reports on the last one, fails if any fails."""
    try:
        statuses = _validate_all(pdf, trusted)
    except Exception as exc:  # damaged files raise from many places in the PDF parser
        # The parser's own words are English and technical: the log keeps them.
        log.info("not readable as a signed PDF: %s", exc)
        return _unsigned(
            msg(QT_TRANSLATE_NOOP("service", "The file could not be read as a signed PDF."))
        )
    if not statuses:
        return _unsigned(msg(QT_TRANSLATE_NOOP("service", "The PDF has no signature.")))
    verdicts = [_judge(status) for status in statuses]
    _, _, covers_whole_file, reason = verdicts[-1]
    failing = next((v for v in verdicts if not v[0] or not v[1]), None)
    if failing is not None:
        reason = failing[3]
    # A certificate outside its validity period at the signing time could not sign: that
    # is the reason to give, even where the trust check failed on the same expiry.
    outside = _outside_validity(statuses)
    if outside is not None and all(v[0] for v in verdicts):
        reason = outside
    signer = from_asn1_certificate(statuses[-1].signing_cert)
    return PdfVerification(
        signed=True,
        intact=all(v[0] for v in verdicts),
        signer_name=_signer_name(signer),
        signer_fingerprint=fingerprint(signer),
        signed_at=statuses[-1].signer_reported_dt,
        trusted=all(v[1] for v in verdicts) and outside is None,
        covers_whole_file=covers_whole_file,
        reason=reason,
        signature_count=len(statuses),
    )
