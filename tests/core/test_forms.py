"""The form model: lookups, bilingual text, JSON round trip and the form hash."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re

import pytest

from inspector_app.core.form_loader import bundled_forms_dir, default_form, load_form
from inspector_app.core.forms import (
    Choice,
    EvidenceRule,
    Form,
    FormItem,
    ItemKind,
    Rule,
    ScoringModel,
    Text,
)

# The released default form must never change: a new version goes into a new file.
# R2.7 record_only, R2.7/R5.2/R5.3 prefill (the "friction" changes).
EIGHT_RULES_V1_SHA256 = "7b7072daec0607693354033fe0bb784f1463282d53e2c19cfaf77fe21f423ba9"


def test_text_falls_back_to_the_other_language() -> None:
    assert Text("工资", "wages").get("zh") == "工资"
    assert Text("工资", "wages").get("en") == "wages"
    assert Text("", "wages").get("zh") == "wages"
    assert Text("工资", "").get("en") == "工资"
    assert Text("工资", "wages").get("zh_CN") == "工资"


def test_default_form_has_the_eight_rules() -> None:
    form = default_form()
    assert (form.id, form.version) == ("eight-rules", 2)  # v1 with the 否决项 (forms/README.md)
    assert [rule.id for rule in form.rules] == [f"R{n}" for n in range(1, 9)]
    assert [rule.number for rule in form.rules] == list(range(1, 9))
    assert form.scoring.method == "weighted"


def test_default_form_items_are_complete_in_both_languages() -> None:
    form = default_form()
    items = list(form.items())
    assert len(items) >= 32
    for item in items:
        for text in (item.text, item.guidance, item.legal_basis):
            assert text.zh and text.en, item.id
            assert re.search(r"[\u4e00-\u9fff]", text.zh), item.id
    for rule in form.rules:
        assert rule.items, rule.id
        for text in (rule.title, rule.basis, rule.penalty):
            assert text.zh and text.en, rule.id


def test_default_form_uses_every_kind_and_evidence_rule() -> None:
    items = list(default_form().items())
    assert {item.kind for item in items} == set(ItemKind)
    assert {item.evidence for item in items} == set(EvidenceRule)
    assert sum(item.kind is ItemKind.NUMBER for item in items) >= 2
    deposit = default_form().item("R5.2")
    assert [choice.value for choice in deposit.choices] == [
        "cash",
        "bank_guarantee",
        "insurance",
        "exempt",
    ]


def test_default_form_cites_the_regulation() -> None:
    form = default_form()
    assert "第二十六条" in form.item("R2.1").legal_basis.zh
    assert "Art. 26" in form.item("R2.1").legal_basis.en
    assert "第三十四条" in form.rule_of("R6.1").basis.zh


def test_lookups() -> None:
    form = default_form()
    assert form.item("R3.2").id == "R3.2"
    assert form.rule_of("R3.2").id == "R3"
    assert form.rule("R5").number == 5
    with pytest.raises(KeyError):
        form.rule("R9")
    assert [item.id for item in form.items()][:3] == ["R1.1", "R1.2", "R1.3"]
    with pytest.raises(KeyError):
        form.item("R9.1")
    with pytest.raises(KeyError):
        form.rule_of("nope")


def test_round_trip_through_json_gives_an_equal_form() -> None:
    form = default_form()
    data = json.loads(json.dumps(form.to_dict()))
    again = Form.from_dict(data)
    assert again == form
    assert again.sha256 == form.sha256
    assert again.to_dict() == form.to_dict()


def test_sha256_is_stable_and_pinned() -> None:
    # Version 1 keeps its hash although the format gained keys (critical, the N/A share).
    form = load_form(bundled_forms_dir() / "eight-rules.v1.yaml")
    assert form.sha256 == hashlib.sha256(form.canonical_json()).hexdigest()
    assert form.sha256 == EIGHT_RULES_V1_SHA256


def test_canonical_json_keeps_chinese_and_sorts_keys() -> None:
    raw = default_form().canonical_json()
    text = raw.decode("utf-8")
    assert "实名制管理" in text
    assert "\\u" not in text
    assert text.startswith('{"id":"eight-rules","rules":[')
    expected = json.dumps(
        default_form().to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    assert raw == expected.encode()


def test_any_change_changes_the_hash() -> None:
    form = default_form()
    rule = form.rules[0]
    item = dataclasses.replace(rule.items[0], points=rule.items[0].points + 1)
    changed = dataclasses.replace(
        form, rules=(dataclasses.replace(rule, items=(item, *rule.items[1:])), *form.rules[1:])
    )
    assert changed != form
    assert changed.sha256 != form.sha256


def test_a_form_built_in_code_round_trips() -> None:
    label = Text("现金", "Cash")
    item = FormItem(
        id="X1.1",
        kind=ItemKind.CHOICE,
        points=1.5,
        text=Text("形式", "Form"),
        guidance=Text("选择", "Choose"),
        legal_basis=Text("第三十二条", "Art. 32"),
        evidence=EvidenceRule.NONE,
        choices=(Choice("cash", label),),
        required=False,
    )
    rule = Rule(
        "X1", 1, Text("保证金", "Deposit"), (item,), Text("依据", "Basis"), Text("罚则", "Penalty")
    )
    form = Form(
        "extra",
        3,
        Text("表", "Form"),
        (rule,),
        ScoringModel("deduction", base=10.0, grade_a=9.0, grade_b=7.0),
    )
    assert Form.from_dict(form.to_dict()) == form
    assert form.to_dict()["scoring"] == {
        "method": "deduction",
        "base": 10.0,
        "deduction_per_finding": 0.5,
        "grade_a": 9.0,
        "grade_b": 7.0,
    }
