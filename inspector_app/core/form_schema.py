"""Strict validation of form data (from YAML or JSON) into a Form, collecting every problem."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from inspector_app.core.errors import ValidationError
from inspector_app.core.forms import (
    PREFILL_SOURCES,
    SCORING_METHODS,
    Choice,
    EvidenceRule,
    Form,
    FormItem,
    ItemKind,
    Rule,
    ScoringModel,
    Text,
)

Path = tuple[Hashable, ...]
LineOf = Callable[[Path], int]

FORM_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
ITEM_SUFFIX = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

FORM_KEYS = ({"id", "version", "title", "scoring", "rules"}, set[str]())
SCORING_KEYS = (
    {"method"},
    {"base", "deduction_per_finding", "grade_a", "grade_b", "max_not_applicable_share"},
)
RULE_KEYS = ({"id", "number", "title", "basis", "penalty", "items"}, set[str]())
ITEM_KEYS = (
    {"id", "kind", "points", "text", "guidance", "legal_basis", "evidence"},
    {"choices", "required", "critical", "prefill", "record_only"},
)
CHOICE_KEYS = ({"value", "label"}, set[str]())
TEXT_LANGS = ("zh", "en")
TEXT_KEYS = (set[str](), set(TEXT_LANGS))
EMPTY_TEXT = Text("", "")
E = TypeVar("E", ItemKind, EvidenceRule)


@dataclass(frozen=True)
class FormIssue:
    """One problem in a form file, with the line it is on (0 when unknown)."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line > 0:
            return f"{self.source}:{self.line}: {self.message}"
        return f"{self.source}: {self.message}"


class FormError(ValidationError):
    """A form file or form data that is not valid; `issues` lists every problem found."""

    code = "invalid_form"

    def __init__(self, issues: list[FormIssue]) -> None:
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = issues


def form_from_data(data: Any, source: str, line_of: LineOf | None = None) -> Form:
    """Build a Form from plain data; raise FormError listing all problems found."""
    checker = _Checker(source, line_of or (lambda path: 0))
    form = checker.form(data)
    if checker.issues or form is None:
        raise FormError(checker.issues)
    return form


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


class _Checker:
    """Walks form data once, records issues with their line, and builds the model."""

    def __init__(self, source: str, line_of: LineOf) -> None:
        self.source = source
        self.line_of = line_of
        self.issues: list[FormIssue] = []

    def report(self, path: Path, context: str, message: str) -> None:
        prefix = f"{context}: " if context else ""
        self.issues.append(FormIssue(self.source, self.line_of(path), prefix + message))

    # -- generic shapes -------------------------------------------------------------------

    def mapping(
        self, value: Any, path: Path, context: str, keys: tuple[set[str], set[str]], what: str
    ) -> dict[str, Any] | None:
        """The mapping at `path` after checking its keys, or None if it is not a mapping."""
        if not isinstance(value, Mapping):
            self.report(path, context, f"{what} must be a mapping, not {_describe(value)}")
            return None
        required, optional = keys
        for key in value:
            if key not in required and key not in optional:
                allowed = ", ".join(sorted(required | optional))
                self.report((*path, key), context, f"unknown key {key!r} (allowed: {allowed})")
        for key in sorted(required - set(value)):
            self.report(path, context, f"missing key {key!r}")
        return dict(value)

    def string(self, data: Mapping[str, Any], key: str, path: Path, context: str) -> str | None:
        value = data.get(key)
        if key not in data:
            return None
        if not isinstance(value, str) or not value.strip():
            self.report((*path, key), context, f"{key!r} must be text, not {_describe(value)}")
            return None
        return value.strip()

    def number(self, data: Mapping[str, Any], key: str, path: Path, context: str) -> float | None:
        if key not in data:
            return None
        value = data[key]
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if not is_number or not math.isfinite(value):
            self.report((*path, key), context, f"{key!r} must be a number, not {_describe(value)}")
            return None
        if value < 0:
            self.report((*path, key), context, f"{key!r} must not be negative, not {value!r}")
            return None
        return float(value)

    def positive_int(
        self, data: Mapping[str, Any], key: str, path: Path, context: str
    ) -> int | None:
        if key not in data:
            return None
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            message = f"{key!r} must be a positive whole number, not {_describe(value)}"
            self.report((*path, key), context, message)
            return None
        return value

    def text(self, data: Mapping[str, Any], key: str, path: Path, context: str) -> Text:
        """A bilingual text; both zh and en must be present and not empty."""
        if key not in data:
            return EMPTY_TEXT
        here = (*path, key)
        value = self.mapping(data[key], here, context, TEXT_KEYS, repr(key))
        if value is None:
            return EMPTY_TEXT
        parts: dict[str, str] = {}
        for lang in TEXT_LANGS:
            part = value.get(lang)
            if not isinstance(part, str) or not part.strip():
                where = (*here, lang) if lang in value else here
                self.report(where, context, f"{key!r} needs {lang} text")
            parts[lang] = part.strip() if isinstance(part, str) else ""
        return Text(zh=parts["zh"], en=parts["en"])

    def sequence(self, value: Any, path: Path, context: str, what: str) -> list[Any]:
        if not isinstance(value, list):
            self.report(path, context, f"{what!r} must be a list, not {_describe(value)}")
            return []
        if not value:
            self.report(path, context, f"{what!r} must not be empty")
        return value

    # -- the form's parts -----------------------------------------------------------------

    def form(self, data: Any) -> Form | None:
        root = self.mapping(data, (), "", FORM_KEYS, "a form")
        if root is None:
            return None
        form_id = self.string(root, "id", (), "")
        if form_id is not None and not FORM_ID.match(form_id):
            message = f"form id {form_id!r} may only hold lower-case letters, digits and '-'"
            self.report(("id",), "", message)
        version = self.positive_int(root, "version", (), "")
        title = self.text(root, "title", (), "")
        scoring = self.scoring(root.get("scoring"), ("scoring",)) if "scoring" in root else None
        rules = self.rules(root.get("rules"), ("rules",)) if "rules" in root else ()
        if form_id is None or version is None or scoring is None:
            return None
        return Form(id=form_id, version=version, title=title, rules=rules, scoring=scoring)

    def scoring(self, value: Any, path: Path) -> ScoringModel | None:
        data = self.mapping(value, path, "scoring", SCORING_KEYS, "'scoring'")
        if data is None:
            return None
        method = data.get("method")
        if "method" in data and method not in SCORING_METHODS:
            expected = " or ".join(SCORING_METHODS)
            self.report((*path, "method"), "scoring", f"unknown method {method!r} ({expected})")
        defaults = ScoringModel(method="weighted")
        numbers = {
            key: self.number(data, key, path, "scoring")
            for key in ("base", "deduction_per_finding", "grade_a", "grade_b")
        }
        values = {key: getattr(defaults, key) if n is None else n for key, n in numbers.items()}
        share = self.number(data, "max_not_applicable_share", path, "scoring")
        if share is not None and share > 1:
            self.report(
                (*path, "max_not_applicable_share"),
                "scoring",
                f"'max_not_applicable_share' is a share from 0 to 1, not {share!r}",
            )
            share = None
        model = ScoringModel(
            method=str(method),
            **values,
            max_not_applicable_share=(
                defaults.max_not_applicable_share if share is None else share
            ),
        )
        if not model.grade_b <= model.grade_a <= model.base or model.base <= 0:
            message = "grades must satisfy 0 <= grade_b <= grade_a <= base, with base above 0"
            self.report(path, "scoring", message)
        return model if method in SCORING_METHODS else None

    def rules(self, value: Any, path: Path) -> tuple[Rule, ...]:
        rules: list[Rule] = []
        first_line: dict[Any, int] = {}
        numbers: dict[int, int] = {}
        item_lines: dict[str, int] = {}
        for index, entry in enumerate(self.sequence(value, path, "", "rules")):
            rule = self.rule(entry, (*path, index), index, item_lines)
            if rule is None:
                continue
            here = (*path, index)
            self.unique(first_line, rule.id, here, f"rule {rule.id}", "rule id")
            self.unique(numbers, rule.number, (*here, "number"), f"rule {rule.id}", "rule number")
            rules.append(rule)
        return tuple(rules)

    def unique(self, seen: dict[Any, int], key: Any, path: Path, context: str, what: str) -> None:
        line = self.line_of(path)
        if key in seen:
            where = f" (first at line {seen[key]})" if seen[key] else ""
            self.report(path, context, f"duplicate {what} {key!r}{where}")
        else:
            seen[key] = line

    def rule(self, value: Any, path: Path, index: int, item_lines: dict[str, int]) -> Rule | None:
        raw_id = value.get("id") if isinstance(value, Mapping) else None
        context = f"rule {raw_id}" if isinstance(raw_id, str) else f"rule #{index + 1}"
        data = self.mapping(value, path, context, RULE_KEYS, "a rule")
        if data is None:
            return None
        rule_id = self.string(data, "id", path, context)
        if rule_id is not None and not RULE_ID.match(rule_id):
            self.report((*path, "id"), context, f"rule id {rule_id!r} must be like 'R1'")
        number = self.positive_int(data, "number", path, context)
        title = self.text(data, "title", path, context)
        basis = self.text(data, "basis", path, context)
        penalty = self.text(data, "penalty", path, context)
        items = self.items(data, path, context, rule_id, item_lines) if "items" in data else ()
        if rule_id is None or number is None:
            return None
        return Rule(rule_id, number, title, items, basis, penalty)

    def items(
        self,
        data: Mapping[str, Any],
        path: Path,
        context: str,
        rule_id: str | None,
        item_lines: dict[str, int],
    ) -> tuple[FormItem, ...]:
        items: list[FormItem] = []
        here = (*path, "items")
        for position, entry in enumerate(self.sequence(data["items"], here, context, "items")):
            item = self.item(entry, (*here, position), rule_id, position)
            if item is not None:
                self.unique(item_lines, item.id, (*here, position), f"item {item.id}", "item id")
                items.append(item)
        return tuple(items)

    def item(self, value: Any, path: Path, rule_id: str | None, position: int) -> FormItem | None:
        raw_id = value.get("id") if isinstance(value, Mapping) else None
        context = f"item {raw_id}" if isinstance(raw_id, str) else f"item #{position + 1}"
        if rule_id is not None and raw_id is None:
            context += f" of rule {rule_id}"
        data = self.mapping(value, path, context, ITEM_KEYS, "an item")
        if data is None:
            return None
        item_id = self.item_id(data, path, context, rule_id)
        kind = self.enum(data, "kind", ItemKind, path, context)
        evidence = self.enum(data, "evidence", EvidenceRule, path, context)
        points = self.number(data, "points", path, context)
        text = self.text(data, "text", path, context)
        guidance = self.text(data, "guidance", path, context)
        legal_basis = self.text(data, "legal_basis", path, context)
        required = self.flag(data, "required", path, context)
        critical = self.flag(data, "critical", path, context, default=False)
        choices = self.choices(data, kind, path, context)
        prefill = self.prefill(data, path, context)
        record_only = bool(data.get("record_only", False)) and self.flag(
            data, "record_only", path, context
        )
        if item_id is None or kind is None or evidence is None or points is None:
            return None
        return FormItem(
            item_id,
            kind,
            points,
            text,
            guidance,
            legal_basis,
            evidence,
            choices,
            required,
            critical,
            prefill,
            record_only,
        )

    def prefill(self, data: Mapping[str, Any], path: Path, context: str) -> str | None:
        value = self.string(data, "prefill", path, context)
        if value is not None and value not in PREFILL_SOURCES:
            allowed = ", ".join(PREFILL_SOURCES)
            self.report((*path, "prefill"), context, f"unknown prefill {value!r} ({allowed})")
            return None
        return value

    def item_id(
        self, data: Mapping[str, Any], path: Path, context: str, rule_id: str | None
    ) -> str | None:
        item_id = self.string(data, "id", path, context)
        if item_id is None or rule_id is None:
            return item_id
        prefix = f"{rule_id}."
        if not item_id.startswith(prefix) or not ITEM_SUFFIX.match(item_id[len(prefix) :]):
            message = f"item id {item_id!r} must start with its rule id, like '{prefix}1'"
            self.report((*path, "id"), context, message)
        return item_id

    def enum(
        self, data: Mapping[str, Any], key: str, enum: type[E], path: Path, context: str
    ) -> E | None:
        if key not in data:
            return None
        value = data[key]
        try:
            return enum(value)
        except ValueError:
            expected = ", ".join(member.value for member in enum)
            self.report((*path, key), context, f"unknown {key} {value!r} (expected {expected})")
            return None

    def flag(
        self, data: Mapping[str, Any], key: str, path: Path, context: str, default: bool = True
    ) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.report((*path, key), context, f"{key!r} must be true or false")
            return default
        return value

    def choices(
        self, data: Mapping[str, Any], kind: ItemKind | None, path: Path, context: str
    ) -> tuple[Choice, ...]:
        raw = data.get("choices", [])
        here = (*path, "choices")
        if kind is not ItemKind.CHOICE:
            if raw:
                self.report(here, context, "only choice items may have 'choices'")
            return ()
        if "choices" not in data:
            self.report(path, context, "a choice item needs 'choices'")
            return ()
        result: list[Choice] = []
        seen: dict[Any, int] = {}
        for index, entry in enumerate(self.sequence(raw, here, context, "choices")):
            choice = self.choice(entry, (*here, index), context)
            if choice is not None:
                self.unique(seen, choice.value, (*here, index), context, "choice value")
                result.append(choice)
        return tuple(result)

    def choice(self, value: Any, path: Path, context: str) -> Choice | None:
        data = self.mapping(value, path, context, CHOICE_KEYS, "a choice")
        if data is None:
            return None
        choice_value = self.string(data, "value", path, context)
        label = self.text(data, "label", path, context)
        return None if choice_value is None else Choice(choice_value, label)
