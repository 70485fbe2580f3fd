"""Human file names: document, site and date; safe on Windows; short enough; unique."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from inspector_app.services.reporting.file_names import (
    PART_BYTES,
    bundle_file_name,
    clean_part,
    order_file_name,
    report_file_name,
    report_file_name_of,
    unique_name,
    workbook_file_name,
)

DAY = dt.date(2026, 9, 19)
SITE = "未央区渭滨小学改扩建工程"
WINDOWS_ILLEGAL = set('\\/:*?"<>|')


def test_report_order_and_bundle_names() -> None:
    assert report_file_name(SITE, DAY) == "检查记录_未央区渭滨小学改扩建工程_2026-09-19.pdf"
    assert report_file_name(SITE, dt.datetime(2026, 9, 19, 9, 30), "en") == (
        "Inspection-record_未央区渭滨小学改扩建工程_2026-09-19.pdf"
    )
    assert order_file_name(SITE, "陕西华山建设集团有限公司", DAY) == (
        "整改指令书_未央区渭滨小学改扩建工程_陕西华山建设集团有限公司_2026-09-19.pdf"
    )
    assert order_file_name(SITE, " ", DAY) == "整改指令书_未央区渭滨小学改扩建工程_2026-09-19.pdf"
    assert bundle_file_name(SITE, DAY) == (
        "检查记录_未央区渭滨小学改扩建工程_2026-09-19.inspection.zip"
    )
    assert bundle_file_name(SITE, DAY, 2).endswith("_2026-09-19_第2版.inspection.zip")


def test_workbook_names_say_the_months() -> None:
    assert workbook_file_name("2026-01", "2026-12", ".xlsx") == "检查考核表_2026-01至2026-12.xlsx"
    assert workbook_file_name("2026-09", "2026-09", ".csv") == "检查考核表_2026-09.csv"
    assert workbook_file_name(None, None, ".xlsx") == "检查考核表_全部.xlsx"


@pytest.mark.parametrize(
    "hostile",
    ['a\\b/c:d*e?f"g<h>i|j', "工程\x00\x07\x1f\x7f名称", "  ..名称. ", "CON", "lpt1.工程"],
)
def test_names_are_legal_on_windows(hostile: str) -> None:
    name = report_file_name(hostile, DAY)
    assert not WINDOWS_ILLEGAL & set(name)
    assert all(ord(ch) >= 32 and ord(ch) != 127 for ch in name)
    part = clean_part(hostile)
    assert part and not part.endswith((".", " ")) and not part.startswith((".", " "))
    assert part.split(".")[0].upper() not in {"CON", "LPT1"}


def test_long_names_are_cut_at_a_character() -> None:
    long_site = "西安市" + "超长项目名称" * 100
    name = report_file_name(long_site, DAY)
    assert len(clean_part(long_site).encode("utf-8")) <= PART_BYTES
    assert len(name.encode("utf-8")) < 200 and name.endswith("_2026-09-19.pdf")
    assert clean_part("") == "未命名"


def test_unique_names_in_a_batch() -> None:
    taken: set[str] = set()
    names = [unique_name(bundle_file_name(SITE, DAY), taken) for _ in range(3)]
    assert names[1] == "检查记录_未央区渭滨小学改扩建工程_2026-09-19 (2).inspection.zip"
    assert names[2].endswith(" (3).inspection.zip")
    assert unique_name("Report.PDF", taken) == "Report.PDF"
    assert unique_name("report.pdf", taken) == "report (2).pdf"  # Windows ignores case


def _bundle(path: Path, uuid: str, revision: int) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        manifest = {"inspection": {"uuid": uuid, "revision": revision}}
        archive.writestr("manifest.json", json.dumps(manifest))


def test_a_bundle_never_replaces_another_inspections_file(tmp_path: Path) -> None:
    from inspector_app.services.sync.export import _target_in

    detail: Any = SimpleNamespace(site_name=SITE, started_at=DAY, revision=1, uuid="u-1")
    same_day = tmp_path / bundle_file_name(SITE, DAY)
    _bundle(same_day, "u-0", 1)  # another inspection of the site that day
    target = _target_in(tmp_path, detail, set())
    assert target.name.endswith(" (2).inspection.zip")
    _bundle(target, "u-1", 1)
    assert _target_in(tmp_path, detail, set()) == target  # exported again: replaced
    taken: set[str] = set()
    _target_in(tmp_path, detail, taken)
    other: Any = SimpleNamespace(site_name=SITE, started_at=DAY, revision=1, uuid="u-2")
    assert _target_in(tmp_path, other, taken).name.endswith(" (3).inspection.zip")


def test_report_name_of_a_stored_inspection(demo_ctx: Any) -> None:
    assert report_file_name_of(demo_ctx, 3) == "检查记录_未央区渭滨小学改扩建工程_2026-09-19.pdf"
