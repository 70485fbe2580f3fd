"""Printing for the command line: plain lines, tables and JSON on stdout, errors on stderr.

Text from outside (certificate names, bundle fields, file names) may carry terminal escape
sequences, carriage returns or bidi overrides that would rewrite what the user sees (a
name ending in "ESC[2K CR imported" erases its own line); every print goes through
`visible`, which shows such characters as escapes instead of obeying them.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


# Bidi embeddings, overrides and isolates, and the invisible direction marks.
_BIDI = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def _hidden(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or code in _BIDI


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: object, *, keep_newlines: bool = False) -> str:
    """`text` with control characters, escape sequences and bidi overrides shown as
    \\x1b, \\u202e ... so a terminal prints them instead of obeying them. `keep_newlines`
    is for whole messages of several lines; a single field escapes its newlines too."""
    return "".join(
        _escape(ch) if _hidden(ch) and not (keep_newlines and ch == "\n") else ch
        for ch in str(text)
    )


def print_json(data: Any) -> None:
    # JSON escapes C0 controls itself; C1 and bidi characters pass unless escaped here.
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default)
    text = "".join(f"\\u{ord(ch):04x}" if _hidden(ch) and ch != "\n" else ch for ch in text)
    sys.stdout.write(text + "\n")


def line(text: str) -> None:
    sys.stdout.write(visible(text, keep_newlines=True) + "\n")


def error(text: str) -> None:
    sys.stderr.write(f"inspector: {visible(text, keep_newlines=True)}\n")


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    cells = [[("" if v is None else visible(v)) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        line("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
