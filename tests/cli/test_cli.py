"""The `inspector` command line: output, JSON and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.cli.main import main
from inspector_app.demo.photos import make_demo_photo
from inspector_app.services.context import AppContext


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_demo_then_inspections_list_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real console script, as a user runs it.
    root = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "inspector_app", "--data-dir", str(root), "demo"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "5 sites" in done.stdout
    code, out, _ = run(capsys, "--data-dir", str(root), "inspections", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert {"id", "site", "status", "revision", "score"} <= set(rows[0])
    assert sorted(r["status"] for r in rows) == [
        "complete",
        "draft",
        "exported",
        "signed",
        "signed",
    ]


def test_sites_list_table_and_json(
    demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, out, _ = run(capsys, "sites", "list", "--data-dir", root)
    assert code == 0 and "未央区渭滨小学改扩建工程" in out
    code, out, _ = run(capsys, "--data-dir", root, "sites", "list", "--json", "--search", "灞桥")
    assert [s["name"] for s in json.loads(out)] == ["灞桥区生态湿地配套商业综合体"]


def test_forms_check_reports_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = Path("forms/eight-rules.v1.yaml")
    bad = tmp_path / "bad.v1.yaml"
    text = good.read_text(encoding="utf-8").replace("kind: check", "kind: chek", 1)
    bad.write_text(text, encoding="utf-8")
    line = text.splitlines().index(next(t for t in text.splitlines() if "kind: chek" in t)) + 1
    code, out, _ = run(capsys, "forms", "check", str(good), str(bad))
    assert code == 1
    assert f"{bad}:{line}:" in out and "chek" in out
    assert f"{good}: ok" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["no-such-command"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["photos", "add"])
    assert exited.value.code == 2


def test_photos_add_one_line_per_file_and_exit_1_on_rejects(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    good = make_demo_photo(tmp_path / "good.jpg", "x", dt.datetime(2026, 9, 1, 10), 5)
    bad = tmp_path / "empty.jpg"
    bad.write_bytes(b"")
    root = str(demo_ctx.data_dir.root)
    code, out, _ = run(
        capsys, "--data-dir", root, "photos", "add", "1", "R6.1", str(good), str(bad)
    )
    assert code == 1
    assert f"{good}: added" in out and f"{bad}: rejected: " in out
    code, out, _ = run(capsys, "--data-dir", root, "photos", "add", "1", "R6.1", str(good))
    assert code == 0 and "already present" in out
    code, _, err = run(capsys, "--data-dir", root, "photos", "add", "3", "R6.1", str(good))
    assert code == 1 and "signed" in err


def test_media_check_finds_a_changed_original(
    demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, out, _ = run(capsys, "--data-dir", root, "media", "check")
    assert code == 0 and "0 changed" in out
    victim = next(p for p in demo_ctx.data_dir.media.rglob("*") if p.is_file())
    victim.write_bytes(victim.read_bytes() + b"tampered")
    code, out, _ = run(capsys, "--data-dir", root, "media", "check")
    assert code == 1 and f"changed: {victim.name}" in out


def test_keys_and_export_pdf(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, out, _ = run(
        capsys, "--data-dir", root, "keys", "export-cert", "-o", str(tmp_path / "me.pem")
    )
    assert code == 0 and "李明" in out
    assert (tmp_path / "me.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    code, _, _ = run(capsys, "--data-dir", root, "export-pdf", "3", "-o", str(tmp_path / "r.pdf"))
    assert code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--data-dir", root, "export-pdf", "2", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "not signed" in err
    other = str(tmp_path / "supervisor")
    code, out, _ = run(capsys, "--data-dir", other, "keys", "trust", str(tmp_path / "me.pem"))
    assert code == 0 and "trusted: 李明" in out


def test_wrong_passphrase_file_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path / "d"),
        "keys",
        "init",
        "--name",
        "张三",
        "--passphrase-file",
        str(tmp_path / "missing.txt"),
    )
    assert code == 1 and "Cannot read the passphrase file" in err


def test_export_cert_without_a_key_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "me.pem"
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "data"), "keys", "export-cert", "-o", str(out_file)
    )
    assert code == 1 and "keys init" in err
    assert not out_file.exists()
