"""One bundle's failure is that bundle's rejection: the batch goes on, nothing is half-written.

Each hostile bundle here used to raise inside parsing or writing (RuntimeError for an
encrypted entry, RecursionError, the int-string ValueError, IntegrityError) and stop the
whole import with an empty import log.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from inspector_app.core.errors import DiskFullError
from inspector_app.services.context import AppContext
from inspector_app.services.sync.export import to_json_bytes
from inspector_app.services.sync.importer import Importer, ImportVerdict
from inspector_app.services.sync.model import INSPECTION
from inspector_app.storage.models import ImportRecord
from tests.bundle_factory import InspectorFolder, entries_of, resigned, snapshot


def _with_inspection_bytes(inspector: InspectorFolder, data: bytes) -> bytes:
    """The first bundle with inspection.json replaced, signed again by its inspector
    (report and manifest), so only what the test breaks is wrong with it."""
    return resigned(
        inspector.bundles[0].read_bytes(),
        inspector.identity,
        change={INSPECTION: data},
        rebind=True,
    )


def _with_record(inspector: InspectorFolder, edit: Callable[[dict[str, Any]], None]) -> bytes:
    record = json.loads(entries_of(inspector.bundles[0].read_bytes())[INSPECTION])
    edit(record)
    return _with_inspection_bytes(inspector, to_json_bytes(record))


def encrypted_entry(inspector: InspectorFolder) -> bytes:
    """inspection.json flagged as encrypted (general-purpose bit 0, in both of the zip's
    headers): zipfile then raises RuntimeError asking for a password."""
    data = bytearray(inspector.bundles[0].read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(INSPECTION).header_offset
    data[local + 6] |= 0x1
    central = data.index(b"PK\x01\x02")
    while not data[central + 46 :].startswith(INSPECTION.encode()):
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 8] |= 0x1
    return bytes(data)


def deep_json(inspector: InspectorFolder) -> bytes:
    return _with_inspection_bytes(inspector, b"[" * 100_000 + b"]" * 100_000)


def long_number(inspector: InspectorFolder) -> bytes:
    record = to_json_bytes(json.loads(entries_of(inspector.bundles[0].read_bytes())[INSPECTION]))
    # Past Python's int-string limit (4300 digits), int() raises ValueError.
    huge = record.replace(b'"revision": 1', b'"revision": 1' + b"0" * 5000, 1)
    assert huge != record
    return _with_inspection_bytes(inspector, huge)


def duplicate_answer(inspector: InspectorFolder) -> bytes:
    return _with_record(inspector, lambda r: r["answers"].append(dict(r["answers"][0])))


HOSTILE = {
    "encrypted entry": (encrypted_entry, "encrypted"),
    "deep json": (deep_json, "nests deeper than 32 levels"),
    "long number": (long_number, "longer than 30 digits"),
    "duplicate answer": (duplicate_answer, "answered twice"),
}


def _log(ctx: AppContext) -> list[tuple[str, str, str]]:
    with ctx.db.reading() as session:
        return [
            (Path(r.path).name, r.verdict, r.reason)
            for r in session.scalars(select(ImportRecord).order_by(ImportRecord.id))
        ]


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_bundle_is_refused_alone_and_changes_nothing(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, kind: str
) -> None:
    build, reason = HOSTILE[kind]
    path = tmp_path / "hostile.inspection.zip"
    path.write_bytes(build(inspector))
    before = snapshot(office)
    (outcome,) = Importer(office).import_paths([path])
    assert outcome.verdict == "rejected" and reason in outcome.reason, outcome
    assert snapshot(office) == before
    assert _log(office) == [("hostile.inspection.zip", "rejected", outcome.reason)]


def test_the_batch_goes_on_past_every_hostile_bundle(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    names = []
    for number, (build, _reason) in enumerate(HOSTILE.values()):
        (folder / f"{number}-hostile.inspection.zip").write_bytes(build(inspector))
        genuine = inspector.bundles[number % len(inspector.bundles)]
        if genuine.name not in names:
            (folder / f"{number}-{genuine.name}").write_bytes(genuine.read_bytes())
            names.append(genuine.name)
    outcomes = Importer(office).import_paths([folder])
    verdicts = [(o.path.name.split("-")[0], o.verdict) for o in outcomes]
    assert [v for _, v in verdicts].count(ImportVerdict.IMPORTED) == len(inspector.bundles)
    assert [v for _, v in verdicts].count(ImportVerdict.REJECTED) == len(HOSTILE)
    assert len(_log(office)) == len(outcomes)


def test_a_database_constraint_is_that_bundles_rejection(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were a duplicate to slip past the domain rules, the database's unique constraint
    stops it: that bundle is rejected, its write rolled back, the next one goes in."""
    import inspector_app.services.sync.verify as verify

    monkeypatch.setattr(verify, "check_domain", lambda payload, form: None)
    hostile, genuine = tmp_path / "a.inspection.zip", tmp_path / "b.inspection.zip"
    hostile.write_bytes(duplicate_answer(inspector))
    genuine.write_bytes(inspector.bundles[1].read_bytes())
    before = snapshot(office)
    first = Importer(office).import_file(hostile)
    assert first.verdict == "rejected" and "IntegrityError" in first.reason, first
    assert snapshot(office) == before
    assert Importer(office).import_file(genuine).verdict == "imported"


def test_an_unexpected_error_is_logged_with_its_type(
    office: AppContext,
    tmp_path: Path,
    inspector: InspectorFolder,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import inspector_app.services.sync.importer as importer

    def broken(*args: Any) -> None:
        raise KeyError("a case nobody foresaw")

    monkeypatch.setattr(importer, "_rule_results", broken)
    path = tmp_path / "a.inspection.zip"
    path.write_bytes(inspector.bundles[0].read_bytes())
    before = snapshot(office)
    outcome = Importer(office).import_file(path)
    assert outcome.verdict == "rejected" and outcome.failed
    assert "unexpected error while importing (KeyError)" in outcome.reason
    assert snapshot(office) == before
    assert _log(office) == [("a.inspection.zip", "rejected", outcome.reason)]
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)


def test_a_full_disk_is_said_and_earlier_bundles_stay_in(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspector_app.storage.media import MediaStore

    real_put = MediaStore.put_bytes
    room: dict[str, int | None] = {"photos": None}  # no limit until the first bundle is in
    before: dict[str, Any] = {}

    def put_until_full(store: MediaStore, data: bytes) -> tuple[str, bool]:
        if room["photos"] is not None:
            if room["photos"] == 0:
                raise DiskFullError("The disk is full.")
            room["photos"] -= 1
        return real_put(store, data)

    def first_done(done: int, total: int, outcome: Any) -> None:
        if done == 1:
            room["photos"] = 1  # one more photo fits, then the disk is full
            before.update(snapshot(office))

    monkeypatch.setattr(MediaStore, "put_bytes", put_until_full)
    outcomes = Importer(office).import_paths(inspector.bundles, first_done)
    assert [o.verdict for o in outcomes] == ["imported", "rejected", "rejected"]
    assert outcomes[1].reason == "The disk is full."
    assert [v for _, v, _ in _log(office)] == ["imported", "rejected", "rejected"]

    # The photo stored before the disk filled up was taken away with the rolled-back rows.
    # (Thumbnails are made on a second thread: only the originals are compared.)
    def originals(files: list[str]) -> list[str]:
        return [name for name in files if name.startswith("media/")]

    assert originals(snapshot(office)["files"]) == originals(before["files"])
