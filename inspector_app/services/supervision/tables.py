"""Tables written as formatted XLSX sheets or as CSV files with a BOM, no formulas from data.

Every text cell is text: a value that a spreadsheet would read as a formula (= + - @, or a
leading tab or return) is an inline string marked with Excel's quote prefix in XLSX
(services.supervision.xlsx writes the sheets), and is prefixed with ' in CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.storage.files import atomic_write_bytes, atomic_writer


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    SCORE = "score"
    DATE = "date"
    MONEY = "money"
    RATE = "rate"


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


RowsWritten = Callable[[int, int], None]
"""`progress(done, total)`: rows written so far, of all the tables' rows."""


class RowCounter:
    """Counts rows as they are written, for a progress callback that may also stop the
    work by raising (the file being written is then discarded)."""

    def __init__(self, tables: Sequence[Table], progress: RowsWritten | None) -> None:
        self.done, self.total = 0, sum(len(t.rows) for t in tables)
        self._progress = progress
        self.add(0)

    def add(self, rows: int) -> None:
        self.done += rows
        if self._progress is not None:
            self._progress(self.done, self.total)


# A list of a hundred thousand rows freed at once frees a million objects in one C call,
# holding the GIL throughout (100-250 ms): the GUI thread cannot run Python meanwhile.
# Freed a slice at a time, the interpreter can hand the GIL over between slices (well
# under a millisecond each). The same goes for any single C call over every row.
RELEASE_SLICE = 1_000


def release(rows: list[Any]) -> None:
    """Empty `rows` a slice at a time (see RELEASE_SLICE)."""
    while rows:
        del rows[-RELEASE_SLICE:]


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
    if kind is Kind.MONEY:
        return f"¥{value:,.2f}"
    if kind is Kind.RATE:
        return f"{value:.1%}"
    if kind is Kind.SCORE:
        return f"{value:.1f}"
    return str(value)


def _widest(values: list[Any], kind: Kind) -> int:
    """Display width of the widest value, measuring as few values as possible."""
    if kind is Kind.DATE:
        return 12  # yyyy-mm-dd and a little air beside the next column
    present = [value for value in values if value is not None]
    if not present:
        return 0
    if kind is not Kind.TEXT:  # the widest number is the largest or the most negative
        return max(len(_shown(max(present), kind)), len(_shown(min(present), kind)))
    # Grouped by length in a Python loop, not sorted(key=len): one C call over 100,000
    # texts would hold the GIL for tens of milliseconds (see RELEASE_SLICE).
    by_length: dict[int, list[str]] = {}
    for text in {str(value) for value in present}:
        by_length.setdefault(len(text), []).append(text)
    widest = 0
    # A text is 1 to 2 columns a character: longest first, until none can be wider.
    for length in sorted(by_length, reverse=True):
        if 2 * length <= widest or widest >= MAX_WIDTH:
            break
        widest = max(widest, max(display_width(text) for text in by_length[length]))
    return widest


def column_widths(table: Table) -> list[float]:
    widths = []
    for index, column in enumerate(table.columns):
        widest = _widest([row[index] for row in table.rows], column.kind)
        widest = max(widest, display_width(column.header))
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, widest + 3))))
    return widths


def fits(text: str, width: float) -> bool:
    """Whether one line of `text` fits in a column `width` wide (cheap for short text)."""
    if 2 * len(text) <= width:
        return True
    return len(text) <= width and display_width(text) <= width


LINE_HEIGHT = 15.0  # points per line of 11-point text


def text_lines(text: str, width: float) -> int:
    """Lines `text` takes, wrapped in a column `width` wide."""
    if "\n" not in text and fits(text, width):
        return 1
    per_line = max(1, int(width) - 1)
    return sum(max(1, -(-display_width(part) // per_line)) for part in text.split("\n"))


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


def write_tables(
    tables: Sequence[Table], path: Path, progress: RowsWritten | None = None
) -> list[Path]:
    """XLSX: one sheet per table. CSV: one file per table (<name>-<table>.csv if several).
    `progress` follows the rows; if it raises, no file is written or changed."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from inspector_app.services.supervision.xlsx import write_xlsx

        with atomic_writer(path) as handle:
            write_xlsx(tables, handle, progress)
        return [path]
    if suffix != ".csv":
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Export to a file ending in .xlsx or .csv."))
        )
    counter = RowCounter(tables, progress)
    contents = []
    for table in tables:  # all made before any is written: stopping leaves no part-set
        contents.append(csv_bytes(table))
        counter.add(len(table.rows))
    if len(tables) == 1:
        atomic_write_bytes(path, contents[0])
        return [path]
    written = []
    for table, content in zip(tables, contents, strict=True):
        target = path.with_name(f"{path.stem}-{table.name}.csv")
        atomic_write_bytes(target, content)
        written.append(target)
    return written
