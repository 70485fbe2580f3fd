"""Scores, grades and verdicts of an inspection, and what still blocks its signing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from inspector_app.core.forms import EvidenceRule, Form, Rule, ScoringModel
from inspector_app.core.results import Result

_COMPLIANT = Result.COMPLIANT
_NOT_COMPLIANT = Result.NOT_COMPLIANT
_NOT_APPLICABLE = Result.NOT_APPLICABLE
_NOT_CHECKED = Result.NOT_CHECKED

UNANSWERED = "unanswered"
PHOTO_REQUIRED = "photo_required"


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class Verdict(StrEnum):
    """COMPLIANT: no findings, grade A or B; NEEDS_CORRECTION: findings, grade A or B;
    FAILING: grade C, a critical item (否决项) not compliant, or wage arrears found."""

    COMPLIANT = "compliant"
    NEEDS_CORRECTION = "needs_correction"
    FAILING = "failing"


@dataclass(frozen=True)
class RuleScore:
    """One rule's tally; `score` is 0..100, None when nothing applicable was answered."""

    rule_id: str
    answered: int
    total: int
    applicable: int
    compliant: int
    findings: int
    points_possible: float
    points_earned: float
    score: float | None


@dataclass(frozen=True)
class InspectionScore:
    """The whole inspection; `overall` is on the form's base scale (100 by default)."""

    rules: tuple[RuleScore, ...]
    overall: float | None
    grade: Grade | None
    verdict: Verdict | None
    answered: int
    total: int
    findings: int
    # Why the verdict is worse than the points say: the critical items not compliant, and
    # whether too much was "not applicable" for an A or B.
    critical_findings: tuple[str, ...] = ()
    not_applicable_share: float = 0.0
    too_much_not_applicable: bool = False
    max_not_applicable_share: float = 0.0
    arrears_found: bool = False


@dataclass(frozen=True)
class MissingRequirement:
    """Why an item blocks signing: "unanswered" or "photo_required"."""

    item_id: str
    reason: str


def score_inspection(
    form: Form, results: Mapping[str, Result], *, arrears_found: bool = False
) -> InspectionScore:
    """Score the answers given so far; a missing item counts as not checked.

    Points are earned over the applicable items. Too large a share of 不适用 caps the grade
    at C; a critical item not compliant, or wage arrears found on site (`arrears_found`),
    make the verdict FAILING whatever the points (forms/README.md).
    """
    model = form.scoring
    rules = tuple(_score_rule(rule, results, model) for rule in form.rules)
    possible = sum(rule.points_possible for rule in rules)
    earned = sum(rule.points_earned for rule in rules)
    compliant = sum(rule.compliant for rule in rules)
    findings = sum(rule.findings for rule in rules)
    answered = sum(rule.answered for rule in rules)
    not_applicable = answered - compliant - findings
    share = not_applicable / answered if answered else 0.0
    too_much = share > model.max_not_applicable_share
    overall = _overall(model, possible, earned, compliant, findings)
    grade = None if overall is None else grade_for(model, overall)
    if grade is not None and too_much:
        grade = Grade.C
    critical = tuple(i for i in form.critical_item_ids if results.get(i) == _NOT_COMPLIANT)
    verdict = _verdict(grade, findings)
    if verdict is not None and (critical or arrears_found):
        verdict = Verdict.FAILING
    return InspectionScore(
        rules=rules,
        overall=overall,
        grade=grade,
        verdict=verdict,
        answered=answered,
        total=sum(rule.total for rule in rules),
        findings=findings,
        critical_findings=critical,
        not_applicable_share=round(share, 6),
        too_much_not_applicable=too_much,
        max_not_applicable_share=model.max_not_applicable_share,
        arrears_found=arrears_found,
    )


def _score_rule(rule: Rule, results: Mapping[str, Result], model: ScoringModel) -> RuleScore:
    # A hot loop (the UI rescores on every answer): plain locals, no helper calls per item.
    get = results.get
    deduction = model.deduction_per_finding if model.method == "deduction" else None
    answered = not_applicable = compliant = findings = 0
    possible = earned = 0.0
    total = len(rule.items)
    for item in rule.items:
        if item.record_only:  # a value kept for the record, never a result
            total -= 1
            continue
        result = get(item.id, _NOT_CHECKED)
        if result == _COMPLIANT:
            compliant += 1
            possible += item.points
            earned += item.points
        elif result == _NOT_COMPLIANT:
            findings += 1
            possible += item.points
            if deduction is not None:
                earned += item.points - min(deduction, item.points)
        elif result == _NOT_APPLICABLE:
            not_applicable += 1
        else:
            continue
        answered += 1
    score = _scaled(possible, earned, compliant, findings, 100.0)
    return RuleScore(
        rule.id, answered, total, total - not_applicable, compliant, findings,
        possible, earned, score,
    )  # fmt: skip


def _scaled(
    possible: float, earned: float, compliant: int, findings: int, scale: float
) -> float | None:
    """Share of points earned on 0..scale; if no assessed item has points, each counts one."""
    if compliant + findings == 0:
        return None
    # Multiply before dividing and round, so 7 of 10 points is exactly 70, not 69.999...
    if possible > 0:
        return round(earned * scale / possible, 6)
    return round(compliant * scale / (compliant + findings), 6)


def _overall(
    model: ScoringModel, possible: float, earned: float, compliant: int, findings: int
) -> float | None:
    overall = _scaled(possible, earned, compliant, findings, model.base)
    if overall is None or model.method != "deduction":
        return overall
    return round(max(0.0, model.base - (possible - earned)), 6)


def grade_for(model: ScoringModel, overall: float) -> Grade:
    """The grade of an overall score on the form's scale (also for stored scores)."""
    if overall >= model.grade_a:
        return Grade.A
    if overall >= model.grade_b:
        return Grade.B
    return Grade.C


def _verdict(grade: Grade | None, findings: int) -> Verdict | None:
    if grade is None:
        return None
    if grade is Grade.C:  # without findings only when too much was "not applicable"
        return Verdict.FAILING
    return Verdict.COMPLIANT if findings == 0 else Verdict.NEEDS_CORRECTION


def missing_for_signing(
    form: Form, results: Mapping[str, Result], evidence_counts: Mapping[str, int]
) -> list[MissingRequirement]:
    """What blocks signing, in form order: unanswered required items and missing photos.

    A photo is demanded only of answered items: PHOTO_ALWAYS unless the item is not
    applicable, PHOTO_IF_NOT_COMPLIANT when it is a finding.
    """
    missing: list[MissingRequirement] = []
    for item in form.items():
        if item.record_only:
            continue
        result = results.get(item.id, _NOT_CHECKED)
        if result == _NOT_CHECKED:
            if item.required:
                missing.append(MissingRequirement(item.id, UNANSWERED))
            continue
        if _needs_photo(item.evidence, result) and evidence_counts.get(item.id, 0) < 1:
            missing.append(MissingRequirement(item.id, PHOTO_REQUIRED))
    return missing


def _needs_photo(rule: EvidenceRule, result: Result) -> bool:
    if rule is EvidenceRule.PHOTO_ALWAYS:
        return result != _NOT_APPLICABLE
    if rule is EvidenceRule.PHOTO_IF_NOT_COMPLIANT:
        return result == _NOT_COMPLIANT
    return False
