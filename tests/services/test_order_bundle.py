"""Orders to correct travel in the bundle as notices/*.pdf, verified like the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector_app.services.context import AppContext, open_context
from inspector_app.services.inspection.lifecycle import find_inspection, list_inspections
from inspector_app.services.reporting.orders import order_pdfs, signed_orders
from inspector_app.services.signing.pades import verify_pdf
from inspector_app.services.sync.importer import Importer, ImportOutcome
from inspector_app.services.sync.model import INSPECTION, MANIFEST
from tests.bundle_factory import (
    InspectorFolder,
    entries_of,
    manifest_of,
    resigned,
    shared_old_format_bundle,
    snapshot,
    zip_of,
)


@pytest.fixture
def with_orders(inspector: InspectorFolder) -> bytes:
    """A bundle of the inspector's that carries orders to correct."""
    for path in inspector.bundles:
        data = path.read_bytes()
        if any(name.startswith("notices/") for name in entries_of(data)):
            return data
    raise AssertionError("the demo's signed inspections have findings, so orders")


@pytest.fixture
def old_format(inspector: InspectorFolder, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return shared_old_format_bundle(tmp_path_factory, inspector).read_bytes()


def _notices(bundle: bytes) -> list[str]:
    return sorted(name for name in entries_of(bundle) if name.startswith("notices/"))


def _import(ctx: AppContext, tmp_path: Path, data: bytes) -> ImportOutcome:
    path = tmp_path / "x.inspection.zip"
    path.write_bytes(data)
    return Importer(ctx).import_file(path)


def _rejected(ctx: AppContext, tmp_path: Path, data: bytes, *words: str) -> None:
    before = snapshot(ctx)
    outcome = _import(ctx, tmp_path, data)
    assert outcome.verdict == "rejected", outcome
    for word in words:
        assert word in outcome.reason.lower(), outcome.reason
    assert snapshot(ctx) == before  # database rows, media and derived files alike


def test_bundle_lists_and_describes_its_orders(with_orders: bytes) -> None:
    manifest = manifest_of(with_orders)
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    record = json.loads(entries_of(with_orders)[INSPECTION])

    assert manifest["format_version"] == 3
    assert record["orders"]  # else the loop below checks nothing
    assert _notices(with_orders) == sorted(p for p in listed if p.startswith("notices/"))
    assert [f"notices/order-{o['position']}.pdf" for o in record["orders"]] == _notices(with_orders)
    for order in record["orders"]:
        assert listed[f"notices/order-{order['position']}.pdf"] == order["sha256"]
        assert order["number"].endswith("号") and order["addressee"]


def test_orders_round_trip_and_still_verify(
    office: AppContext, inspector: InspectorFolder, with_orders: bytes, tmp_path: Path
) -> None:
    outcome = _import(office, tmp_path, with_orders)
    assert outcome.verdict == "imported", outcome
    assert outcome.inspection_uuid is not None
    here = find_inspection(office, outcome.inspection_uuid)
    source = open_context(inspector.root)
    try:
        there = _same_revision(source, outcome.inspection_uuid, outcome.revision)
        assert order_pdfs(office, here) == order_pdfs(source, there)
    finally:
        source.close()
    for _facts, pdf in order_pdfs(office, here):
        result = verify_pdf(pdf, [inspector.identity.certificate])
        assert result.intact and result.trusted and result.covers_whole_file
    assert len(signed_orders(office, here)) == len(_notices(with_orders))


def _same_revision(ctx: AppContext, inspection_uuid: str, revision: int | None) -> int:
    # The inspector may have amended it since: compare with the revision the bundle holds.
    rows = list_inspections(ctx, latest_only=False)
    return next(r.id for r in rows if r.uuid == inspection_uuid and r.revision == revision)


def test_altered_order_is_rejected(office: AppContext, tmp_path: Path, with_orders: bytes) -> None:
    entries = entries_of(with_orders)
    notice = _notices(with_orders)[0]
    pdf = entries[notice]
    entries[notice] = pdf.replace(b"/Type /Page", b"/Type /Pagf", 1)
    assert entries[notice] != pdf

    _rejected(office, tmp_path, zip_of(entries), notice, "hash")


def test_unsigned_order_is_rejected_even_when_listed(
    office: AppContext, inspector: InspectorFolder, tmp_path: Path, with_orders: bytes
) -> None:
    """A signer who re-packs the bundle cannot swap in an order that is not signed."""
    import hashlib

    notice = _notices(with_orders)[0]
    record = json.loads(entries_of(with_orders)[INSPECTION])
    unsigned = _unsigned_order(inspector)
    record["orders"][0]["sha256"] = hashlib.sha256(unsigned).hexdigest()
    changed: dict[str, bytes | None] = {
        notice: unsigned,
        INSPECTION: json.dumps(record, ensure_ascii=False).encode(),
    }
    bundle = resigned(with_orders, inspector.identity, change=changed)

    _rejected(office, tmp_path, bundle, notice, "does not verify")


def _unsigned_order(inspector: InspectorFolder) -> bytes:
    """An order rendered from the inspector's data but never signed."""
    from inspector_app.services.inspection.lifecycle import inspection_detail
    from inspector_app.services.reporting.order_data import build_orders
    from inspector_app.services.reporting.order_pdf import render_order

    source = open_context(inspector.root)
    try:
        detail = inspection_detail(source, 3)
        order = build_orders(source, detail)[0]
    finally:
        source.close()
    return render_order(order).pdf


def test_order_not_in_the_manifest_is_rejected(
    office: AppContext, tmp_path: Path, with_orders: bytes
) -> None:
    entries = entries_of(with_orders)
    entries["notices/order-9.pdf"] = entries[_notices(with_orders)[0]]

    _rejected(office, tmp_path, zip_of(entries), "notices/order-9.pdf", "does not list")


def test_order_inspection_json_does_not_name_is_rejected(
    office: AppContext, inspector: InspectorFolder, tmp_path: Path, with_orders: bytes
) -> None:
    extra = entries_of(with_orders)[_notices(with_orders)[0]]
    bundle = resigned(with_orders, inspector.identity, change={"notices/order-9.pdf": extra})

    _rejected(office, tmp_path, bundle, "notices/order-9.pdf", "inspection.json")


def test_order_named_but_missing_is_rejected(
    office: AppContext, inspector: InspectorFolder, tmp_path: Path, with_orders: bytes
) -> None:
    notice = _notices(with_orders)[-1]
    bundle = resigned(with_orders, inspector.identity, change={notice: None})

    _rejected(office, tmp_path, bundle, notice, "not in the bundle")


def test_version_1_bundle_cannot_carry_orders(
    office: AppContext, inspector: InspectorFolder, tmp_path: Path, with_orders: bytes
) -> None:
    bundle = resigned(with_orders, inspector.identity, manifest_edit={"format_version": 1})

    _rejected(office, tmp_path, bundle, "version 1")


def test_version_1_bundle_still_imports(
    office: AppContext, inspector: InspectorFolder, tmp_path: Path, old_format: bytes
) -> None:
    """A bundle as release 1 wrote it: no notices, no orders in inspection.json, and a
    report that carries no data."""
    record = json.loads(entries_of(old_format)[INSPECTION])
    del record["orders"]
    change: dict[str, bytes | None] = dict.fromkeys(_notices(old_format))
    change[INSPECTION] = json.dumps(record, ensure_ascii=False).encode()
    old = resigned(
        old_format, inspector.identity, change=change, manifest_edit={"format_version": 1}
    )
    assert json.loads(entries_of(old)[MANIFEST])["format_version"] == 1

    outcome = _import(office, tmp_path, old)

    assert outcome.verdict == "imported", outcome
    assert outcome.inspection_uuid is not None
    assert signed_orders(office, find_inspection(office, outcome.inspection_uuid)) == []
