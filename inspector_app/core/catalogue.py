"""The app's translations read without Qt, for the wording services print (reports, orders,
evidence flags): the same Qt Linguist file translators edit, inspector_zh_CN.ts, shipped
with the app. English is the source language, so English text is the source itself.

Texts are marked where they are written, QT_TRANSLATE_NOOP("report", "Place", "photo")
(core.messages), so pyside6-lupdate puts them in the .ts file; scripts/translations.py
--check fails when one has no Chinese translation.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET

from inspector_app.core.messages import Source
from inspector_app.core.resources import translations_dir

ENGLISH = "en"
CHINESE = "zh_CN"
_NUMERALS = "零一二三四五六七八九"


def catalogue_language(language: str) -> str:
    """ "zh", "zh_CN", "zh-Hans" -> "zh_CN"; anything else is English."""
    return CHINESE if language.lower().startswith("zh") else ENGLISH


@functools.cache
def translations(language: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> finished translation, from the shipped .ts."""
    if language == ENGLISH:
        return {}
    path = translations_dir() / f"inspector_{language}.ts"
    if not path.is_file():
        raise FileNotFoundError(f"the {language} translations are missing: {path}")
    table = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            table[key] = translation.text
    return table


class Catalogue:
    """Marked texts in one language: `Catalogue("zh").text(source)`."""

    def __init__(self, language: str) -> None:
        self.language = catalogue_language(language)

    def text(self, source: Source) -> str:
        """The translation of a marked text, the English source when it has none."""
        key = (source.context, str(source), source.disambiguation)
        return translations(self.language).get(key, str(source))


class Numeral(int):
    """A number a translation writes in digits, or in Chinese numerals as "{number:cn}"."""

    def __format__(self, spec: str) -> str:
        return chinese_number(int(self)) if spec == "cn" else format(int(self), spec)


def chinese_number(number: int) -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一 (up to 99; larger numbers in digits)."""
    if not 0 < number < 100:
        return str(number)
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else f"{_NUMERALS[tens]}十")
    return head + (_NUMERALS[ones] if ones else "")
