"""`inspector import`: one line per file as it is done, exit 1 when any was rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.cli.main import main
from inspector_app.core.errors import DiskFullError
from tests.bundle_factory import InspectorFolder, entries_of
from tests.services.test_import_isolation import deep_json


def _office(tmp_path: Path, inspector: InspectorFolder) -> str:
    cert = tmp_path / "inspector.pem"
    cert.write_bytes(inspector.cert_pem)
    assert main(["--data-dir", str(tmp_path / "office"), "keys", "trust", str(cert)]) == 0
    return str(tmp_path / "office")


def test_a_hostile_file_is_one_line_and_the_rest_go_in(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _office(tmp_path, inspector)
    hostile = tmp_path / "deep\x1b[2J.inspection.zip"  # a name that would clear the screen
    hostile.write_bytes(deep_json(inspector))
    capsys.readouterr()
    code = main(["--data-dir", office, "import", str(hostile), *map(str, inspector.bundles[1:])])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(lines) == 3
    assert "\x1b" not in lines[0] and "deep\\x1b[2J.inspection.zip: rejected" in lines[0]
    assert "inspection.json nests deeper than 32 levels" in lines[0]
    assert all(line.endswith(": imported") for line in lines[1:])


def test_after_a_full_disk_the_output_says_what_got_in(
    tmp_path: Path,
    inspector: InspectorFolder,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inspector_app.storage.media import MediaStore

    office = _office(tmp_path, inspector)
    real_put = MediaStore.put_bytes
    seen: set[str] = set()
    first = entries_of(inspector.bundles[0].read_bytes())
    room = sum(1 for name in first if name.startswith("photos/"))

    def fill_up(store: MediaStore, data: bytes) -> tuple[str, bool]:
        # The disk fills up once the first bundle's photos are in (they come first).
        if len(seen) >= room:
            raise DiskFullError("The disk is full.")
        sha, new = real_put(store, data)
        seen.add(sha)
        return sha, new

    monkeypatch.setattr(MediaStore, "put_bytes", fill_up)
    capsys.readouterr()
    code = main(["--data-dir", office, "import", *map(str, inspector.bundles)])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert lines[0] == f"{inspector.bundles[0]}: imported"
    assert lines[1:] == [f"{path}: rejected: The disk is full." for path in inspector.bundles[1:]]
