"""Recorded values in the words of the form: choice labels, amounts in yuan or 万元, places."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from inspector_app.core.form_loader import default_form
from inspector_app.core.forms import Text
from inspector_app.services.reporting.values import date_text, gps_text, item_value, money

FORM = default_form()


def test_a_choice_prints_the_forms_label_never_its_id() -> None:
    item = FORM.item("R5.2")
    assert item_value(item, "bank_guarantee", "zh") == "银行保函"
    assert item_value(item, "bank_guarantee", "en") == "Bank guarantee"


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        ("500000", "¥500,000.00", "CNY 500,000.00"),
        ("1,234.5", "¥1,234.50", "CNY 1,234.50"),
        ("not a number", "not a number", "not a number"),
    ],
)
def test_an_amount_in_yuan_is_money(value: str, zh: str, en: str) -> None:
    item = FORM.item("R5.3")  # 保证金金额（元）
    assert item_value(item, value, "zh") == zh
    assert item_value(item, value, "en") == en


def test_an_amount_the_form_counts_in_wan_prints_in_wan() -> None:
    base = FORM.item("R5.3")
    item = dataclasses.replace(base, text=Text("合同金额（万元）", "Contract value (10,000 yuan)"))
    assert item_value(item, "50", "zh") == "50.00万元"
    assert item_value(item, "50", "en") == "CNY 500,000.00"


def test_a_count_is_a_plain_number() -> None:
    item = FORM.item("R1.2")
    assert item_value(item, "86", "zh") == "86"
    assert item_value(item, "12000", "zh") == "12,000"


def test_dates_money_and_places_as_official_papers_write_them() -> None:
    assert date_text(dt.date(2026, 9, 8), "zh") == "2026年9月8日"
    assert date_text(dt.date(2026, 9, 8), "en") == "2026-09-08"
    assert money(Decimal("760000"), "zh") == "¥760,000.00"
    assert gps_text(34.2, 108.9, "zh") == "北纬 34.20000°，东经 108.90000°"
    assert gps_text(-34.2, -108.9, "en") == "34.20000° S, 108.90000° W"
    assert gps_text(None, 108.9, "zh") == ""
