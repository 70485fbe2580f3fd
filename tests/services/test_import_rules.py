"""Imported bundles meet the domain rules local input meets, refused with the field named."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext
from inspector_app.services.sync.export import to_json_bytes
from inspector_app.services.sync.importer import Importer
from inspector_app.services.sync.model import INSPECTION
from inspector_app.storage import models as m
from tests.bundle_factory import InspectorFolder, entries_of, resigned, snapshot

Edit = Callable[[dict[str, Any]], None]


def _bundle(
    inspector: InspectorFolder, edit: Edit, files: dict[str, bytes | None] | None = None
) -> bytes:
    good = inspector.bundles[0].read_bytes()
    record = json.loads(entries_of(good)[INSPECTION])
    edit(record)
    change = {INSPECTION: to_json_bytes(record), **(files or {})}
    return resigned(good, inspector.identity, change=change, rebind=True)


def _arrears(amount: str, resolution: str = "open") -> Edit:
    case = {
        "employer": "某劳务公司",
        "workers_affected": 3,
        "amount_owed": amount,
        "resolution": resolution,
        "note": "",
        "period_owed": "",
    }
    return lambda record: record["arrears_cases"].insert(0, case)


def _set(kind: str, key: str, value: Any) -> Edit:
    return lambda record: record[kind][0].update({key: value})


def _many_photos(record: dict[str, Any]) -> None:
    record["evidence"] = [dict(record["evidence"][0]) for _ in range(501)]


CASES: dict[str, tuple[Edit, str]] = {
    "item not on the form": (
        _set("answers", "item_id", "R9.9"),
        "answers[0]: the form has no item R9.9",
    ),
    "rule not the item's": (
        _set("answers", "rule_id", "R2"),
        "answers[0]: item R1.1 belongs to rule R1, not R2",
    ),
    "finding at no item": (
        lambda r: r["findings"].insert(0, {"item_id": "nope", "description": "x"}),
        "findings[0]: the form has no item nope",
    ),
    "photo at no item": (_set("evidence", "item_id", "X1"), "evidence[0]: the form has no item X1"),
    "amount 1e30": (
        _arrears("1e30"),
        "arrears_cases[0].amount_owed: an amount above 1,000,000,000,000 yuan",
    ),
    "amount 1e400": (
        _arrears("1e400"),
        "arrears_cases[0].amount_owed: an amount above 1,000,000,000,000 yuan",
    ),
    "amount Infinity": (_arrears("Infinity"), "arrears_cases[0].amount_owed is not an amount"),
    "amount NaN": (_arrears("NaN"), "arrears_cases[0].amount_owed is not an amount"),
    "amount negative": (_arrears("-1"), "arrears_cases[0].amount_owed: a negative amount"),
    "amount of a tenth fen": (_arrears("0.001"), "arrears_cases[0].amount_owed: an amount has"),
    "resolution not a code": (
        _arrears("1000", resolution="settled"),
        "value of the wrong kind: 'settled'",
    ),
    "signer role not a code": (
        _set("signatures", "role", "witness"),
        "value of the wrong kind: 'witness'",
    ),
    "year 1800": (
        lambda r: r.update(started_at="1800-01-01T09:00:00"),
        "inspection.started_at: the year 1800 is not possible",
    ),
    "note too long": (
        _set("answers", "note", "长" * 10_001),
        "answers[0].note is longer than 10000 characters",
    ),
    "name too long": (
        _set("representatives", "name", "名" * 501),
        "representatives[0].name is longer than 500 characters",
    ),
    "too many photos": (_many_photos, "evidence: more than 500 entries"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bundle_breaking_a_domain_rule_is_refused(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, case: str
) -> None:
    edit, reason = CASES[case]
    path = tmp_path / "bad.inspection.zip"
    path.write_bytes(_bundle(inspector, edit))
    before = snapshot(office)
    outcome = Importer(office).import_file(path)
    assert outcome.verdict == "rejected", outcome
    assert reason in outcome.reason, outcome.reason
    assert snapshot(office) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n", "not an image file"),
        (b"PK\x05\x06" + bytes(18), "not an image file"),
        (b"#!/bin/sh\nrm -rf ~\n", "not an image file"),
    ],
    ids=["pdf", "zip", "script"],
)
def test_a_file_renamed_jpg_is_no_photo(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, content: bytes, reason: str
) -> None:
    good = inspector.bundles[0].read_bytes()
    record = json.loads(entries_of(good)[INSPECTION])
    old = record["evidence"][0]["sha256"]
    new = hashlib.sha256(content).hexdigest()
    photo = next(name for name in entries_of(good) if name.startswith(f"photos/{old}"))
    # Every other record of the same photo points to the impostor too.
    for evidence in record["evidence"]:
        if evidence["sha256"] == old:
            evidence["sha256"] = new
    files: dict[str, bytes | None] = {photo: None, f"photos/{new}.jpg": content}
    path = tmp_path / "renamed.inspection.zip"
    path.write_bytes(_bundle(inspector, lambda r: r.update(evidence=record["evidence"]), files))
    before = snapshot(office)
    outcome = Importer(office).import_file(path)
    assert outcome.verdict == "rejected"
    assert f"(photos/{new}.jpg) is not an allowed photo: {reason}" in outcome.reason
    assert snapshot(office) == before


def test_a_time_zone_offset_is_kept(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder
) -> None:
    """The wall-clock time goes into the inspection (the app's local times are wall-clock
    times); the offset the bundle gave is kept in the import's audit entry."""
    started = "2026-09-19T09:30:00+08:00"
    path = tmp_path / "zoned.inspection.zip"
    path.write_bytes(_bundle(inspector, lambda r: r.update(started_at=started)))
    assert Importer(office).import_file(path).verdict == "imported"
    with office.db.reading() as session:
        inspection = session.scalars(select(m.Inspection)).one()
        entry = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "import")).one()
        assert inspection.started_at.isoformat() == "2026-09-19T09:30:00"
        assert entry.detail["time inspection.started_at"] == started


def test_local_input_meets_the_same_rules(demo_ctx: AppContext) -> None:
    from inspector_app.services.inspection.answers import set_note
    from inspector_app.services.records.findings import add_arrears_case, add_finding

    draft = 1  # the demo's draft inspection
    with pytest.raises(ValidationError, match=r"item_id: the form has no item R9\.9"):
        add_finding(demo_ctx, draft, "R9.9", description="x")
    for amount, words in [
        (Decimal("1e30"), "amount_owed: an amount above 1,000,000,000,000 yuan"),
        (Decimal("NaN"), "amount_owed is not an amount"),
        (Decimal("Infinity"), "amount_owed is not an amount"),
        (Decimal("0.001"), "amount_owed: an amount has at most two decimals"),
    ]:
        with pytest.raises(ValidationError, match=words):
            add_arrears_case(demo_ctx, draft, employer="x", amount_owed=amount)
    with pytest.raises(ValidationError, match="note is longer than 10000 characters"):
        set_note(demo_ctx, draft, "R1.1", "长" * 10_001)
    add_arrears_case(demo_ctx, draft, employer="x", amount_owed=Decimal(10) ** 12)


def test_local_photos_are_bounded_per_inspection(
    demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import inspector_app.services.evidence.attach as attach

    with demo_ctx.db.reading() as session:
        count = len(session.scalars(select(m.Evidence).where(m.Evidence.inspection_id == 1)).all())
    monkeypatch.setattr(attach, "MAX_PHOTOS", count)
    photo = tmp_path / "one.jpg"
    photo.write_bytes(b"not read: refused before any file is opened")
    with pytest.raises(ValidationError, match=f"evidence: more than {count} entries"):
        attach.add_photos(demo_ctx, 1, "R1.1", [photo])
