"""The holding folder for unknown senders has a quota; the oldest go first, each drop audited."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from sqlalchemy import select

from inspector_app.services.context import AppContext
from inspector_app.services.sync.held import held_bundles
from inspector_app.services.sync.held_quota import HeldQuota, enforce_held_quota
from inspector_app.services.sync.importer import Importer, held_folder
from inspector_app.services.sync.model import SUFFIX
from inspector_app.storage.models import AuditEntry
from tests.bundle_factory import InspectorFolder, entries_of, resigned


def _drops(ctx: AppContext) -> list[tuple[str, int]]:
    with ctx.db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "dropped"))
        return [(row.entity_id, row.detail["size"]) for row in rows]


def _held_file(folder: Path, name: str, size: int, age: int) -> Path:
    path = folder / f"{name * 64}.inspection.zip"
    path.write_bytes(b"x" * size)
    os.utime(path, (1_800_000_000 - age, 1_800_000_000 - age))
    return path


def test_past_the_count_the_oldest_are_dropped(ctx: AppContext) -> None:
    folder = held_folder(ctx)
    folder.mkdir()
    old, middle, new = (
        _held_file(folder, n, 10, age) for n, age in (("a", 30), ("b", 20), ("c", 10))
    )
    dropped = enforce_held_quota(ctx, folder, new, HeldQuota(max_files=2, max_bytes=10**9))
    assert dropped == [old]
    assert sorted(folder.iterdir()) == [middle, new]
    assert _drops(ctx) == [("a" * 64, 10)]


def test_past_the_size_the_oldest_are_dropped_but_never_the_newest(ctx: AppContext) -> None:
    folder = held_folder(ctx)
    folder.mkdir()
    old = _held_file(folder, "a", 50, 30)
    middle = _held_file(folder, "b", 50, 20)
    # The newest is the one just held: kept even when it alone is over the size.
    new = _held_file(folder, "c", 500, 40)
    dropped = enforce_held_quota(ctx, folder, new, HeldQuota(max_files=100, max_bytes=100))
    assert dropped == [old, middle]
    assert list(folder.iterdir()) == [new]
    assert [sha[0] for sha, _ in _drops(ctx)] == ["a", "b"]


def test_within_the_quota_nothing_is_dropped(ctx: AppContext) -> None:
    folder = held_folder(ctx)
    folder.mkdir()
    files = [_held_file(folder, n, 10, age) for n, age in (("a", 3), ("b", 2))]
    assert enforce_held_quota(ctx, folder, files[-1], HeldQuota(2, 20)) == []
    assert _drops(ctx) == []


def test_importing_from_strangers_keeps_to_the_quota(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder
) -> None:
    from inspector_app.services.signing.identity import create_identity, fingerprint
    from inspector_app.services.sync.export import to_json_bytes

    stranger = create_identity(tmp_path / "stranger", "陌生人", "某单位", "X-1", b"pw")
    importer = Importer(office)
    importer.held_quota = HeldQuota(max_files=2, max_bytes=10**10)
    outcomes = []
    for number, bundle in enumerate(inspector.bundles):
        good = bundle.read_bytes()
        record = json.loads(entries_of(good)["inspection.json"])
        record["signer_fingerprint"] = fingerprint(stranger.certificate)
        path = tmp_path / f"{number}.inspection.zip"
        path.write_bytes(
            resigned(good, stranger, change={"inspection.json": to_json_bytes(record)})
        )
        outcomes.append(importer.import_file(path))
        # Received one after the other (file times can tie within a fast run).
        held_file = held_folder(office) / f"{hashlib.sha256(path.read_bytes()).hexdigest()}{SUFFIX}"
        os.utime(held_file, (time.time() - 100 + number,) * 2)
    assert [o.verdict for o in outcomes] == ["held"] * 3
    held = held_bundles(office)
    assert len(held) == 2
    assert len(_drops(office)) == 1
    assert {h.received_from for h in held} == {"1.inspection.zip", "2.inspection.zip"}
