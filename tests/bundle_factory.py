"""Signed inspections exported as bundles by one data folder, for the bundle and CLI tests."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.demo.sample import create_demo_data
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing import sign_inspection
from inspector_app.services.signing.identity import Identity, certificate_pem, load_identity
from inspector_app.services.signing.trust import trust_certificate
from inspector_app.services.sync.export import make_manifest, sign_and_pack
from inspector_app.services.sync.importer import ImportOutcome
from inspector_app.services.sync.model import (
    FORM,
    INSPECTION,
    MANIFEST,
    REPORT,
    SIGNATURE,
    Manifest,
)
from inspector_app.storage.models import Base

PASSPHRASE = b"test-passphrase"


@dataclass(frozen=True)
class InspectorFolder:
    """An inspector's data folder with three signed inspections, their bundles and a rev 2."""

    root: Path
    bundles: list[Path]
    revision_2: Path
    twin_revision_2: Path  # the same revision amended in a copy of the folder: a conflict
    identity: Identity

    @property
    def cert_pem(self) -> bytes:
        return certificate_pem(self.identity.certificate)


def _sign_new_revision(ctx: AppContext, inspection_id: int) -> int:
    new_id = inspections.new_revision(ctx, inspection_id)
    detail = inspections.inspection_detail(ctx, new_id)
    for role, people in (
        (SignerRole.INSPECTOR, detail.inspectors),
        (SignerRole.REPRESENTATIVE, detail.representatives),
    ):
        for person in people:
            png = make_signature_png(person.name, 3)
            sign_inspection.add_signature(ctx, new_id, role, person.name, png)
    sign_inspection.sign_inspection(ctx, new_id, PASSPHRASE)
    return new_id


def make_inspector_folder(base: Path) -> InspectorFolder:
    """Demo data (inspections 3-5 signed), all three exported, and a signed revision 2 of 3."""
    from inspector_app.services.sync.export import export_bundles

    ctx = open_context(base / "inspector")
    try:
        create_demo_data(ctx)
        bundles = export_bundles(ctx, [3, 4, 5], base / "bundles", PASSPHRASE)
    finally:
        ctx.close()
    shutil.copytree(base / "inspector", base / "twin")
    revision_2 = _amend(base / "inspector", base / "revision-2")
    twin_revision_2 = _amend(base / "twin", base / "twin-revision-2")
    identity = load_identity(base / "inspector" / "keys", PASSPHRASE)
    return InspectorFolder(base / "inspector", bundles, revision_2, twin_revision_2, identity)


def _amend(root: Path, out: Path, inspection_id: int = 3) -> Path:
    from inspector_app.services.sync.export import export_bundles

    ctx = open_context(root)
    try:
        new_id = _sign_new_revision(ctx, inspection_id)
        (bundle,) = export_bundles(ctx, [new_id], out, PASSPHRASE)
    finally:
        ctx.close()
    return bundle


def supervisor(root: Path, trusting: InspectorFolder | None) -> AppContext:
    ctx = open_context(root)
    if trusting is not None:
        trust_certificate(ctx, trusting.cert_pem)
    return ctx


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


# -- looking at a data folder ------------------------------------------------------------


def import_bytes(
    ctx: AppContext, folder: Path, data: bytes, name: str = "x.inspection.zip"
) -> ImportOutcome:
    """Write bundle bytes to `folder` as a file and import that file, as a user would."""
    from inspector_app.services.sync.importer import Importer

    path = folder / name
    path.write_bytes(data)
    return Importer(ctx).import_file(path)


def snapshot(ctx: AppContext, *, skip: tuple[str, ...] = ("import_log",)) -> dict[str, Any]:
    """Every row of every table (but `skip`) and every file under media/ and derived/."""
    rows: dict[str, Any] = {}
    with ctx.db.reading() as session:
        for table in Base.metadata.sorted_tables:
            if table.name not in skip:
                rows[table.name] = sorted(
                    (tuple(map(repr, row)) for row in session.execute(select(table))), key=str
                )
    root = ctx.data_dir.root
    rows["files"] = sorted(
        str(p.relative_to(root))
        for folder in ("media", "derived")
        for p in (root / folder).rglob("*")
        if p.is_file()
    )
    return rows


# -- building altered bundles -------------------------------------------------------------


def entries_of(bundle: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def manifest_of(bundle: bytes) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(entries_of(bundle)[MANIFEST])
    return manifest


def zip_of(entries: dict[str, bytes] | Sequence[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    items = entries.items() if isinstance(entries, dict) else entries
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def resigned(
    bundle: bytes,
    identity: Identity,
    *,
    change: dict[str, bytes | None] | None = None,
    manifest_edit: dict[str, Any] | None = None,
    signer_fingerprint: str | None = None,
    rebind: bool = False,
) -> bytes:
    """The bundle with files changed (None drops one), its manifest rebuilt and signed again.
    `rebind`: the report too is signed again, carrying the changed inspection.json and
    form.json (a bundle its signer made that way, bound as format 3 binds it); without it
    changed data no longer matches the signed report."""
    from inspector_app.services.signing.cms import sign_detached
    from inspector_app.services.signing.identity import fingerprint
    from inspector_app.services.sync.export import to_json_bytes

    entries = entries_of(bundle)
    original = manifest_of(bundle)
    files = {k: v for k, v in entries.items() if k not in (MANIFEST, SIGNATURE)}
    for path, data in (change or {}).items():
        if data is None:
            files.pop(path, None)
        else:
            files[path] = data
    if rebind:
        files[REPORT] = _report_carrying(files[INSPECTION], files[FORM], identity)
    manifest: Manifest = make_manifest(
        files,
        inspection_uuid=original["inspection"]["uuid"],
        revision=original["inspection"]["revision"],
        form=original["form"],
        signer_fingerprint=signer_fingerprint or fingerprint(identity.certificate),
    )
    if manifest_edit is None:
        return sign_and_pack(files, manifest, identity)
    manifest_bytes = to_json_bytes(manifest.to_dict() | manifest_edit)
    from inspector_app.services.sync.export import pack_bundle

    return pack_bundle(files, manifest_bytes, sign_detached(manifest_bytes, identity))


def _report_carrying(inspection: bytes, form: bytes, identity: Identity) -> bytes:
    """A one-page report signed by `identity` with the bundle's data embedded."""
    import io

    from reportlab.pdfgen import canvas

    from inspector_app.services.signing.pades import SignatureBox, sign_pdf

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, "re-signed for a test")
    page.save()
    return sign_pdf(
        buffer.getvalue(),
        identity,
        signer_name="test",
        stamp_image=None,
        box=SignatureBox(0, 72, 600, 300, 680),
        attachments={INSPECTION: inspection, FORM: form},
    )


_shared: dict[str, InspectorFolder] = {}


def make_old_format_bundle(base: Path, inspector: InspectorFolder) -> Path:
    """A bundle as the release before format version 3 wrote it: revision 2 of inspection
    4, signed with a report that carries no data, exported as format version 2."""
    from unittest import mock

    root = copy_folder(inspector.root, base / "old-release")
    with mock.patch("inspector_app.services.sync.binding.signed_data", return_value={}):
        return _amend(root, base / "old-bundle", inspection_id=4)


def shared_old_format_bundle(factory: pytest.TempPathFactory, inspector: InspectorFolder) -> Path:
    """One old-format bundle per test session."""
    if "old" not in _shared_paths:
        _shared_paths["old"] = make_old_format_bundle(factory.mktemp("old-format"), inspector)
    return _shared_paths["old"]


_shared_paths: dict[str, Path] = {}
_shared_other: dict[str, tuple[Path, bytes]] = {}


def shared_other_inspectors_revision(
    factory: pytest.TempPathFactory, inspector: InspectorFolder
) -> tuple[Path, bytes]:
    """Revision 2 of the inspector's inspection 5, signed by another inspector (王五) who got
    a copy of the data: a sound bundle, but not theirs to replace. With 王五's certificate."""
    from inspector_app.services.signing.identity import create_identity

    if "other" not in _shared_other:
        base = factory.mktemp("other-inspector")
        root = copy_folder(inspector.root, base / "other")
        identity = create_identity(
            root / "keys", "王五", "碑林区劳动保障监察大队", "LS-2", PASSPHRASE
        )
        bundle = _amend(root, base / "bundle", inspection_id=5)
        _shared_other["other"] = (bundle, certificate_pem(identity.certificate))
    return _shared_other["other"]


def changed_form_bundle(old: bytes, identity: Identity) -> bytes:
    """An old-format bundle (its report carries no data) whose form.json was changed under
    the same form id and version."""
    from inspector_app.core.forms import Form
    from inspector_app.services.sync.model import FORM

    data = json.loads(entries_of(old)[FORM])
    data["title"]["en"] += " (local copy)"
    changed = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode()
    form = manifest_of(old)["form"] | {"sha256": Form.from_dict(data).sha256}
    return resigned(
        old, identity, change={FORM: changed}, manifest_edit={"form": form, "format_version": 2}
    )


def shared_inspector_folder(factory: pytest.TempPathFactory) -> InspectorFolder:
    """One inspector folder per test session (it takes seconds to sign three reports)."""
    if "folder" not in _shared:
        _shared["folder"] = make_inspector_folder(factory.mktemp("inspector-side"))
    return _shared["folder"]
