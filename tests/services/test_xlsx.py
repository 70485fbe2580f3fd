"""The streaming XLSX writer: what openpyxl reads back is exactly what was written."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from inspector_app.services.supervision.tables import (
    MAX_WIDTH,
    Column,
    Kind,
    Table,
    display_width,
    text_lines,
)
from inspector_app.services.supervision.xlsx import column_letter, write_xlsx

TRICKY = [
    "=1+2",
    "+86 029 8888",
    "-5",
    "@SUM(A1)",
    "\tleading tab",
    "\rleading return",
    "a < b & c > d",
    "]]> and <![CDATA[",
    "  spaces kept  ",
    "第一行\n第二行",
    "emoji 🏗 and ß",
]


def _book(*tables: Table) -> object:
    buffer = io.BytesIO()
    write_xlsx(tables, buffer)
    buffer.seek(0)
    return load_workbook(buffer)


def test_text_round_trips_exactly_and_never_as_a_formula() -> None:
    table = Table("文字", "标题 <&>", [Column("内容")], [(text,) for text in TRICKY])
    sheet = _book(table)["文字"]  # type: ignore[index]
    cells = [sheet.cell(row, 1) for row in range(3, 3 + len(TRICKY))]
    assert [c.value for c in cells] == TRICKY
    assert all(c.data_type == "s" for c in cells)
    assert [c.quotePrefix for c in cells[:6]] == [True] * 6
    assert not any(c.quotePrefix for c in cells[6:])
    assert sheet["A1"].value == "标题 <&>" and sheet["A1"].font.b


def test_every_part_is_well_formed_xml() -> None:
    buffer = io.BytesIO()
    write_xlsx([Table("a'b", "t", [Column("x")], [("\x01bad\x1fcontrol",)])], buffer)
    with zipfile.ZipFile(buffer) as archive:
        for name in archive.namelist():
            ElementTree.fromstring(archive.read(name))  # raises on malformed XML
    buffer.seek(0)
    assert load_workbook(buffer)["a'b"]["A3"].value == "badcontrol"


def test_numbers_dates_money_rates_and_blanks() -> None:
    columns = [
        Column("日期", Kind.DATE),
        Column("金额", Kind.MONEY),
        Column("比例", Kind.RATE),
        Column("得分", Kind.SCORE),
        Column("次数", Kind.COUNT),
    ]
    rows = [
        (dt.date(2026, 9, 19), Decimal("1234.50"), 2 / 3, 84.66, 7),
        (None, None, None, None, None),
        (dt.date(1900, 3, 1), Decimal("-0.01"), 0.0, 0.0, 0),
    ]
    sheet = _book(Table("数", "t", columns, rows))["数"]  # type: ignore[index]
    first = [sheet.cell(3, col) for col in range(1, 6)]
    assert first[0].value == dt.datetime(2026, 9, 19) and first[0].number_format == "yyyy-mm-dd"
    assert first[1].value == 1234.5 and first[1].number_format == '"¥"#,##0.00'
    assert first[2].value == pytest.approx(2 / 3) and first[2].number_format == "0.0%"
    assert first[3].value == 84.66 and first[3].number_format == "0.0"
    assert first[4].value == 7
    assert [sheet.cell(4, col).value for col in range(1, 6)] == [None] * 5
    assert sheet.cell(5, 1).value == dt.datetime(1900, 3, 1)
    assert sheet.cell(5, 2).value == -0.01


def test_layout_frozen_filtered_sized_and_printable() -> None:
    long_text = "责令于期限内落实农民工工资专用账户的开设与备案，并书面报告整改情况。" * 2
    table = Table(
        "问题", "t", [Column("编号"), Column("说明")], [("A-1", long_text), ("A-2", "短")]
    )
    sheet = _book(table)["问题"]  # type: ignore[index]
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:B4"
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["B"].width == MAX_WIDTH
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    wrapped = sheet["B3"]
    assert wrapped.alignment.wrap_text and wrapped.alignment.vertical == "top"
    assert sheet["A3"].alignment.vertical == "top"  # the whole tall row reads from the top
    assert sheet.row_dimensions[3].height == 15 * text_lines(long_text, MAX_WIDTH)
    assert not sheet["B4"].alignment.wrap_text


def test_widths_count_chinese_as_two_columns() -> None:
    assert display_width("abc") == 3
    assert display_width("渭滨小学") == 8
    assert display_width("“八项制度”") == 12  # CJK fonts draw these quotes full width
    assert text_lines("短", 10) == 1 and text_lines("一\n二", 10) == 2
    assert text_lines("汉" * 30, 11) == 6  # 60 columns, 10 to a line


def test_column_letters() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_an_empty_table_still_opens() -> None:
    sheet = _book(Table("空", "没有数据", [Column("编号")], []))["空"]  # type: ignore[index]
    assert sheet.max_row == 2 and sheet.auto_filter.ref == "A2:A2"


def test_a_big_list_is_released_a_slice_at_a_time() -> None:
    from inspector_app.services.supervision.tables import RELEASE_SLICE, release

    freed: list[int] = []

    class Rows(list[object]):
        def __delitem__(self, key: slice | int) -> None:  # type: ignore[override]
            before = len(self)
            super().__delitem__(key)
            freed.append(before - len(self))

    rows = Rows([object()] * (2 * RELEASE_SLICE + 7))
    release(rows)
    assert rows == [] and freed == [RELEASE_SLICE, RELEASE_SLICE, 7]
