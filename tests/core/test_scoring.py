"""Scoring of inspections: weighted and deduction models, grades, verdicts, signing blockers."""

from __future__ import annotations

from typing import Any

import pytest

from inspector_app.core.form_loader import default_form
from inspector_app.core.forms import Form
from inspector_app.core.results import Result
from inspector_app.core.scoring import (
    Grade,
    MissingRequirement,
    Verdict,
    missing_for_signing,
    score_inspection,
)

C = Result.COMPLIANT
NC = Result.NOT_COMPLIANT
NA = Result.NOT_APPLICABLE
UNCHECKED = Result.NOT_CHECKED


def make_form(rules: dict[str, list[float]], **scoring: Any) -> Form:
    """A form whose rules hold check items with these points (ids R1.1, R1.2, ...)."""
    text = {"zh": "文字", "en": "text"}

    def item(rule_id: str, index: int, points: float) -> dict[str, Any]:
        return {
            "id": f"{rule_id}.{index}",
            "kind": "check",
            "points": points,
            "text": text,
            "guidance": text,
            "legal_basis": text,
            "evidence": "none",
        }

    return Form.from_dict(
        {
            "id": "test",
            "version": 1,
            "title": text,
            "scoring": {"method": "weighted", **scoring},
            "rules": [
                {
                    "id": rule_id,
                    "number": number,
                    "title": text,
                    "basis": text,
                    "penalty": text,
                    "items": [item(rule_id, i, p) for i, p in enumerate(points, start=1)],
                }
                for number, (rule_id, points) in enumerate(rules.items(), start=1)
            ],
        }
    )


def test_all_compliant_scores_100_and_is_compliant() -> None:
    form = default_form()
    score = score_inspection(form, {item.id: C for item in form.items()})
    assert score.overall == 100.0
    assert score.grade is Grade.A
    assert score.verdict is Verdict.COMPLIANT
    # Record-only items (R2.7, the account) take no result and do not count.
    assert score.answered == score.total == len([i for i in form.items() if not i.record_only])
    assert score.findings == 0
    assert [rule.score for rule in score.rules] == [100.0] * 8


def test_nothing_answered_has_no_score() -> None:
    score = score_inspection(default_form(), {})
    assert (score.overall, score.grade, score.verdict) == (None, None, None)
    assert score.answered == 0
    assert all(rule.score is None for rule in score.rules)
    assert score.rules[0].total == 7
    assert score.rules[0].applicable == 7


def test_not_applicable_items_leave_the_denominator() -> None:
    form = make_form({"R1": [3, 1]})
    assert score_inspection(form, {"R1.1": C, "R1.2": NA}).overall == 100.0
    assert score_inspection(form, {"R1.1": NC, "R1.2": C}).overall == 25.0
    score = score_inspection(form, {"R1.1": NA, "R1.2": NC})
    assert score.overall == 0.0
    (rule,) = score.rules
    assert (rule.answered, rule.total, rule.applicable, rule.compliant, rule.findings) == (
        2,
        2,
        1,
        0,
        1,
    )
    assert (rule.points_possible, rule.points_earned) == (1.0, 0.0)


def test_only_not_applicable_answers_have_no_score() -> None:
    form = make_form({"R1": [3, 1]})
    score = score_inspection(form, {"R1.1": NA, "R1.2": NA})
    assert score.overall is None
    assert score.answered == 2
    assert score.rules[0].applicable == 0


def test_unchecked_items_are_not_counted_yet() -> None:
    form = make_form({"R1": [3, 1], "R2": [2]})
    score = score_inspection(form, {"R1.1": C, "R1.2": UNCHECKED})
    assert score.overall == 100.0
    assert score.answered == 1
    assert score.total == 3
    assert score.rules[1].score is None


def test_rule_scores_are_weighted_by_points() -> None:
    form = make_form({"R1": [4, 1], "R2": [2, 3]})
    score = score_inspection(form, {"R1.1": C, "R1.2": NC, "R2.1": NC, "R2.2": C})
    assert [rule.score for rule in score.rules] == [80.0, 60.0]
    assert score.overall == 70.0
    assert score.findings == 2


@pytest.mark.parametrize(
    ("compliant", "grade", "verdict"),
    [
        (10, Grade.A, Verdict.COMPLIANT),
        (9, Grade.A, Verdict.NEEDS_CORRECTION),
        (8, Grade.B, Verdict.NEEDS_CORRECTION),
        (7, Grade.B, Verdict.NEEDS_CORRECTION),
        (6, Grade.C, Verdict.FAILING),
        (0, Grade.C, Verdict.FAILING),
    ],
)
def test_grade_thresholds(compliant: int, grade: Grade, verdict: Verdict) -> None:
    form = make_form({"R1": [1] * 10})
    results = {f"R1.{i}": C if i <= compliant else NC for i in range(1, 11)}
    score = score_inspection(form, results)
    assert score.overall == compliant * 10
    assert (score.grade, score.verdict) == (grade, verdict)


def test_custom_grade_thresholds() -> None:
    form = make_form({"R1": [1] * 4}, grade_a=75, grade_b=50)
    results = {"R1.1": C, "R1.2": C, "R1.3": C, "R1.4": NC}
    assert score_inspection(form, results).grade is Grade.A
    results["R1.3"] = NC
    assert score_inspection(form, results).grade is Grade.B


def test_deduction_takes_half_a_point_per_finding_at_most_the_items_points() -> None:
    form = make_form({"R1": [3, 0.2], "R2": [2]}, method="deduction")
    score = score_inspection(form, {"R1.1": NC, "R1.2": NC, "R2.1": C})
    assert score.overall == 99.3  # 100 - 0.5 - 0.2
    assert score.grade is Grade.A
    assert score.verdict is Verdict.NEEDS_CORRECTION
    rule = score.rules[0]
    assert rule.points_possible == pytest.approx(3.2)
    assert rule.points_earned == pytest.approx(2.5)
    assert rule.score == pytest.approx(2.5 / 3.2 * 100)


def test_deduction_floors_at_zero() -> None:
    form = make_form(
        {"R1": [3, 3, 3]},
        method="deduction",
        base=1,
        deduction_per_finding=0.5,
        grade_a=0.9,
        grade_b=0.7,
    )
    score = score_inspection(form, {"R1.1": NC, "R1.2": NC, "R1.3": NC})
    assert score.overall == 0.0
    assert score.grade is Grade.C
    assert score.verdict is Verdict.FAILING
    assert score_inspection(form, {"R1.1": NC, "R1.2": C}).overall == 0.5


def test_items_without_points_count_one_each_when_nothing_has_points() -> None:
    form = make_form({"R1": [0, 0, 0, 0]})
    score = score_inspection(form, {"R1.1": C, "R1.2": C, "R1.3": C, "R1.4": NC})
    assert score.overall == 75.0
    assert score.findings == 1


def test_results_may_be_plain_strings_and_unknown_ids_are_ignored() -> None:
    form = make_form({"R1": [1, 1]})
    results: dict[str, Any] = {"R1.1": "compliant", "R1.2": "not_compliant", "R9.9": "compliant"}
    score = score_inspection(form, results)
    assert score.overall == 50.0
    assert score.answered == 2


# -- what blocks signing ----------------------------------------------------------------


def test_missing_for_signing_lists_unanswered_required_items() -> None:
    form = default_form()
    missing = missing_for_signing(form, {}, {})
    required = [item.id for item in form.items() if item.required]
    assert missing == [MissingRequirement(item_id, "unanswered") for item_id in required]
    assert "R2.7" not in {entry.item_id for entry in missing}  # not required


def test_photo_always_needs_a_photo_unless_not_applicable() -> None:
    form = default_form()
    answers = {item.id: C for item in form.items()}
    photo_always = [item.id for item in form.items() if item.evidence == "photo_always"]
    assert missing_for_signing(form, answers, {}) == [
        MissingRequirement(item_id, "photo_required") for item_id in photo_always
    ]
    photos = dict.fromkeys(photo_always, 1)
    assert missing_for_signing(form, answers, photos) == []
    answers["R6.1"] = NA
    del photos["R6.1"]
    assert missing_for_signing(form, answers, photos) == []


def test_photo_if_not_compliant_needs_a_photo_for_a_finding() -> None:
    form = default_form()
    assert form.item("R1.3").evidence == "photo_if_not_compliant"
    answers = {item.id: C for item in form.items()}
    photos = {item.id: 2 for item in form.items() if item.evidence == "photo_always"}
    answers["R1.3"] = NC
    assert missing_for_signing(form, answers, photos) == [
        MissingRequirement("R1.3", "photo_required")
    ]
    assert missing_for_signing(form, answers, {**photos, "R1.3": 1}) == []
    answers["R1.5"] = UNCHECKED
    assert missing_for_signing(form, answers, {**photos, "R1.3": 1}) == [
        MissingRequirement("R1.5", "unanswered")
    ]
