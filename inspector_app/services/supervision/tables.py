"""Tables written as formatted XLSX sheets or as CSV files with a BOM, no formulas from data.

XLSX goes through openpyxl's write-only mode, which streams rows to disk, so 10,000
inspections export in seconds and little memory. Every text cell is text: a value that a
spreadsheet would read as a formula (= + - @, or a leading tab or return) is stored as a
string marked with Excel's quote prefix in XLSX, and prefixed with ' in CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import msg
from inspector_app.storage.files import atomic_write_bytes, atomic_writer


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    SCORE = "score"
    DATE = "date"
    MONEY = "money"
    RATE = "rate"


NUMBER_FORMATS = {
    Kind.COUNT: "0",
    Kind.SCORE: "0.0",
    Kind.DATE: "yyyy-mm-dd",
    Kind.MONEY: '"¥"#,##0.00',
    Kind.RATE: "0.0%",
}


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class Table:
    """One sheet: `name` is the sheet (and CSV file) name, `title` the line above the headers."""

    name: str
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]


# -- text that must not become a formula --------------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry (openpyxl refuses them): dropped, they carry no meaning.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value: str) -> str:
    return _NOT_XML.sub("", value)


def csv_text(value: str) -> str:
    """The CSV cell: a leading ' keeps Excel from evaluating text as a formula (OWASP)."""
    value = clean_text(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


# -- column widths ---------------------------------------------------------------------------

# Longer text wraps inside its column instead of widening it past a readable line.
MAX_WIDTH, MIN_WIDTH = 40, 6


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK characters (3 bytes in UTF-8) count two.

    Computed from the UTF-8 length, which is C speed; unicodedata per character would cost
    seconds over 10,000 rows of findings.
    """
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


def _shown(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.DATE:
        return "0000-00-00  "  # a date needs a little air beside the next column
    if kind is Kind.MONEY:
        return f"¥{value:,.2f}"
    if kind is Kind.RATE:
        return f"{value:.1%}"
    if kind is Kind.SCORE:
        return f"{value:.1f}"
    return str(value)


def column_widths(table: Table) -> list[float]:
    widths = []
    for index, column in enumerate(table.columns):
        widest = max(
            (display_width(_shown(row[index], column.kind)) for row in table.rows), default=0
        )
        widest = max(widest, display_width(column.header))
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, widest + 2))))
    return widths


# -- XLSX ----------------------------------------------------------------------------------


def _cell_makers(
    sheet: Any, columns: Sequence[Column], widths: Sequence[float]
) -> list[Callable[[Any], Any]]:
    """Per column, a function from a value to what the write-only sheet appends: the plain
    value where that is safe (fastest), else a styled cell."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True)

    def text_of(width: float) -> Callable[[Any], Any]:
        def make(value: Any) -> Any:
            if not isinstance(value, str):
                return value
            value = clean_text(value)
            formula_like = value.startswith(FORMULA_STARTS)
            too_wide = display_width(value) > width or "\n" in value
            if not (formula_like or too_wide):
                return value
            cell = WriteOnlyCell(sheet, value=value)
            if formula_like:
                cell.data_type = "s"  # openpyxl made "=…" a formula: it is text
                cell.quotePrefix = True
            if too_wide:
                cell.alignment = wrap
            return cell

        return make

    def formatted(number_format: str) -> Callable[[Any], Any]:
        def make(value: Any) -> Any:
            if value is None:
                return None
            number = float(value) if isinstance(value, Decimal) else value
            cell = WriteOnlyCell(sheet, value=number)
            cell.number_format = number_format
            return cell

        return make

    makers: list[Callable[[Any], Any]] = []
    for column, width in zip(columns, widths, strict=True):
        if column.kind is Kind.TEXT:
            makers.append(text_of(width))
        elif column.kind is Kind.COUNT:
            makers.append(lambda value: value)
        else:
            makers.append(formatted(NUMBER_FORMATS[column.kind]))
    return makers


def _header_cells(sheet: Any, table: Table) -> tuple[list[Any], list[Any]]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    title = WriteOnlyCell(sheet, value=clean_text(table.title))
    title.font = Font(bold=True, size=13)
    headers = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center")
        headers.append(cell)
    return [title], headers


def _page_setup(sheet: Any) -> None:
    """Printed as handed in: landscape A4, as wide as the page, titles on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4 in the OOXML paper-size table
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:2"


def _write_sheet(book: Any, table: Table) -> None:
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(table.name[:31])
    # Write-only sheets take widths, panes and filters before the first row.
    widths = column_widths(table)
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A3"  # the title and header rows stay in view
    last = get_column_letter(max(1, len(table.columns)))
    sheet.auto_filter.ref = f"A2:{last}{len(table.rows) + 2}"
    _page_setup(sheet)
    title, headers = _header_cells(sheet, table)
    sheet.append(title)
    sheet.append(headers)
    makers = _cell_makers(sheet, table.columns, widths)
    texts = [(i, widths[i]) for i, c in enumerate(table.columns) if c.kind is Kind.TEXT]
    for number, row in enumerate(table.rows, 3):
        cells = [make(value) for make, value in zip(makers, row, strict=True)]
        lines = _lines(row, texts)
        if lines > 1:  # spreadsheets do not grow a row for wrapped text by themselves
            sheet.row_dimensions[number].height = LINE_HEIGHT * lines
            cells = _top_aligned(sheet, cells)
        sheet.append(cells)


def _top_aligned(sheet: Any, cells: list[Any]) -> list[Any]:
    """A tall row reads from the top in every column, not only in the wrapped ones."""
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.styles import Alignment

    aligned = []
    for value in cells:
        cell = value if isinstance(value, Cell) else WriteOnlyCell(sheet, value=value)
        cell.alignment = Alignment(wrap_text=cell.alignment.wrap_text, vertical="top")
        aligned.append(cell)
    return aligned


LINE_HEIGHT = 15.0  # points per line of 11-point text


def _lines(row: Sequence[Any], texts: Sequence[tuple[int, float]]) -> int:
    """How many lines the row's tallest wrapped text takes."""
    most = 1
    for index, width in texts:
        value = row[index]
        # Half the width in characters is the most that surely fits in one line.
        if isinstance(value, str) and (len(value) > width / 2 or "\n" in value):
            per_line = max(1, int(width) - 1)
            lines = sum(max(1, -(-display_width(part) // per_line)) for part in value.split("\n"))
            most = max(most, lines)
    return most


def write_xlsx(tables: Sequence[Table], handle: IO[bytes]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for table in tables:
        _write_sheet(book, table)
    book.save(handle)


# -- CSV -------------------------------------------------------------------------------------


def _csv_value(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.TEXT:
        return csv_text(str(value))
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if kind is Kind.MONEY:
        return f"{value:.2f}"
    if kind is Kind.RATE:
        return f"{value * 100:.2f}%"
    if kind is Kind.SCORE:
        return f"{value:.1f}"
    return str(value)


def csv_bytes(table: Table) -> bytes:
    """Headers and rows (no title line, so tools read it as data), UTF-8 with BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.header for column in table.columns])
    kinds = [column.kind for column in table.columns]
    writer.writerows(
        [_csv_value(value, kind) for value, kind in zip(row, kinds, strict=True)]
        for row in table.rows
    )
    # Excel opens UTF-8 CSV with Chinese text correctly only with the byte-order mark.
    return buffer.getvalue().encode("utf-8-sig")


def write_tables(tables: Sequence[Table], path: Path) -> list[Path]:
    """XLSX: one sheet per table. CSV: one file per table (<name>-<table>.csv if several)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        with atomic_writer(path) as handle:
            write_xlsx(tables, handle)
        return [path]
    if suffix != ".csv":
        raise ValidationError(msg("Export to a file ending in .xlsx or .csv."))
    if len(tables) == 1:
        atomic_write_bytes(path, csv_bytes(tables[0]))
        return [path]
    written = []
    for table in tables:
        target = path.with_name(f"{path.stem}-{table.name}.csv")
        atomic_write_bytes(target, csv_bytes(table))
        written.append(target)
    return written
