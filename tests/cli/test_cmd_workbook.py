"""`inspector export-workbook` and file names chosen when -o is a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from inspector_app.cli.main import main
from inspector_app.services.context import AppContext


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_workbook_for_some_months(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, out = str(demo_ctx.data_dir.root), tmp_path / "考核.xlsx"
    code, stdout, _ = run(
        capsys, "--data-dir", root, "export-workbook", "--from", "2026-09", "--to", "2026-09",
        "-o", str(out),
    )  # fmt: skip
    assert code == 0 and f"{out}: written" in stdout
    summary = load_workbook(out)["检查汇总"]
    assert summary.max_row == 2 + 2  # the two September inspections
    assert "2026年9月" in summary["A1"].value


def test_export_workbook_as_csv_and_into_a_folder(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, stdout, _ = run(
        capsys, "--data-dir", root, "export-workbook", "-o", str(tmp_path / "a.csv")
    )
    assert code == 0 and stdout.count(": written") == 5
    assert (tmp_path / "a-检查汇总.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code, stdout, _ = run(
        capsys, "--data-dir", root, "export-workbook", "--from", "2026-01", "-o", str(tmp_path)
    )
    assert code == 0 and (tmp_path / "检查考核表_2026-01起.xlsx").is_file()


@pytest.mark.parametrize("month", ["2026-13", "26-01", "2026/01", "september"])
def test_a_bad_month_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], month: str
) -> None:
    out = tmp_path / "x.xlsx"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "d"), "export-workbook", "--to", month, "-o", str(out)])
    assert exited.value.code == 2
    assert f"'{month}' is not a month (YYYY-MM)" in capsys.readouterr().err
    assert not out.exists()


def test_a_backwards_period_or_other_suffix_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "d"), "export-workbook"]
    code, _, err = run(
        capsys, *data, "--from", "2026-10", "--to", "2026-09", "-o", str(tmp_path / "x.xlsx")
    )
    assert code == 2 and "starts after it ends" in err
    code, _, err = run(capsys, *data, "-o", str(tmp_path / "x.ods"))
    assert code == 2 and ".xlsx or .csv" in err


def test_export_pdf_into_a_folder_names_site_and_date(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, stdout, _ = run(capsys, "--data-dir", root, "export-pdf", "3", "-o", str(tmp_path))
    written = tmp_path / "检查记录_未央区渭滨小学改扩建工程_2026-09-19.pdf"
    assert code == 0 and str(written) in stdout
    assert written.read_bytes().startswith(b"%PDF")


def test_export_bundles_into_a_folder_names_site_and_date(
    demo_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, _, _ = run(capsys, "--data-dir", root, "export-bundle", "3", "4", "-o", str(tmp_path))
    assert code == 0
    assert sorted(p.name for p in tmp_path.glob("*.inspection.zip")) == [
        "检查记录_未央区渭滨小学改扩建工程_2026-09-19.inspection.zip",
        "检查记录_长安区韦曲街道市政道路改造工程_2026-09-28.inspection.zip",
    ]
