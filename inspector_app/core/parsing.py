"""Amounts, counts and dates as Chinese users type them, read into typed values.

One parser for every field (site editor, finding deadline, arrears table, recorded values):
"1200万", "1,200,000", "50万元", full-width "１２００万" are yuan; "2027/06/30", "2027-6-30",
"2027年6月30日", "2027.6.30" are dates. Anything else is a ParseError with a reason code
and a message for people; never an exception from decimal or datetime.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg

# The bounds every amount keeps, typed or imported: the database holds Numeric(16, 2).
MAX_AMOUNT = Decimal(10) ** 12
CENT = Decimal("0.01")
MAX_COUNT = 10**7
MIN_YEAR, MAX_YEAR = 1900, 2200
# Longer input is no amount or date anyone types; refused before any arithmetic.
MAX_INPUT = 40

EMPTY = "empty"
NOT_A_NUMBER = "not_a_number"
NEGATIVE = "negative"
TOO_LARGE = "too_large"
TOO_PRECISE = "too_precise"
NOT_A_DATE = "not_a_date"
NO_SUCH_DATE = "no_such_date"
OUT_OF_RANGE = "out_of_range"

_UNITS = {"": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
_NUMBER = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?", re.ASCII)
_AMOUNT = re.compile(r"[¥]?(?P<number>[\d,.]+)(?P<unit>万|亿)?元?", re.ASCII)
_DATE_SEPARATED = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", re.ASCII)
_DATE_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]?", re.ASCII)
_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)


class ParseError(ValidationError):
    """Typed text that is not the kind of value asked for; `reason` says why (a code)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def normalized(text: str) -> str:
    """Full-width digits and signs as ASCII (NFKC), without spaces."""
    folded = unicodedata.normalize("NFKC", str(text))
    return "".join(folded.split())


def _checked_length(text: str, original: str) -> str:
    if not text:
        raise ParseError(msg(QT_TRANSLATE_NOOP("service", "Nothing was entered.")), EMPTY)
    if len(text) > MAX_INPUT:
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "'{text}…' is too long."), text=original.strip()[:20]),
            TOO_LARGE,
        )
    return text


def _not_a_number(text: str, amount: bool) -> ParseError:
    if amount:
        return ParseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "'{text}' is not an amount: write e.g. 1200万 or 1,200,000."
                ),
                text=text.strip(),
            ),
            NOT_A_NUMBER,
        )
    return ParseError(
        msg(
            QT_TRANSLATE_NOOP(
                "service", "'{text}' is not a number: write e.g. 418, 1,200 or 12万."
            ),
            text=text.strip(),
        ),
        NOT_A_NUMBER,
    )


def _read_decimal(text: str, *, amount: bool) -> Decimal:
    value = _checked_length(normalized(text), text)
    match = _AMOUNT.fullmatch(value)
    number = _NUMBER.fullmatch(match["number"]) if match else None
    if match is None or number is None:
        if value.startswith("-"):
            raise ParseError(
                msg(QT_TRANSLATE_NOOP("service", "A negative amount is not possible.")), NEGATIVE
            )
        raise _not_a_number(text, amount)
    digits = number["int"].replace(",", "") + ("." + number["frac"] if number["frac"] else "")
    return checked_amount(Decimal(digits) * _UNITS[match["unit"] or ""])


def parse_amount(text: str) -> Decimal:
    """An amount in yuan, from yuan or 万 (10,000) or 亿; two decimals, 0 to 10^12."""
    return _read_decimal(text, amount=True)


def parse_number(text: str) -> Decimal:
    """A recorded number (a count, or an amount in yuan): the forms and bounds of an amount."""
    return _read_decimal(text, amount=False)


def checked_amount(amount: Decimal) -> Decimal:
    """The amount within the bounds every stored amount keeps, or a ParseError."""
    try:
        finite = amount.is_finite()
    except (AttributeError, InvalidOperation):
        finite = False
    if not finite:
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "'{text}' is not an amount."), text=str(amount)),
            NOT_A_NUMBER,
        )
    if amount < 0:
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "A negative amount is not possible.")), NEGATIVE
        )
    if amount > MAX_AMOUNT:
        raise ParseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "An amount above 1,000,000,000,000 yuan is not possible."
                )
            ),
            TOO_LARGE,
        )
    if amount != amount.quantize(CENT):
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "An amount has at most two decimals (fen).")),
            TOO_PRECISE,
        )
    return amount.quantize(CENT)


def parse_count(text: str) -> int:
    """A whole number of people or things, 0 to 10^7 ("1,200", "１２０" are fine)."""
    value = _checked_length(normalized(text), text)
    match = _NUMBER.fullmatch(value)
    if match is None or match["frac"]:
        if value.startswith("-"):
            raise ParseError(
                msg(QT_TRANSLATE_NOOP("service", "A negative number is not possible.")), NEGATIVE
            )
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "'{text}' is not a whole number."), text=text.strip()),
            NOT_A_NUMBER,
        )
    number = int(match["int"].replace(",", ""))
    if number > MAX_COUNT:
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "A number above 10,000,000 is not possible.")),
            TOO_LARGE,
        )
    return number


def number_text(value: Decimal) -> str:
    """A recorded number as stored: no exponent, no trailing zeros ("12000000", "3.5")."""
    return format(value.normalize(), "f")


def parse_date(text: str) -> dt.date:
    """A date written 2027-06-30, 2027/6/30, 2027.6.30, 2027年6月30日 or 20270630."""
    value = _checked_length(normalized(text), text)
    parts = _date_parts(value)
    if parts is None:
        raise ParseError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "'{text}' is not a date: write e.g. 2027-06-30 or 2027年6月30日."
                ),
                text=text.strip(),
            ),
            NOT_A_DATE,
        )
    year, month, day = parts
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "The year {year} is not possible here."), year=year),
            OUT_OF_RANGE,
        )
    try:
        return dt.date(year, month, day)
    except ValueError as error:
        raise ParseError(
            msg(QT_TRANSLATE_NOOP("service", "There is no such day: {text}."), text=text.strip()),
            NO_SUCH_DATE,
        ) from error


def _date_parts(value: str) -> tuple[int, int, int] | None:
    separated = _DATE_SEPARATED.fullmatch(value)
    if separated:
        return int(separated[1]), int(separated[3]), int(separated[4])
    for pattern in (_DATE_CHINESE, _DATE_COMPACT):
        match = pattern.fullmatch(value)
        if match:
            return int(match[1]), int(match[2]), int(match[3])
    return None
