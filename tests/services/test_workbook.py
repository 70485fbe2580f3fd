"""The assessment workbook: Chinese sheets, typed and formatted cells, no formulas, periods."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import update_site_field
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.period import Period
from inspector_app.services.supervision.received import ReceivedFilter, received_inspections
from inspector_app.services.supervision.tables import csv_bytes
from inspector_app.services.supervision.workbook import (
    SHEET_NAMES,
    district_of,
    export_workbook,
    workbook_tables,
)

TODAY = dt.date(2026, 12, 1)
YEAR = Period.months("2026-01", "2026-12")
HEADERS = {
    "检查汇总": [
        "编号", "项目名称", "所在区县", "检查日期", "检查人员", "得分", "等级", "结论",
        "发现问题", "审核状态",
    ],
    "问题与整改": [
        "编号", "项目名称", "制度", "检查项", "问题描述", "责令改正事项", "整改期限",
        "责任单位", "逾期天数", "状态",
    ],
    "欠薪线索": [
        "编号", "项目名称", "检查日期", "用工单位", "涉及人数", "欠薪金额", "处理情况",
        "是否解决", "情况说明",
    ],
    "各项制度合规率": [
        "序号", "制度名称", "符合项数", "不符合项数", "不适用项数", "适用项数", "检查项目数",
        "合规率",
    ],
}  # fmt: skip
# Stored codes that must never reach the paper.
CODES = (
    "compliant", "needs_correction", "failing", "unreviewed", "accepted", "returned",
    "resolved_on_site", "handed_over", "open", "None",
)  # fmt: skip


def _export(ctx: AppContext, path: Path, period: Period | None = YEAR) -> Any:
    (written,) = export_workbook(ctx, path, period, TODAY)
    return load_workbook(written)


def _column(sheet: Worksheet, header: str) -> list[Any]:
    headers = [cell.value for cell in sheet[2]]
    index = headers.index(header) + 1
    return [sheet.cell(row, index).value for row in range(3, sheet.max_row + 1)]


def _cells(book: Any) -> list[Any]:
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def test_sheets_titles_and_bold_chinese_headers(demo_ctx: AppContext, tmp_path: Path) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx")
    assert book.sheetnames == list(SHEET_NAMES)
    for name, headers in HEADERS.items():
        sheet = book[name]
        assert [cell.value for cell in sheet[2]] == headers
        assert all(cell.font.b for cell in sheet[2])
        title = sheet["A1"].value
        assert title.startswith("西安市劳动保障监察支队") and "2026年1月至2026年12月" in title
    assert "建设单位统一社会信用代码" in [cell.value for cell in book["项目"][2]]


def test_frozen_header_autofilter_and_widths(demo_ctx: AppContext, tmp_path: Path) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx")
    sheet = book["检查汇总"]
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == f"A2:J{sheet.max_row}"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDE"}
    # 项目名称 holds 15 Chinese characters (30 columns), the number 11 ASCII ones.
    assert widths["B"] >= 30 > widths["A"] >= 11


def test_dates_money_and_rates_are_typed_and_formatted(
    demo_ctx: AppContext, tmp_path: Path
) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx")
    date = book["检查汇总"]["D3"]
    assert date.is_date and date.number_format == "yyyy-mm-dd"
    assert date.value.date() == dt.date(2026, 9, 19)
    money = book["欠薪线索"]["F3"]
    assert isinstance(money.value, (int, float)) and "¥" in money.number_format
    assert money.number_format.endswith("0.00")
    assert book["项目"]["F3"].number_format == money.number_format
    rate = book["各项制度合规率"]["H3"]
    assert 0 <= rate.value <= 1 and rate.number_format.endswith("%")
    score = book["检查汇总"]["F3"]
    assert isinstance(score.value, float) and score.number_format == "0.0"


def test_values_are_chinese_words(demo_ctx: AppContext, tmp_path: Path) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx")
    summary = book["检查汇总"]
    assert set(_column(summary, "结论")) <= {"合规", "限期整改", "不合格"}
    assert set(_column(summary, "等级")) <= {"A级", "B级", "C级"}
    assert set(_column(summary, "审核状态")) == {"未审核"}
    assert _column(summary, "所在区县") == ["未央区", "长安区", "灞桥区"]
    assert _column(summary, "检查人员") == ["李明、王芳"] * 3
    rules = _column(book["各项制度合规率"], "制度名称")
    assert rules[0] == "实名制管理（劳动合同与考勤）" and len(rules) == 8
    assert set(_column(book["欠薪线索"], "是否解决")) <= {"是", "否"}
    texts = [c.value for c in _cells(book) if isinstance(c.value, str)]
    assert not [t for t in texts if t in CODES or t.startswith("R1")]


def test_numbers_are_the_document_numbers(demo_ctx: AppContext, tmp_path: Path) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx")
    rows = sorted(received_inspections(demo_ctx), key=lambda r: r.started_at)
    numbers = _column(book["检查汇总"], "编号")
    expected = [inspection_detail(demo_ctx, r.id).document_no for r in rows]
    assert all(expected) and numbers == expected
    assert all("监检〔" in number for number in numbers)
    assert _column(book["检查汇总"], "发现问题") == [r.findings for r in rows]


def test_arrears_total_equals_the_dashboard(demo_ctx: AppContext, tmp_path: Path) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx", period=None)
    amounts = _column(book["欠薪线索"], "欠薪金额")
    totals = dashboard.arrears_totals(demo_ctx)
    assert amounts and Decimal(str(sum(amounts))).quantize(Decimal("0.01")) == totals.amount_owed
    assert sum(_column(book["欠薪线索"], "涉及人数")) == totals.workers_affected
    unresolved = _column(book["欠薪线索"], "是否解决").count("否")
    assert unresolved == totals.unresolved_cases


def test_findings_status_and_overdue_days_match_the_dashboard(
    demo_ctx: AppContext, tmp_path: Path
) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx", period=None)
    sheet = book["问题与整改"]
    states = _column(sheet, "状态")
    overdue = sum(s.overdue for s in dashboard.open_corrections(demo_ctx, TODAY))
    assert states.count("逾期未整改") == overdue > 0
    for deadline, days, state in zip(
        _column(sheet, "整改期限"), _column(sheet, "逾期天数"), states, strict=True
    ):
        if state == "逾期未整改":
            assert days == (TODAY - deadline.date()).days > 0
    assert all(_column(sheet, "责任单位"))
    assert all(_column(sheet, "制度")) and all(_column(sheet, "检查项"))


@pytest.mark.parametrize(
    ("first", "last", "days"),
    [
        ("2026-10", "2026-10", ["2026-10-07"]),
        ("2026-09", "2026-09", ["2026-09-19", "2026-09-28"]),
        ("2026-09", None, ["2026-09-19", "2026-09-28", "2026-10-07"]),
        (None, "2026-08", []),
        ("2025-01", "2026-09", ["2026-09-19", "2026-09-28"]),
    ],
)
def test_period_keeps_exactly_its_inspections(
    demo_ctx: AppContext, tmp_path: Path, first: str | None, last: str | None, days: list[str]
) -> None:
    book = _export(demo_ctx, tmp_path / "book.xlsx", Period.months(first, last))
    dates = [d.date().isoformat() for d in _column(book["检查汇总"], "检查日期")]
    assert dates == days
    received = _received(demo_ctx, first, last)
    behind = {inspection_detail(demo_ctx, r.id).document_no for r in received}
    assert set(_column(book["检查汇总"], "编号")) == behind
    assert set(_column(book["问题与整改"], "编号")) <= behind
    assert sum(_column(book["项目"], "期间检查次数")) == len(days)
    counted = _column(book["各项制度合规率"], "检查项目数")
    assert all(n == len(days) for n in counted) and (counted or not days)


def _received(ctx: AppContext, first: str | None, last: str | None) -> list[Any]:
    period = Period.months(first, last)
    end = None
    if period.last:
        end = (period.last + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return received_inspections(ctx, ReceivedFilter(date_from=period.first, date_to=end))


def test_text_that_looks_like_a_formula_stays_text(demo_ctx: AppContext, tmp_path: Path) -> None:
    hostile = {"name": '=HYPERLINK("http://x","点我")', "contractor": "@SUM(1+1)*cmd|' /C calc'!A0"}
    site_id = received_inspections(demo_ctx)[0].site_id
    for field, value in {**hostile, "address": "-2+3 西安市\x07未央区"}.items():
        update_site_field(demo_ctx, site_id, field, value)
    book = _export(demo_ctx, tmp_path / "book.xlsx")
    cells = _cells(book)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells}
    assert set(hostile.values()) <= texts  # kept exactly, as text
    assert "-2+3 西安市未央区" in texts  # a control character XML cannot carry is dropped
    flagged = [c for c in cells if c.value == hostile["name"]]
    assert flagged and all(c.quotePrefix for c in flagged)
    written = export_workbook(demo_ctx, tmp_path / "book.csv", YEAR, TODAY)
    sites = next(p for p in written if p.name == "book-项目.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(sites)))
    assert "'" + hostile["name"] in rows[1] + rows[2] + rows[3]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_csv_has_a_bom_and_round_trips(demo_ctx: AppContext, tmp_path: Path) -> None:
    written = export_workbook(demo_ctx, tmp_path / "book.csv", YEAR, TODAY)
    assert [p.name for p in written] == [f"book-{name}.csv" for name in SHEET_NAMES]
    tables = workbook_tables(demo_ctx, YEAR, TODAY)
    for path, table in zip(written, tables, strict=True):
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and data == csv_bytes(table)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows[0] == [column.header for column in table.columns]
        assert len(rows) == len(table.rows) + 1
    summary = list(csv.reader(io.StringIO(written[0].read_text(encoding="utf-8-sig"))))
    assert summary[1][3] == "2026-09-19" and summary[1][1] == "未央区渭滨小学改扩建工程"
    arrears = list(csv.reader(io.StringIO(written[2].read_text(encoding="utf-8-sig"))))
    assert Decimal(arrears[1][5]) == dashboard.arrears_totals(demo_ctx).amount_owed
    rates = list(csv.reader(io.StringIO(written[3].read_text(encoding="utf-8-sig"))))
    assert all(row[-1].endswith("%") for row in rates[1:])


def test_a_folder_gets_a_named_workbook(demo_ctx: AppContext, tmp_path: Path) -> None:
    (written,) = export_workbook(demo_ctx, tmp_path, YEAR, TODAY)
    assert written == tmp_path / "检查考核表_2026-01至2026-12.xlsx" and written.is_file()


def test_an_empty_office_exports_empty_sheets(ctx: AppContext, tmp_path: Path) -> None:
    book = _export(ctx, tmp_path / "book.xlsx")
    assert book.sheetnames == list(SHEET_NAMES)
    assert all(sheet.max_row == 2 for sheet in book.worksheets)


@pytest.mark.parametrize(
    ("address", "district"),
    [
        ("西安市未央区渭滨路 102 号", "未央区"),
        ("西安市高新区锦业路 69 号", "高新区"),
        ("陕西省西安市长安区韦曲南街", "长安区"),
        ("广西壮族自治区南宁市青秀区民族大道", "青秀区"),
        ("蓝田县蓝关街道", "蓝田县"),
        ("西安市雁塔路 18 号", ""),
        ("", ""),
    ],
)
def test_district_from_the_address(address: str, district: str) -> None:
    assert district_of(address) == district


def test_a_finding_without_a_unit_falls_to_the_general_contractor(
    demo_ctx: AppContext,
) -> None:
    from dataclasses import replace

    from inspector_app.services.supervision.workbook import findings_table
    from inspector_app.services.supervision.workbook_rows import read_workbook_data

    data = read_workbook_data(demo_ctx, YEAR)
    first = data.findings[0]
    data = replace(data, findings=[replace(first, responsible_party=" "), first])
    site = data.sites[next(i.site_id for i in data.inspections if i.id == first.inspection_id)]
    table = findings_table(data, "", TODAY)
    assert [row[7] for row in table.rows] == [site.contractor, first.responsible_party]


def test_finding_states() -> None:
    from inspector_app.services.supervision.workbook import finding_state

    day = dt.date(2026, 11, 1)
    assert finding_state(False, day, TODAY) == ("已复查", None)
    assert finding_state(True, None, TODAY) == ("待整改", None)
    assert finding_state(True, day, TODAY) == ("逾期未整改", 30)
    assert finding_state(True, TODAY, TODAY) == ("整改期内", 0)


def test_compliance_sheet_matches_the_dashboard(demo_ctx: AppContext, tmp_path: Path) -> None:
    sheet = _export(demo_ctx, tmp_path / "book.xlsx", period=None)["各项制度合规率"]
    rules = dashboard.rule_compliance(demo_ctx)
    assert _column(sheet, "符合项数") == [r.compliant for r in rules]
    assert _column(sheet, "不符合项数") == [r.not_compliant for r in rules]
    assert _column(sheet, "合规率") == pytest.approx([r.rate for r in rules])


class _Stop(Exception):
    pass


@pytest.mark.parametrize("name", ["book.xlsx", "book.csv"])
def test_progress_counts_every_row_and_stopping_writes_nothing(
    demo_ctx: AppContext, tmp_path: Path, name: str
) -> None:
    total = sum(len(t.rows) for t in workbook_tables(demo_ctx, YEAR, TODAY))
    seen: list[tuple[int, int]] = []
    export_workbook(
        demo_ctx, tmp_path / "done" / name, YEAR, TODAY, progress=lambda *p: seen.append(p)
    )
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    def stop_midway(done: int, _total: int) -> None:
        if done > 0:
            raise _Stop

    with pytest.raises(_Stop):
        export_workbook(demo_ctx, tmp_path / "stopped" / name, YEAR, TODAY, progress=stop_midway)
    assert not (tmp_path / "stopped").exists() or list((tmp_path / "stopped").iterdir()) == []
