"""The shared domain rules: pure checks that return problems (code, field, parameters)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from inspector_app.core.errors import ValidationError
from inspector_app.core.forms import Form
from inspector_app.core.validation import (
    MAX_FINDINGS,
    Problem,
    amount_problem,
    answer_problems,
    date_problem,
    list_problem,
    record_problems,
    require,
    text_problem,
)


@pytest.fixture(scope="module")
def form() -> Form:
    from inspector_app.core.form_loader import default_form

    return default_form()


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        (Decimal("1e30"), "too_large"),
        (Decimal("1e400"), "too_large"),
        (Decimal("Infinity"), "not_a_number"),
        (Decimal("NaN"), "not_a_number"),
        (Decimal("-0.01"), "negative"),
        (Decimal("0.001"), "too_precise"),
    ],
)
def test_amounts_out_of_bounds(amount: Decimal, code: str) -> None:
    assert amount_problem(amount, "amount_owed") == Problem(code, "amount_owed")


def test_amounts_within_bounds() -> None:
    for amount in (Decimal(0), Decimal("0.01"), Decimal(10) ** 12, Decimal("1E+3")):
        assert amount_problem(amount, "amount_owed") is None


def test_answers_against_the_form(form: Form) -> None:
    item = next(form.items())
    rule = form.rule_of(item.id).id
    other_rule = next(r.id for r in form.rules if r.id != rule)
    answers = [
        {"item_id": item.id, "rule_id": rule},
        {"item_id": "no-such-item", "rule_id": rule},
        {"item_id": item.id, "rule_id": other_rule},
    ]
    assert [(p.code, p.field) for p in answer_problems(form, answers)] == [
        ("not_on_form", "answers[1]"),
        ("wrong_rule", "answers[2]"),
        ("duplicate_answer", "answers[2]"),
    ]


def test_records_name_the_field(form: Form) -> None:
    findings = [{"item_id": next(form.items()).id, "description": "x" * 10_001}]
    (problem,) = record_problems(findings, "findings", form)
    assert problem.message() == "findings[0].description is longer than 10000 characters."
    assert text_problem("x" * 501, "representatives[0].name") == Problem(
        "too_long", "representatives[0].name", {"limit": 500}
    )


def test_dates_and_times_keep_their_offset() -> None:
    zoned = dt.datetime(2026, 9, 19, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert date_problem(zoned, "started_at") is None
    assert date_problem(dt.date(1800, 1, 1), "deadline") == Problem(
        "year_out_of_range", "deadline", {"year": 1800}
    )


def test_require_raises_the_first_problem() -> None:
    require(None, None)
    with pytest.raises(ValidationError, match="findings: more than 500 entries"):
        require(None, list_problem(MAX_FINDINGS + 1, "findings", MAX_FINDINGS))
