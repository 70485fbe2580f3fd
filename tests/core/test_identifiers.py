"""Unified social credit codes and citizen ID numbers: checks, check characters, masking."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.core.identifiers import (
    CREDIT_ALPHABET,
    IdentifierCheck,
    check_citizen_id,
    check_credit_code,
    citizen_id_check_char,
    credit_code_check_char,
    mask_citizen_id,
)

# Hypothesis keeps caches in ./.hypothesis even without an example database, and that
# folder in the work tree breaks collection for everyone (pyproject's norecursedirs replaces
# pytest's defaults, so Hypothesis warns and warnings are errors): keep them in /tmp.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "inspector-app-hypothesis")
)
quick = settings(database=None, max_examples=300)


@pytest.mark.parametrize("code", ["91110000101623741K", "911101066976941872", "91350100M000100Y43"])
def test_valid_credit_codes(code: str) -> None:
    assert check_credit_code(code) == IdentifierCheck(True, code, None)


def test_the_often_copied_example_code_is_invalid() -> None:
    check = check_credit_code("91310115MA1H8R7C6D")
    assert not check.valid
    assert check.reason == "check character should be '7', not 'D'"


def test_credit_code_reason_names_the_right_check_character() -> None:
    assert check_credit_code("91110000101623741X").reason == (
        "check character should be 'K', not 'X'"
    )


def test_credit_code_is_normalized() -> None:
    check = check_credit_code(" 9111 0000 1016 2374 1k ")
    assert check.valid
    assert check.normalized == "91110000101623741K"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("", "should be 18 characters, not 0"),
        ("91110000101623741", "should be 18 characters, not 17"),
        ("91110000101623741KK", "should be 18 characters, not 19"),
        ("9111000010162374IK", "character 17 'I' is not allowed (no I, O, S, V or Z)"),
        ("O1110000101623741K", "character 1 'O' is not allowed (no I, O, S, V or Z)"),
        ("91110000-01623741K", "character 9 '-' is not allowed (no I, O, S, V or Z)"),
    ],
)
def test_invalid_credit_codes_say_why(code: str, reason: str) -> None:
    check = check_credit_code(code)
    assert not check.valid
    assert check.reason == reason


def test_credit_check_char_for_demo_data() -> None:
    assert credit_code_check_char("91110000101623741") == "K"
    assert credit_code_check_char("91350100M000100Y4") == "3"
    with pytest.raises(ValueError, match="17 characters"):
        credit_code_check_char("9111")
    with pytest.raises(ValueError, match="17 characters"):
        credit_code_check_char("9111000010162374I")


credit_prefixes = st.text(alphabet=CREDIT_ALPHABET, min_size=17, max_size=17)


@quick
@given(credit_prefixes)
def test_prefix_with_computed_check_char_is_always_valid(prefix: str) -> None:
    assert check_credit_code(prefix + credit_code_check_char(prefix)).valid


@quick
@given(credit_prefixes, st.integers(0, 17), st.integers(1, 30))
def test_changing_one_character_of_a_credit_code_is_always_caught(
    prefix: str, position: int, shift: int
) -> None:
    code = prefix + credit_code_check_char(prefix)
    changed_char = CREDIT_ALPHABET[(CREDIT_ALPHABET.index(code[position]) + shift) % 31]
    changed = code[:position] + changed_char + code[position + 1 :]
    assert changed != code
    assert not check_credit_code(changed).valid


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014"])
def test_valid_citizen_ids(number: str) -> None:
    assert check_citizen_id(number) == IdentifierCheck(True, number, None)


def test_lower_case_x_is_accepted() -> None:
    check = check_citizen_id("11010519491231002x")
    assert check.valid
    assert check.normalized == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("110105194912310021", "check character should be 'X', not '1'"),
        ("11010519490230002X", "birth date 19490230 is not a real date"),
        ("11010519491301002X", "birth date 19491301 is not a real date"),
        ("11010519490000002X", "birth date 19490000 is not a real date"),
        ("11010520990101002X", "birth date 2099-01-01 is in the future"),
        ("11010517990101002X", "birth date 1799-01-01 is before 1800"),
        ("110105491231002", "this is an old 15-digit number; ask for the 18-character one"),
        ("1101051949123100", "should be 18 characters, not 16"),
        ("11010519491231A02X", "character 15 'A' should be a digit"),
        ("11010519491231002Y", "the last character 'Y' should be a digit or X"),
        ("１１010519491231002X", "character 1 '１' should be a digit"),
    ],
)
def test_invalid_citizen_ids_say_why(number: str, reason: str) -> None:
    check = check_citizen_id(number)
    assert not check.valid
    assert check.reason == reason


def test_birth_date_today_is_fine_but_tomorrow_is_not() -> None:
    today = dt.date(2024, 2, 29)
    prefix = "11010520240229002"
    number = prefix + citizen_id_check_char(prefix)
    assert check_citizen_id(number, today=today).valid
    assert not check_citizen_id(number, today=dt.date(2024, 2, 28)).valid


def test_citizen_check_char_for_demo_data() -> None:
    assert citizen_id_check_char("11010519491231002") == "X"
    assert citizen_id_check_char("44052418800101001") == "4"
    with pytest.raises(ValueError, match="17 digits"):
        citizen_id_check_char("1101051949123100X")


birth_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31))
areas = st.integers(110000, 829999).map(str)
sequences = st.integers(0, 999).map("{:03d}".format)


@quick
@given(
    areas,
    birth_dates,
    sequences,
)
def test_citizen_id_with_computed_check_char_is_always_valid(
    area: str, born: dt.date, sequence: str
) -> None:
    prefix = area + born.strftime("%Y%m%d") + sequence
    assert check_citizen_id(prefix + citizen_id_check_char(prefix)).valid


@quick
@given(
    areas,
    birth_dates,
    sequences,
    st.integers(1, 10),
)
def test_changing_the_check_char_of_a_citizen_id_is_caught(
    area: str, born: dt.date, sequence: str, shift: int
) -> None:
    prefix = area + born.strftime("%Y%m%d") + sequence
    right = "10X98765432".index(citizen_id_check_char(prefix))
    assert not check_citizen_id(prefix + "10X98765432"[(right + shift) % 11]).valid


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("11010519491231002x", "110105********002X"),
        ("440524188001010014", "440524********0014"),
        ("110105491231002", "110105******002"),
        ("1101051949123100", "110105******3100"),
        ("1234567890", "12******90"),
        ("1234", "1**4"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_masking(number: str, masked: str) -> None:
    assert mask_citizen_id(number) == masked


@quick
@given(st.text(alphabet="0123456789X", min_size=1, max_size=30))
def test_masking_never_shows_the_whole_number(number: str) -> None:
    masked = mask_citizen_id(number)
    assert len(masked) == len(number)
    assert "*" in masked
    assert masked.count("*") >= len(number) // 3
