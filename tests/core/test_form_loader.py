"""Form files: strict validation with file:line messages, and the bundled forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.core.errors import ValidationError
from inspector_app.core.form_loader import (
    FormError,
    FormIssue,
    bundled_forms_dir,
    check_form_files,
    default_form,
    load_form,
    parse_form,
)
from inspector_app.core.forms import EvidenceRule, Form, ItemKind

DATA = Path(__file__).parent / "data"
MINIMAL = (DATA / "minimal.v1.yaml").read_text(encoding="utf-8")


def issues_of(text: str) -> list[str]:
    with pytest.raises(FormError) as caught:
        parse_form(text, "x.yaml")
    return [str(issue) for issue in caught.value.issues]


def broken(old: str, new: str) -> list[str]:
    assert old in MINIMAL, old
    return issues_of(MINIMAL.replace(old, new, 1))


def test_minimal_fixture_is_valid() -> None:
    form = parse_form(MINIMAL, "x.yaml")
    assert form.id == "minimal"
    assert form.version == 1
    assert form.item("R1.2").kind is ItemKind.CHOICE
    assert [choice.value for choice in form.item("R1.2").choices] == ["cash", "exempt"]
    assert form.item("R1.2").required is False
    assert form.item("R1.1").evidence is EvidenceRule.PHOTO_ALWAYS
    assert form.item("R1.1").points == 3.0


def test_issue_prints_as_file_line_message() -> None:
    issue = FormIssue("forms/x.yaml", 42, "item R3.2: unknown kind 'chek'")
    assert str(issue) == "forms/x.yaml:42: item R3.2: unknown kind 'chek'"
    assert str(FormIssue("form.json", 0, "missing key 'id'")) == "form.json: missing key 'id'"


def test_form_error_is_a_validation_error_listing_every_issue() -> None:
    with pytest.raises(FormError) as caught:
        parse_form(
            MINIMAL.replace("kind: check", "kind: chek").replace("points: 3", "points: -3"), "x"
        )
    assert isinstance(caught.value, ValidationError)
    assert len(caught.value.issues) == 2
    assert str(caught.value).splitlines() == [str(issue) for issue in caught.value.issues]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "kind: check",
            "kind: chek",
            "x.yaml:14: item R1.1: unknown kind 'chek' (expected check, number, text, choice)",
        ),
        (
            "evidence: photo_always",
            "evidence: photos",
            "x.yaml:19: item R1.1: unknown evidence 'photos' "
            "(expected none, photo_if_not_compliant, photo_always)",
        ),
        ("points: 3", "points: -1", "x.yaml:15: item R1.1: 'points' must not be negative, not -1"),
        (
            "points: 3",
            "points: three",
            "x.yaml:15: item R1.1: 'points' must be a number, not 'three'",
        ),
        ("points: 3", "points: .nan", "x.yaml:15: item R1.1: 'points' must be a number, not nan"),
        ("version: 1", "version: 0", "x.yaml:2: 'version' must be a positive whole number, not 0"),
        (
            "version: 1",
            "version: 1.5",
            "x.yaml:2: 'version' must be a positive whole number, not 1.5",
        ),
        (
            "version: 1",
            "version: '1'",
            "x.yaml:2: 'version' must be a positive whole number, not '1'",
        ),
        (
            "version: 1",
            "version: true",
            "x.yaml:2: 'version' must be a positive whole number, not True",
        ),
        (
            "id: R1.2",
            "id: R2.2",
            "x.yaml:20: item R2.2: item id 'R2.2' must start with its rule id, like 'R1.1'",
        ),
        (
            "id: R1.2",
            "id: R1.",
            "x.yaml:20: item R1.: item id 'R1.' must start with its rule id, like 'R1.1'",
        ),
        (
            "id: R1.2",
            "id: R1.1",
            "x.yaml:20: item R1.1: duplicate item id 'R1.1' (first at line 13)",
        ),
        ("id: R1\n", "id: 1R\n", "x.yaml:7: rule 1R: rule id '1R' must be like 'R1'"),
        (
            "id: minimal",
            "id: Minimal Form",
            "x.yaml:1: form id 'Minimal Form' may only hold lower-case letters, digits and '-'",
        ),
        (
            "number: 1",
            "number: -1",
            "x.yaml:8: rule R1: 'number' must be a positive whole number, not -1",
        ),
        (
            "        points: 3\n",
            "        points: 3\n        colour: red\n",
            "x.yaml:16: item R1.1: unknown key 'colour' (allowed: choices, critical, evidence, "
            "guidance, id, kind, legal_basis, points, prefill, record_only, required, text)",
        ),
        ("        evidence: photo_always\n", "", "x.yaml:13: item R1.1: missing key 'evidence'"),
        (
            "guidance: {zh: 查看, en: Look}",
            "guidance: {zh: 查看}",
            "x.yaml:17: item R1.1: 'guidance' needs en text",
        ),
        (
            "guidance: {zh: 查看, en: Look}",
            "guidance: {zh: '', en: Look}",
            "x.yaml:17: item R1.1: 'guidance' needs zh text",
        ),
        (
            "guidance: {zh: 查看, en: Look}",
            "guidance: Look",
            "x.yaml:17: item R1.1: 'guidance' must be a mapping, not 'Look'",
        ),
        (
            "title: {zh: 实名制管理, en: Real-name registration}",
            "title: {zh: 实名制管理, en: 7}",
            "x.yaml:9: rule R1: 'title' needs en text",
        ),
        (
            "title: {zh: 实名制管理, en: Real-name registration}",
            "title: {zh: 实名制管理, en: Real-name, fr: Nom}",
            "x.yaml:9: rule R1: unknown key 'fr' (allowed: en, zh)",
        ),
        (
            "required: false",
            "required: maybe",
            "x.yaml:27: item R1.2: 'required' must be true or false",
        ),
        (
            "method: weighted",
            "method: average",
            "x.yaml:5: scoring: unknown method 'average' (weighted or deduction)",
        ),
        (
            "method: weighted",
            "method: weighted\n  grade_a: 60\n  grade_b: 80",
            "x.yaml:4: scoring: grades must satisfy 0 <= grade_b <= grade_a <= base, "
            "with base above 0",
        ),
        ("scoring:\n  method: weighted\n", "", "x.yaml:1: missing key 'scoring'"),
        (
            "id: minimal\n",
            "id: minimal\nauthor: me\n",
            "x.yaml:2: unknown key 'author' (allowed: id, rules, scoring, title, version)",
        ),
        (
            "    items:\n",
            "    items: []\n    old_items:\n",
            "x.yaml:12: rule R1: 'items' must not be empty",
        ),
        (
            "kind: check",
            "kind: check\n        kind: number",
            "x.yaml:15: key 'kind' appears twice in one mapping",
        ),
    ],
)
def test_each_problem_is_reported_on_its_line(old: str, new: str, expected: str) -> None:
    assert expected in broken(old, new)


def test_choice_item_without_choices() -> None:
    text = MINIMAL.split("        choices:\n")[0]
    assert issues_of(text) == ["x.yaml:20: item R1.2: a choice item needs 'choices'"]


def test_choices_on_a_check_item_are_refused() -> None:
    issues = broken(
        "        evidence: photo_always\n",
        "        evidence: photo_always\n"
        "        choices:\n"
        "          - {value: a, label: {zh: 甲, en: A}}\n",
    )
    assert issues == ["x.yaml:20: item R1.1: only choice items may have 'choices'"]


def test_duplicate_choice_value() -> None:
    issues = broken("{value: exempt,", "{value: cash,")
    assert issues == ["x.yaml:30: item R1.2: duplicate choice value 'cash' (first at line 29)"]


def test_duplicate_rule_id_and_number() -> None:
    rule = MINIMAL.split("rules:\n")[1]
    second = rule.replace("R1.1", "R1.8").replace("R1.2", "R1.9")
    issues = issues_of(MINIMAL + second)
    assert issues == [
        "x.yaml:31: rule R1: duplicate rule id 'R1' (first at line 7)",
        "x.yaml:32: rule R1: duplicate rule number 1 (first at line 8)",
    ]


def test_several_problems_are_reported_at_once_in_line_order() -> None:
    text = (
        MINIMAL.replace("version: 1", "version: zero")
        .replace("kind: check", "kind: chek")
        .replace("guidance: {zh: 选择, en: Choose}", "guidance: {zh: 选择}")
        .replace("        kind: choice\n", "        kind: choice\n        kind: text\n")
    )
    assert issues_of(text) == [
        "x.yaml:2: 'version' must be a positive whole number, not 'zero'",
        "x.yaml:14: item R1.1: unknown kind 'chek' (expected check, number, text, choice)",
        "x.yaml:22: key 'kind' appears twice in one mapping",
        "x.yaml:25: item R1.2: 'guidance' needs en text",
    ]


def test_missing_keys_are_all_listed() -> None:
    issues = issues_of("id: bare\n")
    assert issues == [
        "x.yaml:1: missing key 'rules'",
        "x.yaml:1: missing key 'scoring'",
        "x.yaml:1: missing key 'title'",
        "x.yaml:1: missing key 'version'",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "x.yaml:1: the file is empty"),
        ("- a\n- b\n", "x.yaml:1: a form must be a mapping, not a list"),
        ("id: x\nrules: [\n", "x.yaml:3: YAML syntax error: expected the node content"),
        ("a: &x [*x]\n", "x.yaml:1: an alias refers to itself"),
        ("id: x\n? [a, b]\n: c\n", "x.yaml:2: a key must be plain text, not list"),
        ("id: x\n? {a: b}\n: c\n", "x.yaml:2: a key must be plain text, not dict"),
    ],
)
def test_odd_documents(text: str, expected: str) -> None:
    issues = issues_of(text)
    assert any(issue.startswith(expected) for issue in issues), issues


def test_yaml_syntax_error_names_its_line() -> None:
    issues = broken(
        "title: {zh: 最小表单, en: Minimal form}", "title: {zh: 最小表单, en: Minimal form"
    )
    assert issues == [
        "x.yaml:4: YAML syntax error: expected ',' or '}', but got ':' "
        "(while parsing a flow mapping that starts on line 3)"
    ]


def test_tab_indentation_is_a_syntax_error_on_its_line() -> None:
    issues = broken("        points: 3\n", "\tpoints: 3\n")
    assert issues == [
        "x.yaml:15: YAML syntax error: found character '\\t' that cannot start any token"
    ]


def test_a_date_where_text_belongs() -> None:
    issues = broken("id: minimal", "id: 2020-05-01")
    assert issues == ["x.yaml:1: 'id' must be text, not datetime.date(2020, 5, 1)"]


def test_load_form_reads_utf8_files(tmp_path: Path) -> None:
    assert load_form(DATA / "minimal.v1.yaml") == parse_form(MINIMAL, "x.yaml")


def test_load_form_refuses_other_encodings(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes(MINIMAL.encode("gbk"))
    with pytest.raises(FormError) as caught:
        load_form(path)
    (issue,) = caught.value.issues
    assert issue.source == str(path)
    assert issue.line == 3
    assert "not UTF-8" in issue.message


def test_load_form_reports_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FormError, match=r"missing\.yaml: cannot read the file"):
        load_form(tmp_path / "missing.yaml")
    with pytest.raises(FormError, match="cannot read the file: Is a directory"):
        load_form(tmp_path)


def test_check_form_files_collects_issues_of_every_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("kind: check", "kind: chek"), encoding="utf-8")
    worse = tmp_path / "worse.yaml"
    worse.write_text("id: [", encoding="utf-8")
    issues = check_form_files([DATA / "minimal.v1.yaml", bad, worse])
    assert [(issue.source, issue.line) for issue in issues] == [(str(bad), 14), (str(worse), 1)]
    assert check_form_files([DATA / "minimal.v1.yaml"]) == []


def test_check_form_files_compares_file_name_with_id_and_version(tmp_path: Path) -> None:
    copy = tmp_path / "minimal.v2.yaml"
    copy.write_text(MINIMAL, encoding="utf-8")
    assert [str(issue) for issue in check_form_files([copy])] == [
        f"{copy}:1: the file name says form 'minimal' version 2, "
        "but the file holds form 'minimal' version 1"
    ]
    copy.write_text(MINIMAL.replace("version: 1", "version: 2"), encoding="utf-8")
    assert check_form_files([copy]) == []


def test_from_dict_validates_with_the_same_rules() -> None:
    data = parse_form(MINIMAL, "x.yaml").to_dict()
    data["rules"][0]["items"][0]["kind"] = "chek"
    del data["rules"][0]["items"][1]["choices"]
    with pytest.raises(FormError) as caught:
        Form.from_dict(data)
    assert [str(issue) for issue in caught.value.issues] == [
        "form data: item R1.1: unknown kind 'chek' (expected check, number, text, choice)",
        "form data: item R1.2: a choice item needs 'choices'",
    ]


def test_from_dict_refuses_what_is_not_a_form() -> None:
    with pytest.raises(FormError, match="a form must be a mapping, not nothing"):
        Form.from_dict(None)


# -- the bundled forms ----------------------------------------------------------------


def test_bundled_forms_dir_is_the_top_level_forms_folder() -> None:
    assert bundled_forms_dir() == Path(__file__).resolve().parents[2] / "forms"
    assert (bundled_forms_dir() / "eight-rules.v1.yaml").is_file()


def test_every_bundled_form_file_is_valid() -> None:
    files = sorted(bundled_forms_dir().glob("*.yaml"))
    assert files
    assert check_form_files(files) == []


def test_bundled_file_names_match_form_id_and_version() -> None:
    for path in bundled_forms_dir().glob("*.yaml"):
        form = load_form(path)
        assert path.name == f"{form.id}.v{form.version}.yaml"


def test_default_form_is_cached() -> None:
    assert default_form() is default_form()


def test_the_example_in_forms_readme_is_valid() -> None:
    readme = (bundled_forms_dir() / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Example\n\n```yaml\n")[1].split("```")[0]
    form = parse_form(example, "README.md")
    assert [item.id for item in form.items()] == ["R1.1", "R1.2"]
