"""Amounts and dates as Chinese users type them; everything else is a ParseError, never a crash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.core import parsing
from inspector_app.core.errors import ValidationError
from inspector_app.core.parsing import ParseError, parse_amount, parse_count, parse_date

FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        ("1200万", "12000000.00"),
        ("1,200,000", "1200000.00"),
        ("12000000.00", "12000000.00"),
        ("50万元", "500000.00"),
        ("１２００万", "12000000.00"),
        ("1200 万元", "12000000.00"),
        ("¥1,234.5", "1234.50"),
        ("￥88元", "88.00"),
        ("0.5万", "5000.00"),
        ("1.5亿", "150000000.00"),
        ("0", "0.00"),
        ("1000000000000", "1000000000000.00"),
    ],
)
def test_amounts_in_yuan_or_wan(text: str, yuan: str) -> None:
    assert parse_amount(text) == Decimal(yuan)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1e30", parsing.NOT_A_NUMBER),
        ("9" * 27, parsing.TOO_LARGE),
        ("1000000000000.01", parsing.TOO_LARGE),
        ("-5", parsing.NEGATIVE),
        ("－5万", parsing.NEGATIVE),
        ("abc", parsing.NOT_A_NUMBER),
        ("1.234", parsing.TOO_PRECISE),
        ("NaN", parsing.NOT_A_NUMBER),
        ("Infinity", parsing.NOT_A_NUMBER),
        ("1,2,3", parsing.NOT_A_NUMBER),
        ("", parsing.EMPTY),
        ("   ", parsing.EMPTY),
        ("1" * 200, parsing.TOO_LARGE),
        ("٣", parsing.NOT_A_NUMBER),
    ],
)
def test_refused_amounts_say_why(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_amount(text)
    assert caught.value.reason == reason
    assert isinstance(caught.value, ValidationError)
    assert str(caught.value)  # a message for people


@pytest.mark.parametrize(
    "text",
    ["2027/06/30", "2027-6-30", "2027年6月30日", "2027.6.30", "20270630", "２０２７年６月３０日"],
)
def test_dates_as_written_in_china(text: str) -> None:
    assert parse_date(text) == dt.date(2027, 6, 30)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2027-02-30", parsing.NO_SUCH_DATE),
        ("abc", parsing.NOT_A_DATE),
        ("2027/6-30", parsing.NOT_A_DATE),
        ("0001-01-01", parsing.OUT_OF_RANGE),
        ("", parsing.EMPTY),
    ],
)
def test_refused_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text)
    assert caught.value.reason == reason


def test_counts() -> None:
    assert parse_count("１,２００") == 1200
    for text in ("1.5", "-3", "abc", "99999999"):
        with pytest.raises(ParseError):
            parse_count(text)


cents = st.integers(min_value=0, max_value=10**14)


@given(cents)
def test_any_amount_in_bounds_reads_back_in_every_spelling(cent: int) -> None:
    amount = Decimal(cent) / 100
    plain, grouped = f"{amount:.2f}", f"{amount:,.2f}"
    for text in (plain, grouped, grouped + "元", plain.translate(FULL_WIDTH)):
        assert parse_amount(text) == amount


@given(st.integers(min_value=0, max_value=10**8 * 100))
def test_wan_is_ten_thousand_yuan(hundredths: int) -> None:
    wan = Decimal(hundredths) / 100
    assert parse_amount(f"{wan}万") == wan * 10_000


@given(st.text(max_size=60))
def test_any_text_is_an_amount_in_bounds_or_a_parse_error(text: str) -> None:
    try:
        amount = parse_amount(text)
    except ParseError as error:
        assert error.reason
    else:
        assert Decimal(0) <= amount <= parsing.MAX_AMOUNT
        assert amount == amount.quantize(Decimal("0.01"))


@given(st.text(max_size=60))
def test_any_text_is_a_date_or_a_parse_error(text: str) -> None:
    try:
        date = parse_date(text)
    except ParseError as error:
        assert error.reason
    else:
        assert parsing.MIN_YEAR <= date.year <= parsing.MAX_YEAR


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_any_date_reads_back_in_every_spelling(date: dt.date) -> None:
    y, m, d = date.year, date.month, date.day
    for text in (date.isoformat(), f"{y}/{m}/{d}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日"):
        assert parse_date(text) == date
