"""A bundle exported by one data folder imports into another exactly; revisions and trust."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from inspector_app.services.context import AppContext, open_context
from inspector_app.services.directory.sites import site_values
from inspector_app.services.evidence.attach import media_store, thumbnail_path
from inspector_app.services.inspection.lifecycle import (
    InspectionDetail,
    find_inspection,
    inspection_detail,
    list_inspections,
)
from inspector_app.services.reporting.orders import order_pdfs
from inspector_app.services.signing.sign_inspection import signed_pdf
from inspector_app.services.sync.held import held_bundles, held_signer, trust_and_release
from inspector_app.services.sync.importer import Importer
from inspector_app.services.sync.model import MANIFEST, SIGNATURE
from tests.bundle_factory import (
    InspectorFolder,
    entries_of,
    manifest_of,
    snapshot,
    supervisor,
)
from tests.openssl_cms import openssl_cms_verify


def _rows(rows: Sequence[object], *fields: str) -> list[tuple[Any, ...]]:
    return [tuple(getattr(row, f) for f in fields) for row in rows]


def _essence(ctx: AppContext, detail: InspectionDetail) -> dict[str, Any]:
    """What must survive the trip, without the database ids of either folder."""
    site = replace(site_values(ctx, detail.site_id), id=0)
    store = media_store(ctx)
    return {
        "inspection": (
            detail.uuid,
            detail.revision,
            detail.started_at,
            detail.finished_at,
            detail.signed_at,
            detail.follow_up_of,
            detail.form_sha256,
            detail.document_no,
            detail.refusal_reason,
            detail.refused_at,
            detail.refusal_witness,
        ),
        "site": site,
        "score": detail.score,
        "inspectors": _rows(detail.inspectors, "name", "unit", "badge_no"),
        "representatives": _rows(detail.representatives, "name", "title", "unit", "phone"),
        "answers": sorted(
            _rows(list(detail.answers.values()), "item_id", "rule_id", "result", "value", "note")
        ),
        "findings": _rows(
            detail.findings, "item_id", "description", "correction", "deadline", "responsible_party"
        ),
        "arrears": _rows(
            detail.arrears_cases,
            "employer",
            "workers_affected",
            "amount_owed",
            "resolution",
            "note",
        ),
        "evidence": _rows(
            detail.evidence,
            "item_id",
            "sha256",
            "original_name",
            "mime",
            "size",
            "width",
            "height",
            "captured_at",
            "gps_lat",
            "gps_lon",
            "camera",
            "caption",
            "flags",
        ),
        "photos": [store.path_for(e.sha256).read_bytes() for e in detail.evidence],
        "signatures": _rows(detail.signatures, "role", "signer_name", "signed_at", "image_png"),
        "report": signed_pdf(ctx, detail.id),
        "orders": order_pdfs(ctx, detail.id),
    }


def test_round_trip_is_exact(office: AppContext, inspector: InspectorFolder) -> None:
    outcomes = Importer(office).import_paths([inspector.bundles[0].parent])
    assert [o.verdict for o in outcomes] == ["imported"] * 3
    source = open_context(inspector.root)
    try:
        for outcome in outcomes:
            assert outcome.inspection_uuid is not None
            here = inspection_detail(office, find_inspection(office, outcome.inspection_uuid))
            there = inspection_detail(source, find_inspection(source, outcome.inspection_uuid))
            if there.revision != here.revision:  # the inspector has amended it since
                there = inspection_detail(source, _revision_1(source, outcome.inspection_uuid))
            assert here.origin == "imported" and here.status == "signed"
            assert here.document_no  # the record's number travels with it
            assert _essence(office, here) == _essence(source, there)
            # Thumbnails are made at the first view, not by the import.
            store, sha = media_store(office), here.evidence[0].sha256
            assert not store.derived_path(sha, "thumb").exists()
            assert thumbnail_path(office, sha) == store.derived_path(sha, "thumb")
            assert store.derived_path(sha, "thumb").is_file()
    finally:
        source.close()


def _revision_1(ctx: AppContext, inspection_uuid: str) -> int:
    rows = list_inspections(ctx, latest_only=False)
    return next(r.id for r in rows if r.uuid == inspection_uuid and r.revision == 1)


def test_openssl_verifies_the_manifest(inspector: InspectorFolder, tmp_path: Path) -> None:
    entries = entries_of(inspector.bundles[0].read_bytes())
    (tmp_path / "manifest.json").write_bytes(entries[MANIFEST])
    (tmp_path / "manifest.p7s").write_bytes(entries[SIGNATURE])
    (tmp_path / "cert.pem").write_bytes(inspector.cert_pem)
    done = openssl_cms_verify(tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Verification successful" in done.stderr


def test_manifest_lists_every_file(inspector: InspectorFolder) -> None:
    bundle = inspector.bundles[0].read_bytes()
    manifest = manifest_of(bundle)
    listed = {f["path"] for f in manifest["files"]}
    assert listed == set(entries_of(bundle)) - {MANIFEST, SIGNATURE}
    assert {"inspection.json", "form.json", "report.pdf"} <= listed
    assert any(p.startswith("photos/") for p in listed)
    assert any(p.startswith("signatures/inspector-") for p in listed)
    assert manifest["format_version"] == 3 and manifest["inspection"]["revision"] == 1


def test_report_in_bundle_is_the_stored_one(inspector: InspectorFolder) -> None:
    report = entries_of(inspector.bundles[0].read_bytes())["report.pdf"]
    source = open_context(inspector.root)
    try:
        stored = [signed_pdf(source, i) for i in (3, 4, 5)]
    finally:
        source.close()
    assert report in stored


def test_higher_revision_supersedes_and_history_stays(
    office: AppContext, inspector: InspectorFolder
) -> None:
    importer = Importer(office)
    importer.import_paths(inspector.bundles)
    outcome = importer.import_file(inspector.revision_2)
    assert outcome.verdict == "superseded" and outcome.revision == 2
    latest = {(r.uuid, r.revision) for r in list_inspections(office)}
    every = {(r.uuid, r.revision) for r in list_inspections(office, latest_only=False)}
    assert (outcome.inspection_uuid, 2) in latest
    assert (outcome.inspection_uuid, 1) not in latest
    assert (outcome.inspection_uuid, 1) in every
    assert all(r.origin == "imported" for r in list_inspections(office))


def test_older_revision_after_newer_is_kept_in_history(
    office: AppContext, inspector: InspectorFolder
) -> None:
    importer = Importer(office)
    assert importer.import_file(inspector.revision_2).verdict == "imported"
    late = [importer.import_file(path) for path in inspector.bundles]
    assert all(o.verdict == "imported" for o in late)
    newest = {r.uuid: r.revision for r in list_inspections(office)}
    assert max(newest.values()) == 2 and len(newest) == 3


def test_same_content_again_is_already_imported(
    office: AppContext, inspector: InspectorFolder, tmp_path: Path
) -> None:
    importer = Importer(office)
    importer.import_file(inspector.bundles[0])
    before = snapshot(office)
    copy = tmp_path / "copy.inspection.zip"
    shutil.copy(inspector.bundles[0], copy)
    assert importer.import_file(copy).verdict == "already_imported"
    assert snapshot(office) == before


def test_held_until_trusted_then_imported(tmp_path: Path, inspector: InspectorFolder) -> None:
    office = supervisor(tmp_path / "office", None)
    try:
        outcomes = Importer(office).import_paths(inspector.bundles)
        assert [o.verdict for o in outcomes] == ["held"] * 3
        assert list_inspections(office) == []
        held = held_bundles(office)
        assert len(held) == 3 and held[0].signer_fingerprint
        signer = held_signer(office, held[0])
        assert signer == inspector.identity.certificate
        released = trust_and_release(office, inspector.cert_pem)
        assert sorted(o.verdict for o in released) == ["imported"] * 3
        assert held_bundles(office) == []
        assert len(list_inspections(office)) == 3
    finally:
        office.close()


def test_export_marks_exported_and_pending_is_empty(inspector: InspectorFolder) -> None:
    from inspector_app.services.sync.export import pending_exports

    source = open_context(inspector.root)
    try:
        assert pending_exports(source) == []
        statuses = {r.id: r.status for r in list_inspections(source, latest_only=False)}
        assert statuses[4] == statuses[5] == "exported"
    finally:
        source.close()
