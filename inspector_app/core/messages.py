"""Messages for people that remember their English template, so the ui can translate them.

Services and the core speak English (the command line prints it as it is); a message built
with `msg` is still an ordinary str, but it carries its template and parameters, and the
ui looks the template up in Qt's translations (context "service") and fills it again.
Templates use str.format fields and are marked for pyside6-lupdate, which finds the marker
by its name (so always call it QT_TRANSLATE_NOOP, with the literal context "service"):

    msg(QT_TRANSLATE_NOOP("service", "'{value}' is not a date (YYYY-MM-DD)."), value=text)

`scripts/translations.py --check` fails on a msg() whose template is not marked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SERVICE_CONTEXT = "service"


class Source(str):
    """An English source text that knows its catalogue context (and disambiguation)."""

    context: str
    disambiguation: str


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str = "") -> Source:
    """Mark `text` for pyside6-lupdate in `context` (Qt's name, so lupdate finds it). The
    text comes back unchanged, remembering its context: it is translated when shown (the
    ui through Qt, the services through core.catalogue)."""
    source = Source(text)
    source.context = context
    source.disambiguation = disambiguation
    return source


class Message(str):
    """An English message with the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        text = template.format(**params) if params else template
        message = super().__new__(cls, text)
        message.template = template
        message.params = params
        return message

    def render(self, translate: Callable[[str], str]) -> str:
        """The message with its template (and any message parameters) translated."""
        params = {
            key: value.render(translate) if isinstance(value, Message) else value
            for key, value in self.params.items()
        }
        try:
            return translate(self.template).format(**params) if params else translate(self.template)
        except (KeyError, IndexError, ValueError):
            # A translation that lost a field must not hide the message: show English.
            return self.template.format(**params) if params else self.template


def msg(template: str, **params: Any) -> Message:
    """Mark an English message for translation; see the module docstring."""
    return Message(template, **params)


def joined(separator: str, parts: list[Message] | list[str]) -> Message:
    """Several messages as one, each part still translatable."""
    fields = {f"p{number}": part for number, part in enumerate(parts)}
    template = separator.join("{" + name + "}" for name in fields)
    return _Joined(template, **fields)


class _Joined(Message):
    # The joining template is structural, not words: it is never looked up.
    def render(self, translate: Callable[[str], str]) -> str:
        return super().render(lambda text: text if text == self.template else translate(text))
