"""The trust list: certificates of inspectors whose signed reports and bundles are accepted."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.errors import InspectorError, NotFoundError, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import InspectorRow, inspector_row
from inspector_app.storage.models import Inspector

if TYPE_CHECKING:
    from cryptography import x509


_PEM_LABEL = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----")


def certificates_in(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM file (or the one in a DER file); a file holding anything
    else (a private key above all: it must not travel) or nothing readable is refused."""
    from cryptography import x509 as cx509

    from inspector_app.services.signing.identity import load_certificate

    labels = {label.decode("ascii") for label in _PEM_LABEL.findall(data)}
    if b"PRIVATE KEY" in data or any("PRIVATE" in label for label in labels):
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The file holds a private key: only certificates are trusted, and a private "
                    "key must stay with its owner. Nothing was trusted.",
                )
            ),
            code="private_key_offered",
        )
    if not labels:
        return [load_certificate(data)]  # DER, or a clear "not a certificate"
    if labels != {"CERTIFICATE"}:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The file holds something other than certificates ({kinds}); "
                    "nothing was trusted.",
                ),
                kinds=", ".join(sorted(labels - {"CERTIFICATE"})),
            )
        )
    try:
        return cx509.load_pem_x509_certificates(data)
    except ValueError as error:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "This file is not an X.509 certificate (PEM or DER)."))
        ) from error


def trust_certificates(ctx: AppContext, data: bytes) -> list[InspectorRow]:
    """Add (or re-trust) the inspector named by each certificate in `data`, all or none."""
    try:
        certificates = certificates_in(data)
    except ValueError as error:
        detail = error.message if isinstance(error, InspectorError) else str(error)
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Not a certificate: {error}"), error=detail)
        ) from error
    with ctx.db.transaction() as session:
        return [_trust_one(session, ctx, certificate) for certificate in certificates]


def trust_certificate(ctx: AppContext, pem_or_der: bytes) -> InspectorRow:
    """Add (or re-trust) the inspector named by a certificate; returns its row (the first
    one's when the file holds several, all of which are trusted)."""
    return trust_certificates(ctx, pem_or_der)[0]


def _trust_one(session: Session, ctx: AppContext, certificate: x509.Certificate) -> InspectorRow:
    from inspector_app.services.signing.identity import (
        certificate_pem,
        describe_certificate,
        fingerprint,
    )

    facts, print_ = describe_certificate(certificate), fingerprint(certificate)
    row = session.scalar(select(Inspector).where(Inspector.cert_fingerprint == print_))
    if row is None:
        row = Inspector(
            name=facts.name or print_[:16],
            unit=facts.unit or "",
            badge_no=facts.badge or "",
            cert_fingerprint=print_,
        )
        session.add(row)
    row.cert_pem = certificate_pem(certificate).decode("ascii")
    row.trusted = True
    session.flush()
    audit.record(session, ctx.actor, "trust", print_, "trust", name=row.name)
    return inspector_row(row)


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "Cannot read {path}: {error}"),
                path=path,
                error=error.strerror,
            )
        ) from error


def trust_certificate_file(ctx: AppContext, path: Path) -> InspectorRow:
    return trust_certificate(ctx, _read(path))


def trust_certificates_file(ctx: AppContext, path: Path) -> list[InspectorRow]:
    """Trust every certificate in the file at `path`; returns their rows."""
    return trust_certificates(ctx, _read(path))


def look_alikes(ctx: AppContext, certificate_name: str, signer_fingerprint: str) -> list[str]:
    """Trusted inspectors (or the local one) whose certificate carries `certificate_name`
    under another key: a signer copying a trusted colleague's name to borrow their trust."""
    from inspector_app.services.signing.identity import describe_certificate

    if not certificate_name:
        return []
    return sorted(
        {
            facts.name
            for certificate in trusted_certificates(ctx)
            for facts in [describe_certificate(certificate)]
            if facts.name == certificate_name and facts.fingerprint != signer_fingerprint
        }
    )


def untrust(ctx: AppContext, fingerprint: str) -> None:
    with ctx.db.transaction() as session:
        row = session.scalar(select(Inspector).where(Inspector.cert_fingerprint == fingerprint))
        if row is None:
            raise NotFoundError(
                msg(
                    QT_TRANSLATE_NOOP("service", "No certificate with fingerprint {fingerprint}."),
                    fingerprint=fingerprint,
                )
            )
        row.trusted = False
        audit.record(session, ctx.actor, "trust", fingerprint, "untrust", name=row.name)


def trusted_certificates(ctx: AppContext) -> list[x509.Certificate]:
    """Certificates on the trust list, plus the local inspector's own."""
    from inspector_app.services.signing.identity import load_certificate

    with ctx.db.reading() as session:
        pems = list(
            session.scalars(
                select(Inspector.cert_pem).where(
                    (Inspector.trusted | Inspector.is_self) & Inspector.cert_pem.is_not(None)
                )
            )
        )
    return [load_certificate(pem.encode("ascii")) for pem in pems if pem]


def trusted_inspectors(ctx: AppContext) -> list[InspectorRow]:
    with ctx.db.reading() as session:
        query = select(Inspector).where(Inspector.trusted).order_by(Inspector.name)
        return [inspector_row(row) for row in session.scalars(query)]
