"""Bundles held because their signer is not trusted: list them, trust the signer, release them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7
from sqlalchemy import select

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.statuses import HeldKind
from inspector_app.services.context import AppContext
from inspector_app.services.sync.authorship import (
    KnownRevision,
    another_inspector_reason,
    known_revision,
)
from inspector_app.services.sync.importer import (
    HELD,
    REJECTED,
    Importer,
    ImportOutcome,
    Progress,
    held_folder,
)
from inspector_app.services.sync.model import SIGNATURE, SUFFIX
from inspector_app.services.sync.verify import (
    check_bundle,
    held_reason,
    read_bundle_file,
    read_entries,
    read_manifest,
)
from inspector_app.storage import models as m


@dataclass(frozen=True)
class HeldBundle:
    """A held bundle as the supervisor sees it: never counted until its signer is trusted."""

    sha256: str
    file: Path
    received_from: str
    inspection_uuid: str | None
    revision: int | None
    signer_fingerprint: str | None
    reason: str
    # What a supervisor recognises: who signed (name and unit), which project, when.
    signer: str = ""
    project: str = ""
    inspected_on: dt.date | None = None
    # Why it is held and, for another inspector's revision, the revision here it would
    # follow, to show side by side.
    kind: HeldKind = HeldKind.UNTRUSTED_SIGNER
    earlier: KnownRevision | None = None
    # Trusted inspectors whose name the signer's certificate carries under another key.
    look_alike_of: tuple[str, ...] = ()


def held_files(ctx: AppContext) -> list[Path]:
    folder = held_folder(ctx)
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def held_bundles(ctx: AppContext) -> list[HeldBundle]:
    """The bundles waiting for their signer to be trusted, or for the supervisor's word on
    another inspector's revision, with what the log says of them."""
    files = {path.name[: -len(SUFFIX)]: path for path in held_files(ctx)}
    if not files:
        return []
    with ctx.db.reading() as session:
        rows = session.execute(
            select(m.ImportRecord)
            .where(m.ImportRecord.verdict == HELD, m.ImportRecord.sha256.in_(files))
            .order_by(m.ImportRecord.id)
        ).scalars()
        latest = {row.sha256: row for row in rows}
    trusted = _trusted_fingerprints(ctx)
    held = [_held(ctx, sha, path, latest.get(sha), trusted) for sha, path in files.items()]
    return [_with_look_alikes(ctx, bundle) for bundle in held]


def _trusted_fingerprints(ctx: AppContext) -> set[str]:
    from inspector_app.services.signing.identity import fingerprint
    from inspector_app.services.signing.trust import trusted_certificates

    return {fingerprint(certificate) for certificate in trusted_certificates(ctx)}


def _held(
    ctx: AppContext, sha: str, path: Path, row: m.ImportRecord | None, trusted: set[str]
) -> HeldBundle:
    # A held bundle whose signer is trusted (held after the trust check passed) waits
    # for the supervisor's word on its authorship.
    foreign = row is not None and row.signer_fingerprint in trusted
    earlier = None
    if foreign and row is not None and row.inspection_uuid and row.revision is not None:
        earlier = known_revision(ctx, row.inspection_uuid, row.revision)
    return HeldBundle(
        sha,
        path,
        (row.original_name or row.path) if row else "",
        row.inspection_uuid if row else None,
        row.revision if row else None,
        row.signer_fingerprint if row else None,
        _foreign_reason(row, earlier) if foreign else _reason(row),
        (row.signer_name or "") if row else "",
        *_project_and_date(sha, path),
        kind=HeldKind.ANOTHER_INSPECTOR if foreign else HeldKind.UNTRUSTED_SIGNER,
        earlier=earlier,
    )


def _foreign_reason(row: m.ImportRecord | None, earlier: KnownRevision | None) -> str:
    return another_inspector_reason(row.revision if row and row.revision else 0, earlier)


def _with_look_alikes(ctx: AppContext, bundle: HeldBundle) -> HeldBundle:
    from inspector_app.services.signing.trust import look_alikes

    name = _held_facts(bundle.sha256, bundle.file)[2]
    found = look_alikes(ctx, name, bundle.signer_fingerprint or "")
    return dataclasses.replace(bundle, look_alike_of=tuple(found)) if found else bundle


def _project_and_date(sha256: str, path: Path) -> tuple[str, dt.date | None]:
    project, day, _signer = _held_facts(sha256, path)
    return project, day


@functools.lru_cache(maxsize=1024)
def _held_facts(sha256: str, path: Path) -> tuple[str, dt.date | None, str]:
    """The site's name, the inspection's date and the signing certificate's name from a
    held bundle's checked content (its files match the manifest; only the signer is not
    trusted yet). Held files are named by their hash, so what one says is read once per
    process, not at every refresh of the list (reading means hashing every photo in it)."""
    from inspector_app.core.errors import InspectorError
    from inspector_app.services.sync.verify import check_content, check_files

    try:
        entries = read_entries(read_bundle_file(path))
        manifest = read_manifest(entries)
        payload, _form = check_content(manifest, check_files(manifest, entries))
    except (InspectorError, OSError):  # damaged, or taken away since it was listed
        return "", None, ""
    started = payload.inspection.get("started_at")
    day = started.date() if isinstance(started, dt.datetime) else None
    signer = _certificate_name(entries[SIGNATURE], manifest.signer_fingerprint)
    return str(payload.site.get("name") or ""), day, signer


def _certificate_name(signature: bytes, signer_fingerprint: str) -> str:
    """The name in the certificate the manifest's signature carries for its signer."""
    from inspector_app.services.signing.identity import describe_certificate, fingerprint

    try:
        certificates = pkcs7.load_der_pkcs7_certificates(signature)
    except ValueError:
        return ""
    signer = next((c for c in certificates if fingerprint(c) == signer_fingerprint), None)
    return str(describe_certificate(signer).name) if signer is not None else ""


def _reason(row: m.ImportRecord | None) -> str:
    """Why the bundle is held, rebuilt from the log's fields so it can be translated."""
    if row is None:
        return ""
    if row.signer_name is None or not row.signer_fingerprint:
        return row.reason
    return held_reason(row.signer_name, row.signer_fingerprint)


def held_signer(ctx: AppContext, bundle: HeldBundle) -> x509.Certificate | None:
    """The certificate inside a held bundle's manifest signature, to show and to trust."""
    check = check_bundle(read_bundle_file(bundle.file), [])
    return check.signer


def release_held(ctx: AppContext, progress: Progress | None = None) -> list[ImportOutcome]:
    """Check every held bundle again with today's trust list; import those now trusted.

    A bundle leaves the holding folder once it is imported (or found bad); the ones whose
    signer is still untrusted stay, and so do those whose import failed (a full disk).
    `progress(done, total, outcome)` follows each bundle.
    """
    importer = Importer(ctx)
    outcomes = []
    files = held_files(ctx)
    for number, path in enumerate(files, 1):
        outcome = importer.import_file(path)
        if outcome.verdict != HELD and not outcome.failed:
            path.unlink(missing_ok=True)
        outcomes.append(outcome)
        if progress:
            progress(number, len(files), outcome)
    return outcomes


def trust_and_release(
    ctx: AppContext, certificate_pem: bytes, progress: Progress | None = None
) -> list[ImportOutcome]:
    """Put a certificate on the trust list, then import the bundles it signed."""
    from inspector_app.services.signing.trust import trust_certificate

    trust_certificate(ctx, certificate_pem)
    return release_held(ctx, progress)


def find_held(ctx: AppContext, prefix: str) -> HeldBundle:
    """The held bundle whose file hash starts with `prefix` (8 characters or more)."""
    from inspector_app.core.errors import NotFoundError, ValidationError

    key = prefix.strip().lower()
    if len(key) < 8:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "Name a held bundle by 8 or more characters of its hash."
                )
            )
        )
    found = [bundle for bundle in held_bundles(ctx) if bundle.sha256.startswith(key)]
    if not found:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("service", "No held bundle with a hash starting {prefix}."),
                prefix=key,
            )
        )
    if len(found) > 1:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "Several held bundles have a hash starting {prefix}."),
                prefix=key,
            )
        )
    return found[0]


def accept_held(ctx: AppContext, bundle: HeldBundle) -> ImportOutcome:
    """The supervisor accepts a held bundle: it is checked again in full and imported,
    even though another inspector signed the revision before it (a bundle whose signer
    is still not trusted stays held)."""
    importer = Importer(ctx)
    importer.approved_authors.add(bundle.sha256)
    outcome = importer.import_file(bundle.file)
    if outcome.verdict != HELD:
        bundle.file.unlink(missing_ok=True)
    return outcome


def refuse_held(ctx: AppContext, bundle: HeldBundle) -> ImportOutcome:
    """The supervisor refuses a held bundle: logged as rejected, its file removed; nothing
    of it reaches the inspections."""
    with ctx.db.transaction() as session:
        session.add(
            m.ImportRecord(
                original_name=Path(bundle.received_from).name or bundle.file.name,
                path=str(bundle.file),
                sha256=bundle.sha256,
                verdict=REJECTED,
                reason=msg(QT_TRANSLATE_NOOP("service", "refused by the supervisor")),
                inspection_uuid=bundle.inspection_uuid,
                revision=bundle.revision,
                signer_fingerprint=bundle.signer_fingerprint,
                signer_name=bundle.signer or None,
            )
        )
    bundle.file.unlink(missing_ok=True)
    return ImportOutcome(
        bundle.file,
        REJECTED,
        msg(QT_TRANSLATE_NOOP("service", "refused by the supervisor")),
        bundle.inspection_uuid,
        bundle.revision,
        Path(bundle.received_from).name,
    )
