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

from inspector_app.services.context import AppContext
from inspector_app.services.sync.importer import (
    HELD,
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
    # Trusted inspectors whose name the signer's certificate carries under another key.
    look_alike_of: tuple[str, ...] = ()


def held_files(ctx: AppContext) -> list[Path]:
    folder = held_folder(ctx)
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []


def held_bundles(ctx: AppContext) -> list[HeldBundle]:
    """The bundles waiting for their signer to be trusted, with what the log says of them."""
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
    held = [
        HeldBundle(
            sha,
            path,
            (row.original_name or row.path) if row else "",
            row.inspection_uuid if row else None,
            row.revision if row else None,
            row.signer_fingerprint if row else None,
            _reason(row),
            (row.signer_name or "") if row else "",
            *_project_and_date(sha, path),
        )
        for sha, path in files.items()
        for row in [latest.get(sha)]
    ]
    return [_with_look_alikes(ctx, bundle) for bundle in held]


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
    return str(describe_certificate(signer)["name"]) if signer is not None else ""


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
    signer is still untrusted stay. `progress(done, total, outcome)` follows each bundle.
    """
    importer = Importer(ctx)
    outcomes = []
    files = held_files(ctx)
    for number, path in enumerate(files, 1):
        outcome = importer.import_file(path)
        if outcome.verdict != HELD:
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
