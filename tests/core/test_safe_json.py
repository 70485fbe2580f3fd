"""JSON from outside read within limits: each refusal is a JsonRefused with its reason."""

from __future__ import annotations

import pytest

from inspector_app.core.safe_json import JsonLimits, JsonRefused, load_json, nesting_depth


def test_ordinary_json_reads_as_json() -> None:
    data = b'{"a": [1, 2.5, "x]]]", {"b": null}], "c": "\\"[[["}'
    assert load_json(data, "x.json") == {"a": [1, 2.5, "x]]]", {"b": None}], "c": '"[[['}


def test_depth_counts_brackets_outside_strings() -> None:
    assert nesting_depth(b'[[["[[[[[[[[", {"k": "\\"{{{{"}]]]') == 4
    assert nesting_depth(b'"no structure"') == 0


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "x.json nests deeper than 32 levels."),
        (b"[" * 33 + b"]" * 33, "x.json nests deeper than 32 levels."),
        (b"1" + b"0" * 5000, "x.json holds a number longer than 30 digits."),
        (b"[-" + b"9" * 31 + b"]", "x.json holds a number longer than 30 digits."),
        (b"[0." + b"1" * 40 + b"]", "x.json holds a number longer than 30 digits."),
        (b"[1e400]", "x.json holds a number out of range: 1e400."),
        (b"[NaN]", "x.json holds NaN, which is not a number."),
        (b'{"a": -Infinity}', "x.json holds -Infinity, which is not a number."),
    ],
)
def test_beyond_a_limit_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(JsonRefused) as refused:
        load_json(data, "x.json")
    assert refused.value.message == reason


def test_at_the_limits_is_read() -> None:
    assert load_json(b"[" * 32 + b"]" * 32, "x.json") is not None
    assert load_json(b"9" * 30, "x.json") == int("9" * 30)


def test_size_is_bounded_before_parsing() -> None:
    with pytest.raises(JsonRefused, match="larger than 1 MB"):
        load_json(b" " * (1024 * 1024 + 1), "x.json", JsonLimits(max_bytes=1024 * 1024))


@pytest.mark.parametrize("data", [b"\xff\xfe", b'{"a": ', b"[1,]"])
def test_malformed_json_is_refused(data: bytes) -> None:
    with pytest.raises(JsonRefused, match=r"x\.json is not valid JSON"):
        load_json(data, "x.json")
