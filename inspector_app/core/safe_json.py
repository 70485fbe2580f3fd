"""JSON from outside (a bundle's members) read within limits, each refusal with a reason.

Python's json reads any depth until it hits the interpreter's recursion limit, turns a
number of thousands of digits into an int (or raises ValueError past the int-string
limit), and accepts NaN and Infinity. None of that belongs in a bundle: this reader
refuses each with a JsonRefused whose message names the file and the limit.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg


@dataclass(frozen=True)
class JsonLimits:
    """Bounds far above what the app writes: the demo's inspection.json with 18 photos is
    24 KB, form.json 35 KB; even 500 photos and long notes stay well under 1 MB."""

    max_bytes: int = 4 * 1024 * 1024
    max_depth: int = 32
    max_digits: int = 30


DEFAULT_JSON_LIMITS = JsonLimits()

# A JSON string, escapes included (unrolled so long strings do not backtrack).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_OPEN = frozenset(b"[{")


class JsonRefused(ValidationError):
    """JSON that is malformed or beyond a limit; the message says which."""

    code = "json_refused"


def nesting_depth(data: bytes) -> int:
    """How deep arrays and objects nest, counted without parsing (strings skipped)."""
    depth = deepest = 0
    for bracket in _STRING.sub(b'""', data).translate(None, _NOT_BRACKETS):
        if bracket in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _number_hooks(name: str, limits: JsonLimits) -> dict[str, Any]:
    def too_long(text: str) -> JsonRefused:
        return JsonRefused(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} holds a number longer than {limit} digits."),
                name=name,
                limit=limits.max_digits,
            )
        )

    def read_int(text: str) -> int:
        if len(text.lstrip("-")) > limits.max_digits:
            raise too_long(text)
        return int(text)

    def read_float(text: str) -> float:
        mantissa = re.split(r"[eE]", text, maxsplit=1)[0]
        if len(mantissa.lstrip("-").replace(".", "")) > limits.max_digits:
            raise too_long(text)
        number = float(text)
        if not math.isfinite(number):  # 1e400 reads as infinity
            raise JsonRefused(
                msg(
                    QT_TRANSLATE_NOOP("service", "{name} holds a number out of range: {text}."),
                    name=name,
                    text=text,
                )
            )
        return number

    def refuse_constant(text: str) -> Any:
        raise JsonRefused(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} holds {text}, which is not a number."),
                name=name,
                text=text,
            )
        )

    return {"parse_int": read_int, "parse_float": read_float, "parse_constant": refuse_constant}


def load_json(data: bytes, name: str, limits: JsonLimits = DEFAULT_JSON_LIMITS) -> Any:
    """The decoded JSON of `data` (UTF-8), or JsonRefused naming `name` and the reason."""
    if len(data) > limits.max_bytes:
        raise JsonRefused(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} is larger than {limit} MB."),
                name=name,
                limit=limits.max_bytes // (1024 * 1024),
            )
        )
    if nesting_depth(data) > limits.max_depth:
        raise JsonRefused(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} nests deeper than {limit} levels."),
                name=name,
                limit=limits.max_depth,
            )
        )
    try:
        text = data.decode("utf-8")
        return json.loads(text, **_number_hooks(name, limits))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise JsonRefused(
            msg(
                QT_TRANSLATE_NOOP("service", "{path} is not valid JSON ({error})."),
                path=name,
                error=str(error),
            )
        ) from error
    except (ValueError, RecursionError) as error:  # a limit the scan above did not foresee
        raise JsonRefused(
            msg(
                QT_TRANSLATE_NOOP("service", "{path} is not valid JSON ({error})."),
                path=name,
                error=type(error).__name__,
            )
        ) from error
