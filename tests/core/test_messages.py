"""Translatable messages: plain English strings that can be rendered in another language."""

from __future__ import annotations

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import Message, joined, msg

ZH = {
    "'{value}' is not a date (YYYY-MM-DD).": "“{value}”不是日期（年-月-日）。",
    "Cannot sign yet:\n{problems}": "还不能签名：\n{problems}",
    "{item}: not answered": "{item}：未作答",
    "{item}: a photo is required": "{item}：须拍照取证",
    "Broken: {missing}": "坏的：{nothing}",
}


def to_chinese(text: str) -> str:
    return ZH.get(text, text)


def test_a_message_is_its_english_text() -> None:
    message = msg("'{value}' is not a date (YYYY-MM-DD).", value="2026-13-01")
    assert message == "'2026-13-01' is not a date (YYYY-MM-DD)."
    assert isinstance(message, str) and isinstance(message, Message)
    assert str(ValidationError(message)) == message


def test_rendered_in_chinese_with_its_parameters() -> None:
    message = msg("'{value}' is not a date (YYYY-MM-DD).", value="2026-13-01")
    assert message.render(to_chinese) == "“2026-13-01”不是日期（年-月-日）。"


def test_nested_and_joined_messages_are_translated_part_by_part() -> None:
    problems = joined(
        "\n",
        [msg("{item}: not answered", item="R1.1"), msg("{item}: a photo is required", item="R6.1")],
    )
    message = msg("Cannot sign yet:\n{problems}", problems=problems)
    assert message == "Cannot sign yet:\nR1.1: not answered\nR6.1: a photo is required"
    assert message.render(to_chinese) == "还不能签名：\nR1.1：未作答\nR6.1：须拍照取证"


def test_a_broken_translation_falls_back_to_english() -> None:
    message = msg("Broken: {missing}", missing="x")
    assert message.render(to_chinese) == "Broken: x"


def test_untranslated_templates_and_braces_in_values_stay_intact() -> None:
    message = msg("Cannot read {path}.", path="/tmp/{odd}.zip")
    assert message.render(to_chinese) == "Cannot read /tmp/{odd}.zip."
