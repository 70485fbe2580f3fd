"""The months an assessment covers: from one month to another, either end open."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.storage import models as m

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str) -> dt.date:
    """'2026-09' as the first day of that month; anything else is a ValidationError."""
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "'{value}' is not a month (YYYY-MM)."), value=text)
        )
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def _next_month(first: dt.date) -> dt.date:
    return dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """Inspections started from the first day of `first` to the last day of `last`."""

    first: dt.date | None = None
    last: dt.date | None = None

    def __post_init__(self) -> None:
        if self.first and self.last and self.first > self.last:
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The period starts after it ends ({first} to {last})."
                    ),
                    first=self.first.strftime("%Y-%m"),
                    last=self.last.strftime("%Y-%m"),
                )
            )

    @classmethod
    def months(cls, first: str | None, last: str | None) -> Period:
        """From 'YYYY-MM' texts; None leaves that end open."""
        return cls(parse_month(first) if first else None, parse_month(last) if last else None)

    @classmethod
    def year_of(cls, day: dt.date) -> Period:
        return cls(dt.date(day.year, 1, 1), dt.date(day.year, 12, 1))

    def criteria(self, started_at: Any = m.Inspection.started_at) -> list[Any]:
        """SQL conditions on an inspection's start time."""
        found = []
        if self.first:
            found.append(started_at >= dt.datetime.combine(self.first, dt.time()))
        if self.last:
            found.append(started_at < dt.datetime.combine(_next_month(self.last), dt.time()))
        return found

    def month_texts(self) -> tuple[str | None, str | None]:
        """('2026-01', '2026-12'), None for an open end: for file names."""
        return (
            self.first.strftime("%Y-%m") if self.first else None,
            self.last.strftime("%Y-%m") if self.last else None,
        )

    def label(self) -> str:
        """The period in Chinese, for the workbook's title rows."""
        first = f"{self.first.year}年{self.first.month}月" if self.first else ""
        last = f"{self.last.year}年{self.last.month}月" if self.last else ""
        if first and last:
            return first if first == last else f"{first}至{last}"
        if first:
            return f"{first}起"
        return f"截至{last}" if last else "全部期间"
