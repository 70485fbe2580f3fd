"""Bundles are checked in worker processes and written here, in order (sync/pipeline.py)."""

from __future__ import annotations

import concurrent.futures as cf
import os
from pathlib import Path

from inspector_app.services.signing.trust import trusted_certificates
from inspector_app.services.sync.importer import Importer, held_folder
from inspector_app.services.sync.model import DEFAULT_LIMITS, SUFFIX
from inspector_app.services.sync.pipeline import PARALLEL_FROM, _result, checked_files
from tests.bundle_factory import InspectorFolder, supervisor


def _batch(inspector: InspectorFolder, folder: Path) -> list[Path]:
    broken = folder / f"broken{SUFFIX}"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    return [*inspector.bundles, broken, inspector.revision_2]


def test_a_batch_is_checked_in_other_processes_and_imported_in_order(
    tmp_path: Path, inspector: InspectorFolder
) -> None:
    office = supervisor(tmp_path / "office", inspector)
    try:
        paths = _batch(inspector, tmp_path)
        assert len(paths) >= PARALLEL_FROM
        found = list(
            checked_files(paths, trusted_certificates(office), frozenset(), DEFAULT_LIMITS)
        )
        assert [f.path for f in found] == paths
        assert os.getpid() not in {f.checked_by for f in found}
        assert [f.check.verdict for f in found if f.check] == ["ok", "ok", "ok", "rejected", "ok"]
        outcomes = Importer(office).import_paths(paths)
        assert [o.verdict for o in outcomes] == [
            "imported",
            "imported",
            "imported",
            "rejected",
            "superseded",
        ]
    finally:
        office.close()


def test_a_second_import_checks_nothing_again(tmp_path: Path, inspector: InspectorFolder) -> None:
    office = supervisor(tmp_path / "office", inspector)
    try:
        paths = _batch(inspector, tmp_path)
        Importer(office).import_paths(paths)
        again = Importer(office).import_paths(paths)
        assert [o.verdict for o in again] == [
            "already_imported",
            "already_imported",
            "already_imported",
            "rejected",
            "already_imported",
        ]
        known = Importer(office)._known_hashes()
        found = list(checked_files(paths, [], known, DEFAULT_LIMITS))
        assert [f.check is None for f in found] == [True, True, True, False, True]
    finally:
        office.close()


def test_held_bundles_keep_their_bytes_across_processes(
    tmp_path: Path, inspector: InspectorFolder
) -> None:
    office = supervisor(tmp_path / "office", None)  # trusts nobody: all held
    try:
        paths = _batch(inspector, tmp_path)
        outcomes = Importer(office).import_paths(paths)
        assert [o.verdict for o in outcomes] == ["held", "held", "held", "rejected", "held"]
        held = {p.read_bytes() for p in held_folder(office).iterdir()}
        assert held == {p.read_bytes() for p in paths if "broken" not in p.name}
    finally:
        office.close()


def test_a_worker_that_died_leaves_its_file_to_be_checked_here(
    tmp_path: Path, inspector: InspectorFolder
) -> None:
    dead: cf.Future[object] = cf.Future()
    dead.set_exception(cf.process.BrokenProcessPool("killed"))
    path = inspector.bundles[0]
    office = supervisor(tmp_path / "office", inspector)
    try:
        found = _result(path, dead, trusted_certificates(office), frozenset(), DEFAULT_LIMITS)  # type: ignore[arg-type]
    finally:
        office.close()
    assert found.check is not None and found.check.verdict == "ok"
    assert found.checked_by == os.getpid()
