"""The local inspector's signing identity, tied to their profile in the database."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import self_inspector, update_self
from inspector_app.services.signing.identity import (
    Identity,
    certificate_pem,
    create_identity,
    describe_certificate,
    fingerprint,
    has_identity,
    identity_path,
    load_certificate,
    load_identity,
    load_identity_file,
    read_identity_file,
    store_identity,
)
from inspector_app.services.signing.validity import expiry_notice, require_valid
from inspector_app.storage.models import Inspector

RETIRED = "retired"


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


def import_p12(ctx: AppContext, p12: Path, passphrase: bytes, *, replace: bool = False) -> Identity:
    """Take over the organisation's PKCS#12 file as the signing key.

    An existing key is replaced only when asked (`replace`), and only when it opens with
    the same passphrase; it then moves to keys/retired/, from where it still re-exports
    what it signed. A certificate outside its validity period is refused.
    """
    identity = read_identity_file(p12, passphrase)
    require_valid(identity.certificate)
    keys_dir = ctx.data_dir.keys
    if has_identity(keys_dir):
        current = load_identity(keys_dir, passphrase) if replace else None
        if current is None:
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "A signing key already exists in {folder}; give --replace to replace it "
                        "(the old key is kept in keys/retired/).",
                    ),
                    folder=keys_dir,
                ),
                code="identity_exists",
            )
        if fingerprint(current.certificate) != fingerprint(identity.certificate):
            _retire(keys_dir, current)
    store_identity(keys_dir, identity, passphrase)
    facts = describe_certificate(identity.certificate)
    _link_certificate(ctx, identity, facts.name, facts.unit, facts.badge)
    return identity


def retired_dir(keys_dir: Path) -> Path:
    return Path(keys_dir) / RETIRED


def _retire(keys_dir: Path, current: Identity) -> None:
    """Move the current key file to keys/retired/<fingerprint>.p12 (same passphrase)."""
    folder = retired_dir(keys_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{fingerprint(current.certificate)}.p12"
    os.replace(identity_path(keys_dir), target)


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
    """The signing key, refused when its certificate is outside its validity period."""
    identity = load_identity(ctx.data_dir.keys, passphrase)
    require_valid(identity.certificate)
    return identity


def identity_for(ctx: AppContext, passphrase: bytes, signer_fingerprint: str) -> Identity:
    """The key that signed an inspection: the current one, or a retired one (a bundle's
    manifest must be signed by the report's signer, so a re-export needs that key)."""
    keys_dir = ctx.data_dir.keys
    current = load_identity(keys_dir, passphrase)
    if fingerprint(current.certificate) == signer_fingerprint:
        identity = current
    else:
        retired = retired_dir(keys_dir) / f"{signer_fingerprint}.p12"
        if not retired.is_file():
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "The key that signed this inspection (fingerprint {fingerprint}) is "
                        "neither the current key nor in keys/retired/; it cannot be exported.",
                    ),
                    fingerprint=signer_fingerprint[:16],
                ),
                code="signer_key_missing",
            )
        identity = load_identity_file(retired, passphrase)
    require_valid(identity.certificate)
    return identity


def own_certificate_notice(ctx: AppContext) -> Message | None:
    """A warning when the inspector's own certificate expires within 30 days (or has)."""
    pem = own_certificate_pem(ctx)
    if pem is None:
        return None
    return expiry_notice(load_certificate(pem.encode("ascii")))


def own_certificate_pem(ctx: AppContext) -> str | None:
    """The local inspector's certificate (PEM), once a signing key is linked to the profile."""
    with ctx.db.reading() as session:
        return session.scalar(select(Inspector.cert_pem).where(Inspector.is_self).limit(1))
