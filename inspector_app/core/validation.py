"""The domain's rules for an inspection's records: one set for local input and imports.

Pure functions that return the problems they find (a code, the field, parameters) and
never raise. The services that store answers, findings, arrears cases and photos turn
the first problem into a ValidationError; import turns it into the bundle's rejection.
Both say the same words, naming the field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.core.parsing import MAX_COUNT, MAX_YEAR, MIN_YEAR, ParseError, checked_amount

# How many records one inspection may hold. Far above real use (the demo's largest has
# 18 photos; the form has fewer than 100 items), low enough that no list, report or
# total is ever asked to hold an absurd number.
MAX_PHOTOS = 500
MAX_FINDINGS = 500
MAX_ARREARS_CASES = 200
MAX_PEOPLE = 50  # inspectors, representatives, signatures

# Text lengths in characters.
SHORT_TEXT_MAX = 500  # names, units, titles, phone numbers, addresses
LONG_TEXT_MAX = 10_000  # notes, descriptions, corrections, captions

# Which text fields of each record are long; all others are short.
LONG_TEXT_FIELDS = frozenset(
    {"note", "description", "correction", "caption", "value", "resolution_note"}
)

NOT_ON_FORM = "not_on_form"
WRONG_RULE = "wrong_rule"
DUPLICATE_ANSWER = "duplicate_answer"
TOO_MANY = "too_many"
TOO_LONG = "too_long"
YEAR_OUT_OF_RANGE = "year_out_of_range"

# Each template a msg() literal, so the translation build finds it.
_TEMPLATES = {
    NOT_ON_FORM: msg(QT_TRANSLATE_NOOP("service", "{field}: the form has no item {item}.")),
    WRONG_RULE: msg(
        QT_TRANSLATE_NOOP("service", "{field}: item {item} belongs to rule {expected}, not {rule}.")
    ),
    DUPLICATE_ANSWER: msg(QT_TRANSLATE_NOOP("service", "{field}: item {item} is answered twice.")),
    TOO_MANY: msg(QT_TRANSLATE_NOOP("service", "{field}: more than {limit} entries.")),
    TOO_LONG: msg(QT_TRANSLATE_NOOP("service", "{field} is longer than {limit} characters.")),
    YEAR_OUT_OF_RANGE: msg(
        QT_TRANSLATE_NOOP("service", "{field}: the year {year} is not possible here.")
    ),
    "not_a_number": msg(QT_TRANSLATE_NOOP("service", "{field} is not an amount.")),
    "negative": msg(QT_TRANSLATE_NOOP("service", "{field}: a negative amount is not possible.")),
    "too_large": msg(
        QT_TRANSLATE_NOOP(
            "service", "{field}: an amount above 1,000,000,000,000 yuan is not possible."
        )
    ),
    "too_precise": msg(
        QT_TRANSLATE_NOOP("service", "{field}: an amount has at most two decimals (fen).")
    ),
    "count_too_large": msg(
        QT_TRANSLATE_NOOP("service", "{field}: a number above {limit} is not possible.")
    ),
    "count_negative": msg(
        QT_TRANSLATE_NOOP("service", "{field}: a negative number is not possible.")
    ),
}


@dataclass(frozen=True)
class Problem:
    """One broken rule: `code` says which, `field` where, `params` the particulars."""

    code: str
    field: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    def message(self) -> Message:
        return msg(_TEMPLATES[self.code].template, field=self.field, **self.params)


def first(problems: Iterable[Problem]) -> Problem | None:
    return next(iter(problems), None)


# -- single values ---------------------------------------------------------------------


def amount_problem(amount: Decimal, where: str) -> Problem | None:
    """An amount in yuan: finite, 0 to 10^12, at most two decimals (parsing's bounds)."""
    try:
        checked_amount(amount)
    except ParseError as error:
        return Problem(error.reason, where)
    return None


def count_problem(count: int, where: str, limit: int = MAX_COUNT) -> Problem | None:
    if count < 0:
        return Problem("count_negative", where)
    if count > limit:
        return Problem("count_too_large", where, {"limit": limit})
    return None


def text_problem(text: str | None, where: str, limit: int | None = None) -> Problem | None:
    """A text within its length; long fields (notes) by name get LONG_TEXT_MAX."""
    if limit is None:
        limit = LONG_TEXT_MAX if where.rsplit(".", 1)[-1] in LONG_TEXT_FIELDS else SHORT_TEXT_MAX
    if text is not None and len(text) > limit:
        return Problem(TOO_LONG, where, {"limit": limit})
    return None


def date_problem(value: dt.date | None, where: str) -> Problem | None:
    """A real date (or date and time, any offset) within the years the app handles."""
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        return Problem(YEAR_OUT_OF_RANGE, where, {"year": value.year})
    return None


def list_problem(count: int, where: str, limit: int) -> Problem | None:
    """`count` records of one kind (photos, findings...) within the inspection's bound."""
    if count > limit:
        return Problem(TOO_MANY, where, {"limit": limit})
    return None


# -- records against the form ----------------------------------------------------------


def item_problem(form: Form, item_id: str, where: str) -> Problem | None:
    try:
        form.item(item_id)
    except KeyError:
        return Problem(NOT_ON_FORM, where, {"item": item_id})
    return None


def answer_problems(form: Form, answers: Sequence[Mapping[str, Any]]) -> list[Problem]:
    """Each answer names an item of the form, under that item's rule, and only once."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for number, answer in enumerate(answers):
        where = f"answers[{number}]"
        item_id, rule_id = answer["item_id"], answer["rule_id"]
        missing = item_problem(form, item_id, where)
        if missing:
            problems.append(missing)
            continue
        expected = form.rule_of(item_id).id
        if rule_id != expected:
            problems.append(
                Problem(WRONG_RULE, where, {"item": item_id, "rule": rule_id, "expected": expected})
            )
        if item_id in seen:
            problems.append(Problem(DUPLICATE_ANSWER, where, {"item": item_id}))
        seen.add(item_id)
    return problems


def record_problems(
    records: Sequence[Mapping[str, Any]], kind: str, form: Form | None = None
) -> list[Problem]:
    """Texts, amounts, counts and dates of one kind of record (findings, arrears...);
    with a form, each record's item_id must be on it."""
    problems: list[Problem] = []
    for number, record in enumerate(records):
        problems.extend(value_problems(record, f"{kind}[{number}]"))
        if form is not None and "item_id" in record:
            found = item_problem(form, record["item_id"], f"{kind}[{number}]")
            problems.extend([found] if found else [])
    return problems


def value_problems(record: Mapping[str, Any], where: str) -> list[Problem]:
    """Every value of one record checked by its type: texts, amounts, counts, dates."""
    found = [_value_problem(value, f"{where}.{key}") for key, value in record.items()]
    return [problem for problem in found if problem is not None]


def _value_problem(value: Any, where: str) -> Problem | None:
    if isinstance(value, str):
        return text_problem(value, where)
    if isinstance(value, Decimal):
        return amount_problem(value, where)
    if isinstance(value, dt.date):  # datetimes too
        return date_problem(value, where)
    if isinstance(value, int) and not isinstance(value, bool) and where.endswith("_affected"):
        return count_problem(value, where)
    return None


# The bounded lists of an inspection, by the name inspection.json gives them.
LIST_LIMITS = {
    "answers": None,  # one per item of the form, checked by answer_problems
    "findings": MAX_FINDINGS,
    "arrears_cases": MAX_ARREARS_CASES,
    "evidence": MAX_PHOTOS,
    "inspectors": MAX_PEOPLE,
    "representatives": MAX_PEOPLE,
    "signatures": MAX_PEOPLE,
}


def require(*problems: Problem | None) -> None:
    """Raise a ValidationError with the first problem's message (local input)."""
    from inspector_app.core.errors import ValidationError

    problem = first(p for p in problems if p is not None)
    if problem is not None:
        raise ValidationError(problem.message(), code=problem.code)
