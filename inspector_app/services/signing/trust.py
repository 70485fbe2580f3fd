"""The trust list: certificates of inspectors whose signed reports and bundles are accepted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from inspector_app.core.errors import InspectorError, NotFoundError, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import InspectorRow, inspector_row
from inspector_app.storage.models import Inspector

if TYPE_CHECKING:
    from cryptography import x509


def trust_certificate(ctx: AppContext, pem_or_der: bytes) -> InspectorRow:
    """Add (or re-trust) the inspector named by a certificate; returns its row."""
    from inspector_app.services.signing.identity import (
        certificate_pem,
        describe_certificate,
        fingerprint,
        load_certificate,
    )

    try:
        certificate = load_certificate(pem_or_der)
    except ValueError as error:
        detail = error.message if isinstance(error, InspectorError) else str(error)
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Not a certificate: {error}"), error=detail)
        ) from error
    facts, print_ = describe_certificate(certificate), fingerprint(certificate)
    with ctx.db.transaction() as session:
        row = session.scalar(select(Inspector).where(Inspector.cert_fingerprint == print_))
        if row is None:
            row = Inspector(
                name=facts["name"] or print_[:16],
                unit=facts["unit"] or "",
                badge_no=facts["badge"] or "",
                cert_fingerprint=print_,
            )
            session.add(row)
        row.cert_pem = certificate_pem(certificate).decode("ascii")
        row.trusted = True
        session.flush()
        audit.record(session, ctx.actor, "trust", print_, "trust", name=row.name)
        return inspector_row(row)


def trust_certificate_file(ctx: AppContext, path: Path) -> InspectorRow:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "Cannot read {path}: {error}"),
                path=path,
                error=error.strerror,
            )
        ) from error
    return trust_certificate(ctx, data)


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
