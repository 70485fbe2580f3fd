"""The local inspector's signing identity, tied to their profile in the database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import self_inspector, update_self
from inspector_app.services.signing.identity import (
    Identity,
    certificate_pem,
    create_identity,
    fingerprint,
    has_identity,
    import_identity,
    load_identity,
)
from inspector_app.storage.models import Inspector


def init_identity(
    ctx: AppContext, passphrase: bytes, *, name: str = "", unit: str = "", badge_no: str = ""
) -> Identity:
    """Create the key pair and certificate; the profile gives the defaults for the names."""
    me = self_inspector(ctx)
    name = name or (me.name if me else "")
    if not name:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "Give the inspector's name (--name) to create a signing key."
                )
            )
        )
    unit = unit or (me.unit if me else "")
    badge_no = badge_no or (me.badge_no if me else "")
    if has_identity(ctx.data_dir.keys):
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "A signing key already exists in {folder}."),
                folder=ctx.data_dir.keys,
            )
        )
    identity = create_identity(ctx.data_dir.keys, name, unit, badge_no, passphrase)
    _link_certificate(ctx, identity, name, unit, badge_no)
    return identity


def import_p12(ctx: AppContext, p12: Path, passphrase: bytes) -> Identity:
    identity = import_identity(ctx.data_dir.keys, p12, passphrase)
    from inspector_app.services.signing.identity import describe_certificate

    facts = describe_certificate(identity.certificate)
    _link_certificate(ctx, identity, facts["name"] or "", facts["unit"] or "", facts["badge"] or "")
    return identity


def _link_certificate(
    ctx: AppContext, identity: Identity, name: str, unit: str, badge_no: str
) -> None:
    inspector_id = update_self(ctx, name, unit, badge_no)
    with ctx.db.transaction() as session:
        row = session.get(Inspector, inspector_id)
        assert row is not None
        print_ = fingerprint(identity.certificate)
        for other in session.scalars(
            select(Inspector).where(
                Inspector.cert_fingerprint == print_, Inspector.id != inspector_id
            )
        ):
            other.cert_fingerprint = None
        row.cert_fingerprint = print_
        row.cert_pem = certificate_pem(identity.certificate).decode("ascii")
        audit.record(session, ctx.actor, "identity", print_, "link", inspector=inspector_id)


def own_identity(ctx: AppContext, passphrase: bytes) -> Identity:
    return load_identity(ctx.data_dir.keys, passphrase)


def own_certificate_pem(ctx: AppContext) -> str | None:
    """The local inspector's certificate (PEM), once a signing key is linked to the profile."""
    with ctx.db.reading() as session:
        return session.scalar(select(Inspector.cert_pem).where(Inspector.is_self).limit(1))
