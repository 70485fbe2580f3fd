"""Writing sync bundles: one signed `*.inspection.zip` per signed inspection revision."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import mimetypes
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from inspector_app import __version__
from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.lifecycle import InspectionDetail, inspection_detail
from inspector_app.services.records.registry import plain_sections, section_rows
from inspector_app.services.reporting.file_names import bundle_file_name, unique_name
from inspector_app.services.reporting.orders import OrderFacts, order_pdfs
from inspector_app.services.signing.identity import Identity, fingerprint
from inspector_app.services.sync import payload as p
from inspector_app.services.sync.binding import carried_files
from inspector_app.services.sync.model import (
    FORM,
    FORMAT_VERSION,
    INSPECTION,
    MANIFEST,
    OLD_FORMAT_VERSION,
    REPORT,
    SIGNATURE,
    SUFFIX,
    ListedFile,
    Manifest,
)
from inspector_app.storage import models as m
from inspector_app.storage.files import atomic_write_bytes

# Already-compressed content is stored as is; deflating it again only costs time.
_STORED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp")
# Zip timestamps cannot go before 1980; a fixed one keeps re-exports byte-identical.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def to_json_bytes(data: Any) -> bytes:
    """Canonical JSON: sorted keys, UTF-8 (no escapes), so equal data gives equal bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def photo_path(sha256: str, mime: str, original_name: str) -> str:
    ext = (mimetypes.guess_extension(mime or "") or Path(original_name).suffix or ".jpg").lower()
    ext = {".jpe": ".jpg", ".jpeg": ".jpg"}.get(ext, ext)
    clean = "".join(ch for ch in ext[1:] if ch.isalnum())[:8] or "bin"
    return f"photos/{sha256}.{clean}"


def make_manifest(
    files: dict[str, bytes],
    *,
    inspection_uuid: str,
    revision: int,
    form: dict[str, Any],
    signer_fingerprint: str,
    created_at: dt.datetime | None = None,
    format_version: int = FORMAT_VERSION,
) -> Manifest:
    """The manifest over `files` (path -> bytes), listing each with its size and hash."""
    created = (created_at or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return Manifest(
        app_version=__version__,
        inspection_uuid=inspection_uuid,
        revision=revision,
        form_id=form["id"],
        form_version=form["version"],
        form_sha256=form["sha256"],
        signer_fingerprint=signer_fingerprint,
        created_at=created.isoformat(),
        files=tuple(
            ListedFile(path, len(data), hashlib.sha256(data).hexdigest())
            for path, data in sorted(files.items())
        ),
        format_version=format_version,
    )


def pack_bundle(files: dict[str, bytes], manifest_bytes: bytes, signature: bytes) -> bytes:
    """The zip itself: manifest and its signature first, then the listed files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        entries = [(MANIFEST, manifest_bytes), (SIGNATURE, signature), *sorted(files.items())]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            stored = name.endswith(_STORED_SUFFIXES) or name == SIGNATURE
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16  # a regular file, readable
            archive.writestr(info, data)
    return buffer.getvalue()


def sign_and_pack(files: dict[str, bytes], manifest: Manifest, identity: Identity) -> bytes:
    """Sign the manifest (detached CMS) and pack everything into bundle bytes."""
    from inspector_app.services.signing.cms import sign_detached

    manifest_bytes = to_json_bytes(manifest.to_dict())
    return pack_bundle(files, manifest_bytes, sign_detached(manifest_bytes, identity))


def site_record(site: m.Site) -> dict[str, Any]:
    record = p.dump(site, p.SITE)
    record["subcontractors"] = [p.dump(s, p.SUBCONTRACTOR) for s in site.subcontractors]
    return record


@dataclass(frozen=True)
class SignedFacts:
    """What signing left on an inspection: the stored PDF and who signed it."""

    pdf: bytes
    pdf_sha256: str
    signer_fingerprint: str


def signed_facts(ctx: AppContext, inspection_id: int) -> SignedFacts:
    with ctx.db.reading() as session:
        row = session.execute(
            select(m.SignedReport.pdf, m.Inspection.signer_fingerprint)
            .join(m.Inspection, m.Inspection.id == m.SignedReport.inspection_id)
            .where(m.SignedReport.inspection_id == inspection_id)
        ).first()
    if row is None or row.signer_fingerprint is None:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "This inspection is not signed yet; sign it before exporting."
                )
            )
        )
    return SignedFacts(row.pdf, hashlib.sha256(row.pdf).hexdigest(), row.signer_fingerprint)


def inspection_record(
    detail: InspectionDetail,
    site: dict[str, Any],
    facts: SignedFacts,
    signature_paths: Sequence[str],
    orders: Sequence[OrderFacts] = (),
) -> dict[str, Any]:
    """inspection.json of one signed inspection revision."""
    inspection = {key: p.dump_value(getattr(detail, key, None)) for key in p.INSPECTION}
    sections = {
        section.key: [
            p.dump(row, section.spec) for row in section_rows(kind, getattr(detail, kind.attribute))
        ]
        for kind, section in plain_sections()
    }
    return {
        **inspection,
        "signed_pdf_sha256": facts.pdf_sha256,
        "signer_fingerprint": facts.signer_fingerprint,
        "score": detail.score.overall,
        "verdict": str(detail.score.verdict) if detail.score.verdict else None,
        "form": {
            "id": detail.form.id,
            "version": detail.form.version,
            "sha256": detail.form_sha256,
        },
        "site": site,
        "inspectors": [p.dump(i, p.INSPECTOR) for i in detail.inspectors],
        **sections,  # the registry's plain sections: representatives, answers, findings, ...
        "signatures": [
            {**p.dump(s, p.SIGNATURE), "path": path}
            for s, path in zip(detail.signatures, signature_paths, strict=True)
        ],
        "orders": [p.dump(order, p.ORDER) for order in orders],
    }


def signature_paths(detail: InspectionDetail) -> list[str]:
    counts: dict[str, int] = {}
    paths = []
    for signature in detail.signatures:
        counts[signature.role] = counts.get(signature.role, 0) + 1
        paths.append(f"signatures/{signature.role}-{counts[signature.role]}.png")
    return paths


def bundle_files(
    ctx: AppContext, inspection_id: int
) -> tuple[InspectionDetail, dict[str, bytes], int]:
    """Every listed file of the bundle of a signed inspection, by path, and the format
    version those files make."""
    from inspector_app.services.signing.stored import checked_signed_content

    detail = inspection_detail(ctx, inspection_id)
    if not detail.locked:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Inspection {inspection} is not signed; only signed inspections are exported.",
                ),
                inspection=detail.uuid[:8],
            )
        )
    if detail.origin != "local":
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Inspection {inspection} was imported; only its author can export it.",
                ),
                inspection=detail.uuid[:8],
            )
        )
    facts = signed_facts(ctx, inspection_id)
    # Re-hashed against what signing recorded: a changed or missing file stops the export.
    content = checked_signed_content(ctx, inspection_id)
    with ctx.db.reading() as session:
        row = session.get(m.Site, detail.site_id)
        assert row is not None
        site = site_record(row)  # inside the session: subcontractors load lazily
    paths = signature_paths(detail)
    files = {
        photo_path(e.sha256, e.mime, e.original_name): content.photos[e.sha256]
        for e in detail.evidence
    }
    files.update({path: s.image_png for path, s in zip(paths, detail.signatures, strict=True)})
    orders = order_pdfs(ctx, inspection_id)
    files.update({order.bundle_path: pdf for order, pdf in orders})
    # Signed since format version 3: the report carries inspection.json and form.json,
    # and the bundle carries those very bytes. Reports signed before are exported in the
    # old format, their inspection.json made again from the stored revision.
    carried = carried_files(content.pdf)
    version = FORMAT_VERSION if carried else OLD_FORMAT_VERSION
    if carried is None:
        record = inspection_record(detail, site, facts, paths, [order for order, _ in orders])
        carried = {
            INSPECTION: to_json_bytes(record),
            FORM: to_json_bytes(detail.form.to_dict()),
        }
    files.update(carried)
    files[REPORT] = content.pdf
    return detail, files, version


def build_bundle(
    ctx: AppContext, inspection_id: int, identity: Identity
) -> tuple[InspectionDetail, bytes]:
    """The inspection and the bundle bytes of one signed inspection."""
    detail, files, version = bundle_files(ctx, inspection_id)
    manifest = make_manifest(
        files,
        inspection_uuid=detail.uuid,
        revision=detail.revision,
        form={"id": detail.form.id, "version": detail.form.version, "sha256": detail.form_sha256},
        signer_fingerprint=fingerprint(identity.certificate),
        format_version=version,
    )
    return detail, sign_and_pack(files, manifest, identity)


def bundle_name(detail: InspectionDetail) -> str:
    """检查记录_<site>_<date>.inspection.zip: people file bundles by site and date."""
    return bundle_file_name(detail.site_name, detail.started_at, detail.revision)


def _holds(path: Path, inspection_uuid: str, revision: int) -> bool:
    """Whether the bundle at `path` carries this inspection revision (a re-export)."""
    try:
        with zipfile.ZipFile(path) as archive:
            inspection = json.loads(archive.read(MANIFEST))["inspection"]
        return bool(inspection["uuid"] == inspection_uuid and inspection["revision"] == revision)
    except (OSError, KeyError, TypeError, ValueError, zipfile.BadZipFile):
        return False


def _target_in(folder: Path, detail: InspectionDetail, taken: set[str]) -> Path:
    """A free name in `folder`: another inspection of the same site and day, in this batch
    or already there, gets "(2)"; the same revision exported again replaces its file."""
    name = bundle_name(detail)
    while True:
        target = folder / unique_name(name, taken)
        if not target.exists() or _holds(target, detail.uuid, detail.revision):
            return target


def export_bundles(
    ctx: AppContext,
    inspection_ids: Sequence[int],
    out: Path,
    passphrase: bytes,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write one bundle per inspection and mark each exported; returns the files written.

    `out` is a folder, or (for a single inspection) a file name ending in .inspection.zip.
    """
    from inspector_app.services.signing.keys import identity_for
    from inspector_app.services.signing.sign_inspection import mark_exported

    single_file = str(out).endswith(SUFFIX)
    if single_file and len(inspection_ids) != 1:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "Several inspections need a folder to export into, not a file."
                )
            )
        )
    # The manifest must be signed by the report's signer: the key that signed each
    # inspection, the current one or one retired since (keys/retired/).
    signers = {i: _signer_of(ctx, i) for i in inspection_ids}
    keys = {signer: identity_for(ctx, passphrase, signer) for signer in set(signers.values())}
    written: list[Path] = []
    taken: set[str] = set()
    for number, inspection_id in enumerate(inspection_ids, 1):
        detail, data = build_bundle(ctx, inspection_id, keys[signers[inspection_id]])
        target = Path(out) if single_file else _target_in(Path(out), detail, taken)
        atomic_write_bytes(target, data)
        mark_exported(ctx, inspection_id)
        written.append(target)
        if progress:
            progress(number, len(inspection_ids))
    return written


def _signer_of(ctx: AppContext, inspection_id: int) -> str:
    with ctx.db.reading() as session:
        signer = session.scalar(
            select(m.Inspection.signer_fingerprint).where(m.Inspection.id == inspection_id)
        )
    if not signer:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Inspection {inspection} is not signed; only signed inspections are exported.",
                ),
                inspection=inspection_id,
            )
        )
    return signer


def pending_exports(ctx: AppContext) -> list[int]:
    """Local inspections signed but not yet exported, oldest first."""
    with ctx.db.reading() as session:
        query = (
            select(m.Inspection.id)
            .where(m.Inspection.status == m.SIGNED, m.Inspection.origin == "local")
            .order_by(m.Inspection.signed_at, m.Inspection.id)
        )
        return list(session.scalars(query))
