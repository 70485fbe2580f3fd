"""Checks of Chinese identifiers: unified social credit codes and citizen ID numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg

CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_VALUES = {char: value for value, char in enumerate(CREDIT_ALPHABET)}

CITIZEN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CITIZEN_CHECK = "10X98765432"
EARLIEST_BIRTH_YEAR = 1800


@dataclass(frozen=True)
class IdentifierCheck:
    """Outcome of a check: `normalized` is the cleaned input, `reason` says why it failed."""

    valid: bool
    normalized: str
    reason: str | None = None


def _normalize(text: str) -> str:
    # People paste codes with spaces or in lower case; neither changes the code.
    return "".join(text.split()).upper()


def credit_code_check_char(first17: str) -> str:
    """The 18th character of a credit code (GB 32100-2015) from its first 17."""
    first17 = _normalize(first17)
    if len(first17) != 17 or any(char not in CREDIT_VALUES for char in first17):
        raise ValueError(f"need 17 characters from {CREDIT_ALPHABET}, got {first17!r}")
    pairs = zip(first17, CREDIT_WEIGHTS, strict=True)
    total = sum(CREDIT_VALUES[char] * weight for char, weight in pairs)
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def check_credit_code(code: str) -> IdentifierCheck:
    """Check a unified social credit code; real registries hold a few failing codes, so warn."""
    normalized = _normalize(code)
    if len(normalized) != 18:
        return IdentifierCheck(False, normalized, _length_reason(normalized))
    for position, char in enumerate(normalized, start=1):
        if char not in CREDIT_VALUES:
            reason = msg(
                QT_TRANSLATE_NOOP(
                    "service", "character {position} {char!r} is not allowed (no I, O, S, V or Z)"
                ),
                position=position,
                char=char,
            )
            return IdentifierCheck(False, normalized, reason)
    return _compare_check_char(normalized, credit_code_check_char(normalized[:17]))


def citizen_id_check_char(first17: str) -> str:
    """The 18th character of a citizen ID number (GB 11643-1999) from its first 17 digits."""
    first17 = _normalize(first17)
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"need 17 digits, got {first17!r}")
    total = sum(int(char) * weight for char, weight in zip(first17, CITIZEN_WEIGHTS, strict=True))
    return CITIZEN_CHECK[total % 11]


def check_citizen_id(number: str, today: dt.date | None = None) -> IdentifierCheck:
    """Check an 18-character citizen ID number, including a real birth date not in the future."""
    normalized = _normalize(number)
    reason = _citizen_shape_reason(normalized)
    if reason is None:
        reason = _birth_date_reason(normalized[6:14], today or dt.date.today())
    if reason is not None:
        return IdentifierCheck(False, normalized, reason)
    return _compare_check_char(normalized, citizen_id_check_char(normalized[:17]))


def _citizen_shape_reason(normalized: str) -> str | None:
    if len(normalized) == 15 and normalized.isascii() and normalized.isdigit():
        return msg(
            QT_TRANSLATE_NOOP(
                "service", "this is an old 15-digit number; ask for the 18-character one"
            )
        )
    if len(normalized) != 18:
        return _length_reason(normalized)
    for position, char in enumerate(normalized[:17], start=1):
        if not (char.isascii() and char.isdigit()):
            return msg(
                QT_TRANSLATE_NOOP("service", "character {position} {char!r} should be a digit"),
                position=position,
                char=char,
            )
    if normalized[17] not in CITIZEN_CHECK:
        return msg(
            QT_TRANSLATE_NOOP("service", "the last character {char!r} should be a digit or X"),
            char=normalized[17],
        )
    return None


def _birth_date_reason(digits: str, today: dt.date) -> str | None:
    try:
        born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return msg(
            QT_TRANSLATE_NOOP("service", "birth date {digits} is not a real date"), digits=digits
        )
    if born > today:
        return msg(
            QT_TRANSLATE_NOOP("service", "birth date {date} is in the future"),
            date=born.isoformat(),
        )
    if born.year < EARLIEST_BIRTH_YEAR:
        return msg(
            QT_TRANSLATE_NOOP("service", "birth date {date} is before {year}"),
            date=born.isoformat(),
            year=EARLIEST_BIRTH_YEAR,
        )
    return None


def _length_reason(normalized: str) -> str:
    return msg(
        QT_TRANSLATE_NOOP("service", "should be 18 characters, not {count}"), count=len(normalized)
    )


def _compare_check_char(normalized: str, expected: str) -> IdentifierCheck:
    if normalized[17] == expected:
        return IdentifierCheck(True, normalized, None)
    reason = msg(
        QT_TRANSLATE_NOOP("service", "check character should be {expected!r}, not {found!r}"),
        expected=expected,
        found=normalized[17],
    )
    return IdentifierCheck(False, normalized, reason)


def mask_citizen_id(number: str) -> str:
    """Hide the birth date and sequence: "11010519491231002X" -> "110105********002X".

    Other lengths are masked too, keeping at most a quarter at each end, so a mistyped
    number is never shown whole.
    """
    normalized = _normalize(number)
    length = len(normalized)
    if length >= 16:
        head, tail = 6, 4
    elif length == 15:
        head, tail = 6, 3  # old numbers: area, then the birth date as YYMMDD, then sequence
    else:
        head = tail = length // 4
    return normalized[:head] + "*" * (length - head - tail) + normalized[length - tail :]
