"""The wording services print comes from the Qt Linguist catalogue, per language: the core
and the report texts hold English sources only, never a Chinese branch of their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core import catalogue
from inspector_app.core.catalogue import Catalogue, catalogue_language
from inspector_app.core.evidence_flags import _WORDING, EvidenceFlag, describe_flag
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Source
from inspector_app.services.reporting.order_strings import _TEXTS, OrderTexts
from inspector_app.services.reporting.strings import _LABELS, Labels

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>evidence</name>
    <message>
        <source>the photo has no capture time</source>
        <translation>译者改过的说法</translation>
    </message>
    <message>
        <source>also used as evidence in another inspection</source>
        <translation type="unfinished">未完成的译文</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def edited_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "inspector_zh_CN.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(catalogue, "translations_dir", lambda: tmp_path)
    catalogue.translations.cache_clear()
    yield tmp_path
    catalogue.translations.cache_clear()


def test_evidence_flag_wording_follows_the_catalogue(edited_catalogue: Path) -> None:
    assert describe_flag(EvidenceFlag.NO_CAPTURE_TIME, "zh_CN") == "译者改过的说法"
    # An unfinished translation is not used: the English source shows instead.
    recycled = describe_flag(EvidenceFlag.RECYCLED, "zh")
    assert recycled == "also used as evidence in another inspection"
    assert describe_flag(EvidenceFlag.NO_CAPTURE_TIME, "en") == "the photo has no capture time"


def test_a_missing_chinese_catalogue_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue, "translations_dir", lambda: tmp_path)
    catalogue.translations.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="zh_CN translations are missing"):
            Catalogue("zh").text(QT_TRANSLATE_NOOP("evidence", "the photo has no capture time"))
        # English needs no file: it is the source language.
        assert Catalogue("en").text(QT_TRANSLATE_NOOP("evidence", "x")) == "x"
    finally:
        catalogue.translations.cache_clear()


def test_languages_map_onto_the_catalogues() -> None:
    assert [catalogue_language(x) for x in ("zh", "zh_CN", "zh-Hans", "en", "fr")] == [
        "zh_CN",
        "zh_CN",
        "zh_CN",
        "en",
        "en",
    ]


def test_the_same_english_word_keeps_its_meanings_apart() -> None:
    chinese, english = Labels("zh"), Labels("en")
    assert (chinese["place"], chinese["gps"]) == ("检查地点", "拍摄地点")
    assert (english["place"], english["gps"]) == ("Place", "Place")
    assert (chinese["party_name"], chinese["name"]) == ("单位名称", "姓名")


def test_formats_come_from_the_catalogue_too() -> None:
    import datetime as dt

    day = dt.date(2026, 9, 3)
    assert (Labels("zh").date(day), Labels("en").date(day)) == ("2026年9月3日", "2026-09-03")
    assert (Labels("zh").aside("注"), Labels("en").aside("note")) == ("（注）", " (note)")
    assert (OrderTexts("zh").ordinal(21), OrderTexts("en").ordinal(21)) == ("二十一、", "21. ")


@pytest.mark.parametrize(
    "sources",
    [list(_LABELS.values()), list(_TEXTS.values()), list(_WORDING.values())],
    ids=["report", "order", "evidence"],
)
def test_every_marked_report_text_has_its_chinese(sources: list[Source]) -> None:
    chinese = Catalogue("zh")
    # A blank line for a handwritten entry reads the same in both languages.
    untranslated = [s for s in sources if chinese.text(s) == s and set(s) != {"_"}]
    assert not untranslated
