"""What the points cannot hide: the share of 不适用, 否决项 (critical items), wage arrears."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.core.form_loader import bundled_forms_dir, default_form, load_form
from inspector_app.core.forms import DEFAULT_MAX_NOT_APPLICABLE_SHARE, Form
from inspector_app.core.results import Result
from inspector_app.core.scoring import Grade, Verdict, score_inspection
from tests.core.test_scoring import make_form

C, NC, NA = Result.COMPLIANT, Result.NOT_COMPLIANT, Result.NOT_APPLICABLE
CRITICAL_DEFAULTS = {"R1.2", "R2.1", "R3.2", "R3.3"}


def _all(form: Form, result: Result) -> dict[str, Result]:
    return {item.id: result for item in form.items()}


def test_three_compliant_and_thirty_nine_not_applicable_is_not_a_or_b() -> None:
    form = default_form()
    ids = [item.id for item in form.items()]
    results = dict.fromkeys(ids, NA) | dict.fromkeys(ids[:3], C)
    assert len(results) == 42 and list(results.values()).count(NA) == 39
    score = score_inspection(form, results)
    assert score.overall == 100.0  # the points alone are perfect ...
    assert score.grade is Grade.C and score.verdict is Verdict.FAILING  # ... but not A, B or 合格
    assert score.too_much_not_applicable and score.not_applicable_share > 0.9


def test_not_applicable_up_to_the_share_keeps_the_grade() -> None:
    form = make_form({"R1": [1] * 10})
    at_limit = {f"R1.{i}": (NA if i <= 3 else C) for i in range(1, 11)}  # 3 of 10 = 0.30
    over = at_limit | {"R1.4": NA}  # 4 of 10
    assert score_inspection(form, at_limit).grade is Grade.A
    assert score_inspection(form, over).grade is Grade.C
    strict = make_form({"R1": [1] * 10}, max_not_applicable_share=0.1)
    assert score_inspection(strict, at_limit).grade is Grade.C


def test_the_default_form_marks_the_four_critical_items() -> None:
    assert set(default_form().critical_item_ids) == CRITICAL_DEFAULTS


@pytest.mark.parametrize("item_id", sorted(CRITICAL_DEFAULTS))
def test_one_critical_finding_fails_whatever_the_points(item_id: str) -> None:
    form = default_form()
    score = score_inspection(form, _all(form, C) | {item_id: NC})
    assert score.overall is not None and score.overall > 90 and score.grade is Grade.A
    assert score.verdict is Verdict.FAILING
    assert score.critical_findings == (item_id,)


def test_a_finding_on_an_ordinary_item_still_needs_correction_only() -> None:
    form = default_form()
    score = score_inspection(form, _all(form, C) | {"R6.1": NC})
    assert score.verdict is Verdict.NEEDS_CORRECTION and score.critical_findings == ()


def test_arrears_found_fail_even_with_a_good_grade() -> None:
    # The reported case: ¥324,000 owed to 18 workers, the rest mostly in order, graded B.
    form = load_form(bundled_forms_dir() / "eight-rules.v1.yaml")  # no critical items
    results = _all(form, C) | {"R3.3": NC, "R1.5": NC, "R3.1": NC, "R3.5": NC}
    assert score_inspection(form, results).verdict is Verdict.NEEDS_CORRECTION
    score = score_inspection(form, results, arrears_found=True)
    assert score.grade in (Grade.A, Grade.B) and score.verdict is Verdict.FAILING


def test_forms_without_the_new_keys_load_with_the_defaults(tmp_path: Path) -> None:
    old = load_form(bundled_forms_dir() / "eight-rules.v1.yaml")
    assert old.scoring.max_not_applicable_share == DEFAULT_MAX_NOT_APPLICABLE_SHARE == 0.30
    assert old.critical_item_ids == ()
    # and they keep their hash: the new keys are written only when set
    assert "critical" not in str(old.to_dict()) and "max_not" not in str(old.to_dict())
    assert Form.from_dict(old.to_dict()).sha256 == old.sha256
    new = default_form()
    assert Form.from_dict(new.to_dict()) == new and new.sha256 != old.sha256


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  grade_b: 70\n", "  grade_b: 70\n  max_not_applicable_share: 1.5\n", "share from 0"),
        ("      - id: R2.1\n", "      - id: R2.1\n        critical: yes please\n", "true or false"),
    ],
)
def test_bad_new_keys_are_reported(tmp_path: Path, old: str, new: str, expected: str) -> None:
    from inspector_app.core.form_schema import FormError

    text = (bundled_forms_dir() / "eight-rules.v1.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "eight-rules.v1.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(FormError, match=expected):
        load_form(path)
