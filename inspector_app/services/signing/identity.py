"""The inspector's signing identity: a certificate and private key kept in a PKCS#12 file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from inspector_app.core.errors import InspectorError, PassphraseError, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.storage.files import atomic_write_bytes

IDENTITY_FILE = "identity.p12"
PASSPHRASE_ENV = "INSPECTOR_PASSPHRASE"
ALGORITHMS = ("ec-p256", "rsa-3072")
VALIDITY_DAYS = 3653

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True)
class Identity:
    """The inspector's certificate, private key and any issuing certificates."""

    certificate: x509.Certificate
    private_key: SigningKey = field(repr=False)
    chain: Sequence[x509.Certificate] = ()


def identity_path(keys_dir: Path) -> Path:
    return Path(keys_dir) / IDENTITY_FILE


def has_identity(keys_dir: Path) -> bool:
    return identity_path(keys_dir).is_file()


def _new_key(algorithm: str) -> SigningKey:
    if algorithm == "ec-p256":
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == "rsa-3072":
        return rsa.generate_private_key(public_exponent=65537, key_size=3072)
    raise ValidationError(
        msg(
            QT_TRANSLATE_NOOP(
                "service", "Unknown key algorithm {algorithm}; use one of {choices}."
            ),
            algorithm=repr(algorithm),
            choices=", ".join(ALGORITHMS),
        )
    )


def _subject(name: str, unit: str, badge_no: str) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, unit))
    if badge_no:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, badge_no))
    return x509.Name(attributes)


def _self_signed(key: SigningKey, subject: x509.Name) -> x509.Certificate:
    # Backdate a little so a laptop clock a few minutes behind still accepts the certificate.
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=VALIDITY_DAYS))
        .add_extension(usage, critical=True)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    return builder.sign(key, hashes.SHA256())


def _save(keys_dir: Path, identity: Identity, passphrase: bytes) -> None:
    if not passphrase:
        raise PassphraseError(
            msg(QT_TRANSLATE_NOOP("service", "An empty passphrase cannot protect the signing key."))
        )
    blob = pkcs12.serialize_key_and_certificates(
        name=b"inspector",
        key=identity.private_key,
        cert=identity.certificate,
        cas=list(identity.chain) or None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    atomic_write_bytes(identity_path(keys_dir), blob)


def create_identity(
    keys_dir: Path,
    name: str,
    unit: str,
    badge_no: str,
    passphrase: bytes,
    algorithm: str = "ec-p256",
) -> Identity:
    """Make a new key and self-signed certificate naming the inspector, and store them."""
    if not name.strip():
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The inspector's name is needed for the signing certificate."
                )
            )
        )
    key = _new_key(algorithm)
    certificate = _self_signed(key, _subject(name.strip(), unit.strip(), badge_no.strip()))
    identity = Identity(certificate=certificate, private_key=key)
    _save(keys_dir, identity, passphrase)
    return identity


def _parse_p12(blob: bytes, passphrase: bytes, source: Path) -> Identity:
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(blob, passphrase)
    except ValueError as exc:
        raise PassphraseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Wrong passphrase for the signing key, or {source} is not a PKCS#12 file.",
                ),
                source=source,
            )
        ) from exc
    if certificate is None or key is None:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "{source} holds no certificate with its private key."),
                source=source,
            )
        )
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "{source}: only EC and RSA signing keys are supported."
                ),
                source=source,
            )
        )
    return Identity(certificate=certificate, private_key=key, chain=tuple(chain))


def load_identity(keys_dir: Path, passphrase: bytes) -> Identity:
    """Open the stored identity; a wrong passphrase raises PassphraseError."""
    path = identity_path(keys_dir)
    if not path.is_file():
        raise InspectorError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "No signing identity in {folder}. Create one with `inspector keys init`.",
                ),
                folder=path.parent,
            ),
            code="no_identity",
        )
    return load_identity_file(path, passphrase)


def load_identity_file(path: Path, passphrase: bytes) -> Identity:
    """Open a stored PKCS#12 file (the current key or a retired one)."""
    return _parse_p12(Path(path).read_bytes(), passphrase, Path(path))


def read_identity_file(p12_path: Path, passphrase: bytes) -> Identity:
    """An identity from a PKCS#12 file, not stored yet."""
    p12_path = Path(p12_path)
    try:
        blob = p12_path.read_bytes()
    except OSError as exc:
        raise InspectorError(
            msg(
                QT_TRANSLATE_NOOP("service", "Cannot read {path}: {error}."),
                path=p12_path,
                error=str(exc.strerror or exc),
            )
        ) from exc
    return _parse_p12(blob, passphrase, p12_path)


def store_identity(keys_dir: Path, identity: Identity, passphrase: bytes) -> None:
    """Store `identity` as the signing key, protected by `passphrase`."""
    _save(keys_dir, identity, passphrase)


def import_identity(keys_dir: Path, p12_path: Path, passphrase: bytes) -> Identity:
    """Take over an identity issued by the organisation; stored under the same passphrase."""
    identity = read_identity_file(p12_path, passphrase)
    _save(keys_dir, identity, passphrase)
    return identity


def certificate_pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def export_certificate(source: Identity | x509.Certificate, out: Path) -> Path:
    """Write the public certificate as PEM, for colleagues' and supervisors' trust lists."""
    certificate = source.certificate if isinstance(source, Identity) else source
    atomic_write_bytes(Path(out), certificate_pem(certificate))
    return Path(out)


def load_certificate(data: bytes) -> x509.Certificate:
    """Read a PEM or DER certificate; a clear ValidationError when it is neither."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "This file is not an X.509 certificate (PEM or DER)."))
        ) from exc


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, lower-case hex without colons."""
    der = certificate.public_bytes(serialization.Encoding.DER)
    return hashlib.sha256(der).hexdigest()


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


@dataclass(frozen=True)
class CertificateFacts:
    """The facts a person checks about a certificate; "" where the subject lacks one."""

    name: str
    unit: str
    badge: str
    fingerprint: str
    not_before: dt.datetime
    not_after: dt.datetime


def describe_certificate(certificate: x509.Certificate) -> CertificateFacts:
    """The facts a person checks about a certificate: who, which unit, badge, fingerprint, dates."""
    subject = certificate.subject
    return CertificateFacts(
        name=_attribute(subject, NameOID.COMMON_NAME),
        unit=_attribute(subject, NameOID.ORGANIZATION_NAME),
        badge=_attribute(subject, NameOID.SERIAL_NUMBER),
        fingerprint=fingerprint(certificate),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
    )


PASSPHRASE_FILE_LIMIT = 4096


def read_passphrase_file(path: Path) -> bytes:
    """The passphrase in a file: UTF-8 (a BOM is allowed), at most 4 KiB, one line.

    At most one byte more than the limit is read, so /dev/zero or a huge file named by
    mistake is refused without filling the memory.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(PASSPHRASE_FILE_LIMIT + 1)
    except OSError as exc:
        raise PassphraseError(
            msg(
                QT_TRANSLATE_NOOP("service", "Cannot read the passphrase file {path}: {error}."),
                path=path,
                error=str(exc.strerror or exc),
            )
        ) from exc
    if len(data) > PASSPHRASE_FILE_LIMIT:
        raise PassphraseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The passphrase file {path} is larger than 4 KiB; it cannot hold a passphrase.",
                ),
                path=path,
            )
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        raise PassphraseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The passphrase file {path} is not UTF-8 text (UTF-16?); save it as UTF-8.",
                ),
                path=path,
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PassphraseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The passphrase file {path} is not UTF-8 text; save it as UTF-8."
                ),
                path=path,
            )
        ) from exc
    # Editors add a final newline; the passphrase itself is the first line.
    return text.splitlines()[0].encode("utf-8") if text.strip() else b""


def resolve_passphrase(
    passphrase_file: Path | None, prompt: Callable[[], str] | None = None
) -> bytes:
    """The passphrase from --passphrase-file, else INSPECTOR_PASSPHRASE, else the prompt."""
    if passphrase_file is not None:
        return read_passphrase_file(Path(passphrase_file))
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env.encode("utf-8")
    if prompt is not None:
        answer = prompt()
        if answer:
            return answer.encode("utf-8")
    raise PassphraseError(
        msg(
            QT_TRANSLATE_NOOP(
                "service",
                "No passphrase for the signing key: use --passphrase-file, set "
                "{variable}, or run interactively.",
            ),
            variable=PASSPHRASE_ENV,
        )
    )
