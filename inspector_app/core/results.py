"""The answer an inspector gives to one form item."""

from __future__ import annotations

from enum import StrEnum


class Result(StrEnum):
    """Outcome of checking one item on site; a finding is a NOT_COMPLIANT answer."""

    COMPLIANT = "compliant"
    NOT_COMPLIANT = "not_compliant"
    NOT_APPLICABLE = "not_applicable"
    NOT_CHECKED = "not_checked"
