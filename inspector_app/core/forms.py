"""The inspection form model (checklist of rules and items), immutable and free of I/O."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Text:
    """A bilingual text; either language may stand in for the other when empty."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang` ("zh" or "en"), or in the other language if that is empty."""
        first, second = (self.zh, self.en) if lang.startswith("zh") else (self.en, self.zh)
        return first or second

    def to_dict(self) -> dict[str, str]:
        return {"zh": self.zh, "en": self.en}


class ItemKind(StrEnum):
    """What the inspector records besides the result: nothing, a number, a note or a choice."""

    CHECK = "check"
    NUMBER = "number"
    TEXT = "text"
    CHOICE = "choice"


class EvidenceRule(StrEnum):
    """When an item needs photo evidence before the inspection can be signed."""

    NONE = "none"
    PHOTO_IF_NOT_COMPLIANT = "photo_if_not_compliant"
    PHOTO_ALWAYS = "photo_always"


@dataclass(frozen=True)
class Choice:
    """One option of a choice item: a stable value and its label."""

    value: str
    label: Text

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label.to_dict()}


# The site facts an item may repeat (the form key `prefill`).
PREFILL_SOURCES = ("site.deposit_form", "site.deposit_amount", "site.account")


@dataclass(frozen=True)
class FormItem:
    """One thing the inspector checks on site, e.g. "R1.1"."""

    id: str
    kind: ItemKind
    points: float
    text: Text
    guidance: Text
    legal_basis: Text
    evidence: EvidenceRule
    choices: tuple[Choice, ...] = ()
    required: bool = True
    # 否决项: a finding here makes the verdict 不合格 whatever the points.
    critical: bool = False
    # A fact of the site this item repeats (one of PREFILL_SOURCES): filled in when the
    # inspection starts, still editable.
    prefill: str | None = None
    # Recorded only ("仅作记录，不计分"): a value, no result, not scored.
    record_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        # The newer keys only when set: forms released without them keep their sha256.
        extra: dict[str, Any] = {"critical": True} if self.critical else {}
        if self.prefill:
            extra["prefill"] = self.prefill
        if self.record_only:
            extra["record_only"] = True
        return {
            **extra,
            "id": self.id,
            "kind": str(self.kind),
            "points": self.points,
            "text": self.text.to_dict(),
            "guidance": self.guidance.to_dict(),
            "legal_basis": self.legal_basis.to_dict(),
            "evidence": str(self.evidence),
            "choices": [choice.to_dict() for choice in self.choices],
            "required": self.required,
        }


@dataclass(frozen=True)
class Rule:
    """One of the site rules ("R1".."R8"), a section of the form."""

    id: str
    number: int
    title: Text
    items: tuple[FormItem, ...]
    basis: Text
    penalty: Text

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title.to_dict(),
            "basis": self.basis.to_dict(),
            "penalty": self.penalty.to_dict(),
            "items": [item.to_dict() for item in self.items],
        }


SCORING_METHODS = ("weighted", "deduction")
DEFAULT_MAX_NOT_APPLICABLE_SHARE = 0.30


@dataclass(frozen=True)
class ScoringModel:
    """How answers become a score; see forms/README.md for both methods."""

    method: str
    base: float = 100.0
    deduction_per_finding: float = 0.5
    grade_a: float = 90.0
    grade_b: float = 70.0
    # Above this share of 不适用 answers the grade cannot be A or B (3 answers and 39
    # "not applicable" must not earn an A).
    max_not_applicable_share: float = DEFAULT_MAX_NOT_APPLICABLE_SHARE

    def to_dict(self) -> dict[str, Any]:
        # Written only when not the default, so forms released before it keep their hash.
        share = self.max_not_applicable_share
        extra = (
            {"max_not_applicable_share": share} if share != DEFAULT_MAX_NOT_APPLICABLE_SHARE else {}
        )
        return {
            **extra,
            "method": self.method,
            "base": self.base,
            "deduction_per_finding": self.deduction_per_finding,
            "grade_a": self.grade_a,
            "grade_b": self.grade_b,
        }


@dataclass(frozen=True)
class Form:
    """One released version of an inspection form."""

    id: str
    version: int
    title: Text
    rules: tuple[Rule, ...]
    scoring: ScoringModel

    def item(self, item_id: str) -> FormItem:
        """The item with this id; KeyError if the form has none."""
        return self._items_by_id[item_id][1]

    def items(self) -> Iterator[FormItem]:
        """All items in form order."""
        for rule in self.rules:
            yield from rule.items

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id; KeyError if the form has none."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def rule_of(self, item_id: str) -> Rule:
        """The rule that holds this item; KeyError if the form has none."""
        return self._items_by_id[item_id][0]

    @cached_property
    def critical_item_ids(self) -> tuple[str, ...]:
        """The 否决项, in form order (read on every rescoring, so kept)."""
        return tuple(item.id for item in self.items() if item.critical)

    @cached_property
    def _items_by_id(self) -> dict[str, tuple[Rule, FormItem]]:
        # cached_property writes the instance __dict__ directly, so it works on a frozen class.
        return {item.id: (rule, item) for rule in self.rules for item in rule.items}

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-safe data; `Form.from_dict` turns it back into an equal form."""
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title.to_dict(),
            "scoring": self.scoring.to_dict(),
            "rules": [rule.to_dict() for rule in self.rules],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Form:
        """Validate plain data (as from `to_dict` or a YAML file); FormError lists all problems."""
        # Imported here because the validator builds on this module.
        from inspector_app.core.form_schema import form_from_data

        return form_from_data(data, source="form data")

    def canonical_json(self) -> bytes:
        """The form as canonical JSON bytes, the input of `sha256`."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return text.encode()

    @cached_property
    def sha256(self) -> str:
        """Hex SHA-256 of the canonical JSON; identifies the exact form version used."""
        return hashlib.sha256(self.canonical_json()).hexdigest()
