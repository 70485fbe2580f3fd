"""Signing identities with a chosen name and validity period, made the way an organisation's
certificate authority would (cryptography's x509 builder), for the key and trust tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from inspector_app.services.signing.identity import Identity

DAY = dt.timedelta(days=1)


def make_identity(
    name: str = "赵六",
    unit: str = "测试监察支队",
    *,
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> Identity:
    """A self-signed EC identity valid from `not_before` (default yesterday) to `not_after`
    (default in a year)."""
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, unit),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - DAY)
        .not_valid_after(not_after or now + 365 * DAY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Identity(certificate=certificate, private_key=key)


def expired_identity(name: str = "过期者") -> Identity:
    now = dt.datetime.now(dt.UTC)
    return make_identity(name, not_before=now - 400 * DAY, not_after=now - 10 * DAY)


def future_identity(name: str = "未来者") -> Identity:
    now = dt.datetime.now(dt.UTC)
    return make_identity(name, not_before=now + 10 * DAY, not_after=now + 400 * DAY)


def write_p12(identity: Identity, path: Path, passphrase: bytes) -> Path:
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"inspector",
            identity.private_key,
            identity.certificate,
            None,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    return path


def pem_of(identity: Identity) -> bytes:
    return identity.certificate.public_bytes(serialization.Encoding.PEM)


def key_pem_of(identity: Identity) -> bytes:
    return identity.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
