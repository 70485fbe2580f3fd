"""`inspector export-bundle`, `import` and `verify`: output lines and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.cli.main import main
from tests.bundle_factory import (
    InspectorFolder,
    copy_folder,
    entries_of,
    zip_of,
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _trusting_office(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> str:
    office = str(tmp_path / "office")
    cert = tmp_path / "inspector.pem"
    cert.write_bytes(inspector.cert_pem)
    code, _ = run(capsys, "--data-dir", office, "keys", "trust", str(cert))
    assert code == 0
    return office


def test_import_prints_a_line_per_bundle(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _trusting_office(tmp_path, inspector, capsys)
    folder = copy_folder(inspector.bundles[0].parent, tmp_path / "usb")
    code, out = run(capsys, "--data-dir", office, "import", str(folder))
    assert code == 0
    assert out.count(": imported") == 3
    code, out = run(capsys, "--data-dir", office, "import", str(folder), str(inspector.revision_2))
    assert code == 0
    assert out.count(": already imported") == 3 and "superseded: replaces revision 1" in out
    code, out = run(capsys, "--data-dir", office, "inspections", "list")
    assert out.count("imported") == 3


def test_import_exits_1_on_a_rejected_bundle(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _trusting_office(tmp_path, inspector, capsys)
    junk = tmp_path / "junk.inspection.zip"
    junk.write_bytes(b"not a zip at all")
    code, out = run(capsys, "--data-dir", office, "import", str(inspector.bundles[0]), str(junk))
    assert code == 1
    assert f"{junk}: rejected: The file is not a zip archive" in out
    assert ": imported" in out


def test_held_until_trusted(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    office = str(tmp_path / "office")
    code, out = run(capsys, "--data-dir", office, "import", str(inspector.bundles[0]))
    assert code == 1 and ": held: signer not on the trust list" in out
    cert = tmp_path / "inspector.pem"
    cert.write_bytes(inspector.cert_pem)
    code, out = run(capsys, "--data-dir", office, "keys", "trust", str(cert))
    assert code == 0 and ": imported" in out  # trusting releases what was held
    code, out = run(capsys, "--data-dir", office, "import", "--held")
    assert code == 0 and "no bundles found" in out


def test_export_bundle_to_a_file(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(copy_folder(inspector.root, tmp_path / "inspector"))
    target = tmp_path / "out" / "one.inspection.zip"
    code, out = run(capsys, "--data-dir", root, "export-bundle", "4", "-o", str(target))
    assert code == 0 and target.is_file() and "exported" in out
    code, out = run(
        capsys, "--data-dir", root, "export-bundle", "--pending", "-o", str(tmp_path / "out")
    )
    assert code == 0 and "nothing to export" in out
    code, _ = run(capsys, "--data-dir", root, "export-bundle", "1", "-o", str(tmp_path / "d"))
    assert code == 1  # a draft is not exported


def test_verify_bundle_and_pdf(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    office = _trusting_office(tmp_path, inspector, capsys)
    bundle = inspector.bundles[0]
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(entries_of(bundle.read_bytes())["report.pdf"])
    code, out = run(capsys, "--data-dir", office, "verify", str(bundle), str(pdf))
    assert code == 0, out
    assert "ok: bundle verified" in out and "intact" in out and "trusted: yes" in out
    assert "signer: 李明" in out

    altered = bytearray(pdf.read_bytes())
    altered[len(altered) // 3] ^= 0x01
    bad_pdf = tmp_path / "altered.pdf"
    bad_pdf.write_bytes(bytes(altered))
    entries = entries_of(bundle.read_bytes())
    bad_bundle = tmp_path / "bad.inspection.zip"
    bad_bundle.write_bytes(zip_of(entries | {"report.pdf": bytes(altered)}))
    code, out = run(capsys, "--data-dir", office, "verify", str(bad_pdf), str(bad_bundle))
    assert code == 1
    assert out.count("FAILED") == 2


def test_verify_untrusted_pdf_fails(
    tmp_path: Path, inspector: InspectorFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(entries_of(inspector.bundles[0].read_bytes())["report.pdf"])
    code, out = run(capsys, "--data-dir", str(tmp_path / "office"), "verify", str(pdf))
    assert code == 1 and "trusted: no" in out


def test_import_without_paths_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "x"), "import"]) == 2
