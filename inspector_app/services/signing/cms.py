"""Detached CMS (PKCS#7) signatures over bytes such as a sync bundle's manifest."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.signing.identity import Identity, fingerprint

if TYPE_CHECKING:
    from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class CmsVerification:
    """What a detached signature says about the data; `reason` explains any failure."""

    intact: bool
    signer_fingerprint: str | None
    signer_certificate: x509.Certificate | None
    trusted: bool
    signed_at: dt.datetime | None
    reason: str | None


def sign_detached(data: bytes, identity: Identity) -> bytes:
    """A DER CMS signature over `data`, detached, with the signer's certificate inside."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(identity.certificate, identity.private_key, hashes.SHA256())
    for issuer in identity.chain:
        builder = builder.add_certificate(issuer)
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
    return builder.sign(serialization.Encoding.DER, options)


def _asn1_with_pyhanko_names() -> None:
    """Import pyHanko before asn1crypto parses anything.

    asn1crypto freezes its name tables on first use; modules pyHanko imports (asn1crypto.tsp
    among them) add names such as signing_certificate_v2, which then fail to resolve.
    """
    import pyhanko.sign.general  # noqa: F401
    from asn1crypto import cms

    names = cms.CMSAttributeType
    if names._reverse_map is not None and len(names._reverse_map) < len(names._map):
        # Something used asn1crypto's CMS names before pyHanko loaded: complete the table.
        names._reverse_map = {name: oid for oid, name in names._map.items()}


def to_asn1_certificate(certificate: x509.Certificate) -> Any:
    """The same certificate as an asn1crypto object, the form pyHanko works with."""
    _asn1_with_pyhanko_names()
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def from_asn1_certificate(certificate: Any) -> x509.Certificate:
    return x509.load_der_x509_certificate(certificate.dump())


def validation_context(
    trusted: Sequence[x509.Certificate], moment: dt.datetime | None = None
) -> ValidationContext:
    """Trust exactly the given certificates; offline, so nothing is fetched. `moment` is
    the signing time the signature claims: a certificate is judged in its time, so a
    signature made while it was valid stays valid after it expires (the claimed time is
    itself checked against the certificate and the bundle, signing/validity.py)."""
    from pyhanko_certvalidator import ValidationContext

    roots = [to_asn1_certificate(cert) for cert in trusted]
    # Self-signed inspector certificates carry no revocation information: soft-fail.
    return ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=moment
    )


def claimed_signing_time(signed_data: Any) -> dt.datetime | None:
    """The signing-time attribute of the first signer, if any (an aware datetime)."""
    try:
        for attribute in signed_data["signer_infos"][0]["signed_attrs"]:
            if attribute["type"].native == "signing_time":
                value = attribute["values"][0].native
                return value if isinstance(value, dt.datetime) and value.tzinfo else None
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return None


def _failed(reason: str) -> CmsVerification:
    return CmsVerification(False, None, None, False, None, reason)


def _parse_signed_data(signature: bytes) -> Any:
    _asn1_with_pyhanko_names()
    from asn1crypto import cms

    content_info = cms.ContentInfo.load(signature)
    if content_info["content_type"].native != "signed_data":
        raise ValueError("not a CMS SignedData structure")
    signed_data = content_info["content"]
    signed_data.native  # noqa: B018 - forces a full parse so damage shows here
    return signed_data


def _validate(data: bytes, signed_data: Any, trusted: Sequence[x509.Certificate]) -> Any:
    from pyhanko.sign.validation import generic_cms

    context = validation_context(trusted, claimed_signing_time(signed_data))
    coroutine = generic_cms.async_validate_detached_cms(
        data, signed_data, signer_validation_context=context
    )
    return asyncio.run(coroutine)


def _verdict(status: Any) -> CmsVerification:
    signer = from_asn1_certificate(status.signing_cert)
    # For changed data pyHanko reports valid=True (the signed attributes are fine) but
    # intact=False (the digest does not match): both must hold.
    intact = bool(status.intact and status.valid)
    trusted = bool(intact and status.trusted)
    reason = None
    if not intact:
        reason = msg(
            QT_TRANSLATE_NOOP(
                "service", "The data does not match its signature (changed after signing)."
            )
        )
    elif not trusted:
        reason = msg(
            QT_TRANSLATE_NOOP("service", "The signer's certificate is not on the trust list.")
        )
    return CmsVerification(
        intact=intact,
        signer_fingerprint=fingerprint(signer),
        signer_certificate=signer,
        trusted=trusted,
        signed_at=getattr(status, "signer_reported_dt", None),
        reason=reason,
    )


def verify_detached(
    data: bytes, signature: bytes, trusted: Sequence[x509.Certificate]
) -> CmsVerification:
    """Check a detached signature over `data`; never raises for damaged input."""
    try:
        signed_data = _parse_signed_data(signature)
    except Exception as exc:  # asn1crypto raises many types for garbage input
        return _failed(
            msg(
                QT_TRANSLATE_NOOP("service", "The signature is not readable CMS data ({kind})."),
                kind=exc.__class__.__name__,
            )
        )
    try:
        status = _validate(data, signed_data, trusted)
    except Exception as exc:  # pyHanko signals malformed signer info by several exceptions
        return _failed(
            msg(
                QT_TRANSLATE_NOOP("service", "The signature could not be checked: {error}"),
                error=str(exc),
            )
        )
    return _verdict(status)
