"""Hostile and broken bundles are rejected with a reason and change nothing."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from inspector_app.services.context import AppContext
from inspector_app.services.signing.identity import create_identity
from inspector_app.services.sync.model import MANIFEST, REPORT
from tests.bundle_factory import (
    InspectorFolder,
    entries_of,
    import_bytes,
    manifest_of,
    resigned,
    snapshot,
    zip_of,
)


@pytest.fixture
def good(inspector: InspectorFolder) -> bytes:
    return inspector.bundles[0].read_bytes()


def _rejected(ctx: AppContext, tmp_path: Path, data: bytes, *words: str) -> str:
    before = snapshot(ctx)
    outcome = import_bytes(ctx, tmp_path, data)
    assert outcome.verdict == "rejected", outcome
    for word in words:
        assert word in outcome.reason.lower(), outcome.reason
    assert snapshot(ctx) == before
    assert not (ctx.data_dir.root / "held").exists() or not any(
        (ctx.data_dir.root / "held").iterdir()
    )
    return outcome.reason


def _photo(bundle: bytes) -> str:
    return next(name for name in entries_of(bundle) if name.startswith("photos/"))


def _with_extra(bundle: bytes, info: zipfile.ZipInfo | str, data: bytes) -> bytes:
    return zip_of([*entries_of(bundle).items(), (info, data)])


def test_path_climbing_out(office: AppContext, tmp_path: Path, good: bytes) -> None:
    _rejected(office, tmp_path, _with_extra(good, "photos/../../evil.txt", b"x"), "..")


def test_absolute_path(office: AppContext, tmp_path: Path, good: bytes) -> None:
    _rejected(office, tmp_path, _with_extra(good, "/etc/cron.d/evil", b"x"), "absolute")


def test_symbolic_link(office: AppContext, tmp_path: Path, good: bytes) -> None:
    link = zipfile.ZipInfo("photos/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _rejected(office, tmp_path, _with_extra(good, link, b"/etc/passwd"), "symbolic link")


def test_zip_bomb_actual_size(office: AppContext, tmp_path: Path, good: bytes) -> None:
    bomb = _with_extra(good, "photos/" + "0" * 64 + ".jpg", bytes(60 * 1024 * 1024))
    assert len(bomb) < len(good) + 200_000
    _rejected(office, tmp_path, bomb, "zip bomb")


def test_zip_bomb_declared_size(office: AppContext, tmp_path: Path, good: bytes) -> None:
    data = bytearray(good)
    # Rewrite the uncompressed size in the central directory entry of report.pdf.
    header = data.index(b"PK\x01\x02" + bytes(data[data.index(b"PK\x01\x02") + 4 :][:0]))
    while not data[header + 46 :].startswith(REPORT.encode()):
        header = data.index(b"PK\x01\x02", header + 4)
    struct.pack_into("<I", data, header + 24, 0xFFFF_FFF0)
    _rejected(office, tmp_path, bytes(data), "report.pdf")


def test_too_many_entries(office: AppContext, tmp_path: Path, good: bytes) -> None:
    many = [*entries_of(good).items(), *((f"photos/{n}.txt", b"") for n in range(2100))]
    _rejected(office, tmp_path, zip_of(many), "entries")


def test_truncated_zip(office: AppContext, tmp_path: Path, good: bytes) -> None:
    _rejected(office, tmp_path, good[: len(good) // 2], "truncated")


def test_not_a_zip(office: AppContext, tmp_path: Path) -> None:
    _rejected(office, tmp_path, b"%PDF-1.7 this is no bundle", "not a zip")


def test_malformed_json(office: AppContext, tmp_path: Path, good: bytes) -> None:
    entries = entries_of(good) | {MANIFEST: b'{"format": "inspector-app.inspection-bundle",'}
    _rejected(office, tmp_path, zip_of(entries), "not valid json")


def test_unknown_format_version(
    office: AppContext, tmp_path: Path, good: bytes, inspector: InspectorFolder
) -> None:
    newer = resigned(good, inspector.identity, manifest_edit={"format_version": 4})
    _rejected(office, tmp_path, newer, "unknown bundle format version 4")


def test_file_missing(office: AppContext, tmp_path: Path, good: bytes) -> None:
    photo = _photo(good)
    entries = {k: v for k, v in entries_of(good).items() if k != photo}
    _rejected(office, tmp_path, zip_of(entries), "missing", photo)


def test_file_not_in_manifest(office: AppContext, tmp_path: Path, good: bytes) -> None:
    _rejected(office, tmp_path, _with_extra(good, "signatures/extra-1.png", b"x"), "does not list")


def test_photo_not_matching_its_hash(
    office: AppContext, tmp_path: Path, good: bytes, inspector: InspectorFolder
) -> None:
    photo = _photo(good)
    unsigned = zip_of(entries_of(good) | {photo: b"\xff\xd8 another photo"})
    _rejected(office, tmp_path, unsigned, "does not match its hash")
    # Even with an honest manifest, the photo must hash to the name it is stored by.
    signed = resigned(good, inspector.identity, change={photo: b"\xff\xd8 another photo"})
    _rejected(office, tmp_path, signed, "named by")


def test_manifest_signature_not_matching(office: AppContext, tmp_path: Path, good: bytes) -> None:
    entries = entries_of(good)
    manifest = manifest_of(good)
    edited = manifest["created_at"].replace("20", "19", 1).encode()
    changed = entries[MANIFEST].replace(manifest["created_at"].encode(), edited)
    assert changed != entries[MANIFEST]
    _rejected(office, tmp_path, zip_of(entries | {MANIFEST: changed}), "signature does not match")


def _signed_by_stranger(good: bytes, tmp_path: Path) -> bytes:
    import json

    from inspector_app.services.signing.identity import fingerprint
    from inspector_app.services.sync.export import to_json_bytes

    stranger = create_identity(tmp_path / "stranger", "陌生人", "某单位", "X-1", b"pw")
    inspection = json.loads(entries_of(good)["inspection.json"])
    inspection["signer_fingerprint"] = fingerprint(stranger.certificate)
    return resigned(good, stranger, change={"inspection.json": to_json_bytes(inspection)})


def test_unknown_signer_is_held_apart(office: AppContext, tmp_path: Path, good: bytes) -> None:
    foreign = _signed_by_stranger(good, tmp_path)
    before = snapshot(office)
    outcome = import_bytes(office, tmp_path, foreign)
    assert outcome.verdict == "held"
    assert "not on the trust list" in outcome.reason
    assert snapshot(office) == before
    assert len(list((office.data_dir.root / "held").iterdir())) == 1


def test_signer_other_than_named_is_rejected(
    office: AppContext, tmp_path: Path, good: bytes, inspector: InspectorFolder
) -> None:
    from inspector_app.services.signing.identity import fingerprint

    stranger = create_identity(tmp_path / "stranger", "陌生人", "某单位", "X-1", b"pw")
    named = fingerprint(inspector.identity.certificate)
    forged = resigned(good, stranger, signer_fingerprint=named)
    _rejected(office, tmp_path, forged, "another certificate")


def test_tampered_report(
    office: AppContext, tmp_path: Path, good: bytes, inspector: InspectorFolder
) -> None:
    import hashlib
    import json

    entries = entries_of(good)
    pdf = bytearray(entries[REPORT])
    spot = pdf.index(b"/Producer") if b"/Producer" in pdf else len(pdf) // 3
    pdf[spot + 1] ^= 0x01
    inspection = json.loads(entries["inspection.json"])
    inspection["signed_pdf_sha256"] = hashlib.sha256(bytes(pdf)).hexdigest()
    from inspector_app.services.sync.export import to_json_bytes

    change: dict[str, bytes | None] = {
        REPORT: bytes(pdf),
        "inspection.json": to_json_bytes(inspection),
    }
    _rejected(
        office,
        tmp_path,
        resigned(good, inspector.identity, change=change),
        "signed report does not verify",
    )
    # Unsigned tampering is caught earlier, by the manifest's hash.
    _rejected(office, tmp_path, zip_of(entries | {REPORT: bytes(pdf)}), "hash")


def test_same_revision_with_other_content_is_a_conflict(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder
) -> None:
    first = import_bytes(office, tmp_path, inspector.revision_2.read_bytes(), "a.inspection.zip")
    assert first.verdict == "imported"
    twin = inspector.twin_revision_2.read_bytes()
    _rejected(office, tmp_path, twin, "conflict")


def test_every_bundle_is_in_the_import_log(office: AppContext, tmp_path: Path, good: bytes) -> None:
    from sqlalchemy import select

    from inspector_app.storage.models import ImportRecord

    import_bytes(office, tmp_path, b"junk", "a.inspection.zip")
    import_bytes(office, tmp_path, good, "b.inspection.zip")
    import_bytes(office, tmp_path, good, "c.inspection.zip")
    with office.db.reading() as session:
        log = [(r.path[-16:], r.verdict) for r in session.scalars(select(ImportRecord))]
    assert log == [
        ("a.inspection.zip", "rejected"),
        ("b.inspection.zip", "imported"),
        ("c.inspection.zip", "already_imported"),
    ]


def test_same_report_with_altered_data_is_refused(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, good: bytes
) -> None:
    """Even a trusted signer cannot slip other data in under an imported revision: the
    signed report carries the data, so the altered copy is refused before the conflict
    check (tests/services/test_binding.py holds the old-format conflict)."""
    import json

    from inspector_app.services.sync.model import INSPECTION

    assert import_bytes(office, tmp_path, good, "a.inspection.zip").verdict == "imported"
    record = json.loads(entries_of(good)[INSPECTION])
    record["answers"][0]["note"] = "quietly changed after signing"
    altered = json.dumps(record, ensure_ascii=False).encode("utf-8")
    again = resigned(good, inspector.identity, change={INSPECTION: altered})
    _rejected(office, tmp_path, again, "differs from the one inside the signed report")


def test_a_re_export_of_the_same_revision_is_already_imported(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, good: bytes
) -> None:
    assert import_bytes(office, tmp_path, good, "a.inspection.zip").verdict == "imported"
    re_export = resigned(good, inspector.identity)  # new manifest time and signature
    assert re_export != good
    assert (
        import_bytes(office, tmp_path, re_export, "b.inspection.zip").verdict == "already_imported"
    )


def _with_inspection(good: bytes, edit: Any) -> dict[str, bytes | None]:
    import json

    from inspector_app.services.sync.export import to_json_bytes
    from inspector_app.services.sync.model import INSPECTION

    record = json.loads(entries_of(good)[INSPECTION])
    edit(record)
    return {INSPECTION: to_json_bytes(record)}


@pytest.mark.parametrize("signer", ["trusted", "stranger"])
def test_revision_beyond_the_databases_integers(
    office: AppContext, tmp_path: Path, good: bytes, inspector: InspectorFolder, signer: str
) -> None:
    """A number too large to store is refused with a reason, not an overflow traceback."""
    huge = 2**70
    identity = inspector.identity
    if signer == "stranger":
        identity = create_identity(tmp_path / "stranger", "陌生人", "某单位", "X-1", b"pw")
    change = _with_inspection(good, lambda record: record.update(revision=huge))
    if signer == "stranger":
        from inspector_app.services.signing.identity import fingerprint

        fingerprint_of = fingerprint(identity.certificate)
        inspection_json = change["inspection.json"]
        assert inspection_json is not None
        change["inspection.json"] = inspection_json.replace(
            manifest_of(good)["signer"]["fingerprint"].encode(), fingerprint_of.encode()
        )
    manifest = manifest_of(good)
    forged = resigned(
        good,
        identity,
        change=change,
        manifest_edit={"inspection": manifest["inspection"] | {"revision": huge}},
    )
    _rejected(office, tmp_path, forged, "revision")


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("size", 2**64, "wrong kind"),
        # The JSON reader refuses these before any field is looked at.
        ("gps_lat", 10**400, "longer than 30 digits"),
        ("gps_lon", float("inf"), "infinity, which is not a number"),
        ("width", -(2**63) - 1, "wrong kind"),
    ],
)
def test_evidence_numbers_out_of_range(
    office: AppContext,
    tmp_path: Path,
    good: bytes,
    inspector: InspectorFolder,
    field: str,
    value: Any,
    reason: str,
) -> None:
    def edit(record: dict[str, Any]) -> None:
        record["evidence"][0][field] = value

    change = _with_inspection(good, edit)
    _rejected(office, tmp_path, resigned(good, inspector.identity, change=change), reason)
