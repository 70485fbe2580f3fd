"""Recorded values as an official record prints them: choice labels, amounts, dates, places.

No stored code ("bank_guarantee") and no bare number ("500000") reaches the paper: a choice
prints the form's label, an amount prints as ¥500,000.00 (or in 万元 when the form asks
for 万元), a date as 2026年9月19日.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from inspector_app.core.catalogue import Catalogue
from inspector_app.core.forms import FormItem, ItemKind
from inspector_app.core.messages import QT_TRANSLATE_NOOP

# The unit an item names at the end of its Chinese text: "保证金金额（元）".
_UNIT = re.compile(r"[（(]\s*(元|万元)\s*[）)]\s*$")
_TEN_THOUSAND = Decimal(10000)
# How values are written; English marked here, Chinese in the catalogue (context "report").
_MONEY = QT_TRANSLATE_NOOP("report", "CNY {amount}")
# An amount the form asks in 万元 (`amount` formats "wan" as the number of 万).
_MONEY_IN_WAN = QT_TRANSLATE_NOOP("report", "CNY {amount}", "amount recorded in 10,000 yuan")
_DATE = QT_TRANSLATE_NOOP("report", "{year}-{month:02}-{day:02}")
_PLACE = QT_TRANSLATE_NOOP("report", "{lat}° {north}, {lon}° {east}")
_HEMISPHERES = {
    "N": QT_TRANSLATE_NOOP("report", "N", "latitude"),
    "S": QT_TRANSLATE_NOOP("report", "S", "latitude"),
    "E": QT_TRANSLATE_NOOP("report", "E", "longitude"),
    "W": QT_TRANSLATE_NOOP("report", "W", "longitude"),
}


class _TenThousands:
    """An amount in 万元: "{amount}" writes it in yuan, "{amount:wan}" in 万."""

    def __init__(self, number: Decimal) -> None:
        self.number = number

    def __format__(self, spec: str) -> str:
        if spec == "wan":
            return format(self.number, ",.2f")
        return format(self.number * _TEN_THOUSAND, spec or ",.2f")


def money(value: Decimal | None, language: str) -> str:
    """¥500,000.00 (CNY 500,000.00 in English); "" for no amount."""
    if value is None:
        return ""
    return Catalogue(language).text(_MONEY).format(amount=f"{value:,.2f}")


def date_text(value: dt.date | None, language: str) -> str:
    if value is None:
        return ""
    return Catalogue(language).text(_DATE).format(year=value.year, month=value.month, day=value.day)


def item_unit(item: FormItem) -> str:
    """The unit of a number item as its form names it ("元", "万元"), or ""."""
    found = _UNIT.search(item.text.zh)
    return found.group(1) if found else ""


def _number(text: str) -> Decimal | None:
    try:
        number = Decimal(text.replace(",", "").replace("，", "").strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _amount(number: Decimal, unit: str, language: str) -> str:
    if unit == "万元":
        return Catalogue(language).text(_MONEY_IN_WAN).format(amount=_TenThousands(number))
    return money(number, language)


def _plain_number(number: Decimal) -> str:
    if number == number.to_integral_value():
        return f"{int(number):,}" if abs(number) >= 10000 else str(int(number))
    return f"{number:,}"


def item_value(item: FormItem, value: str | None, language: str) -> str:
    """What the inspector recorded for `item`, in the words of the form."""
    if not value:
        return ""
    if item.kind == ItemKind.CHOICE:
        label = next((c.label.get(language) for c in item.choices if c.value == value), None)
        return label if label is not None else value
    if item.kind == ItemKind.NUMBER:
        number = _number(value)
        if number is None:
            return value
        unit = item_unit(item)
        return _amount(number, unit, language) if unit else _plain_number(number)
    return value


def gps_text(latitude: float | None, longitude: float | None, language: str) -> str:
    """北纬 34.16912°，东经 108.88069° / 34.16912° N, 108.88069° E; "" when unknown."""
    if latitude is None or longitude is None:
        return ""
    words = Catalogue(language)
    north = words.text(_HEMISPHERES["N" if latitude >= 0 else "S"])
    east = words.text(_HEMISPHERES["E" if longitude >= 0 else "W"])
    return words.text(_PLACE).format(
        lat=f"{abs(latitude):.5f}", lon=f"{abs(longitude):.5f}", north=north, east=east
    )
