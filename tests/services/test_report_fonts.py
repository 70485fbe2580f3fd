"""Font choice for reports: embed a TrueType CJK font, or say plainly that the font is not."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.services.report import fonts
from inspector_app.services.report.render import render_report
from tests.report_factory import SITE_NAME, make_report_data

# The glyphs the test font has: the font-check probe characters, the site name and ASCII.
GLYPH_TEXT = "检查工资第页共" + SITE_NAME + "".join(chr(c) for c in range(0x21, 0x7F))


def build_truetype_font(path: Path, text: str = GLYPH_TEXT, family: str = "MiniCJK") -> Path:
    """A tiny TrueType ('glyf' outlines) font: one square per character."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = sorted(set(text))
    names = [".notdef", *(f"uni{ord(c):04X}" for c in chars)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 700))
        pen.lineTo((800, 700))
        pen.lineTo((800, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


def pdffonts(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return done.stdout


def test_preferred_truetype_font_is_chosen_and_embedded(tmp_path: Path) -> None:
    font = build_truetype_font(tmp_path / "mini.ttf")

    choice = fonts.find_cjk_font(font)
    report = render_report(make_report_data(tmp_path, photos=0), font_path=font)

    assert choice.path == font and choice.embedded
    assert report.font_embedded and report.font_name == choice.name
    listing = pdffonts(report.pdf, tmp_path)
    mini = [line for line in listing.splitlines() if "MiniCJK" in line]
    assert mini and all(line.split()[-5] == "yes" for line in mini)  # the 'emb' column


def test_font_without_cjk_glyphs_is_passed_over(tmp_path: Path) -> None:
    latin_only = build_truetype_font(tmp_path / "latin.ttf", text="abc", family="Latin")

    assert fonts.truetype_cjk_index(latin_only) is None
    assert fonts.find_cjk_font(latin_only).path != latin_only


def test_cff_or_broken_fonts_are_not_truetype(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00not really a font")

    assert fonts.truetype_cjk_index(broken) is None


def test_system_wenquanyi_collection_is_found() -> None:
    choice = fonts.find_cjk_font()

    assert choice.embedded and choice.path is not None, "fonts-wqy-* is installed here"
    assert fonts.truetype_cjk_index(choice.path) == choice.subfont_index


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine appears to have no CJK TrueType font; the lookup cache is reset around."""
    monkeypatch.setattr(fonts, "_fontconfig_candidates", list)
    monkeypatch.setattr(fonts, "_windows_candidates", list)
    fonts.system_cjk_font.cache_clear()
    yield
    fonts.system_cjk_font.cache_clear()


@pytest.mark.usefixtures("no_system_fonts")
def test_without_a_truetype_cjk_font_the_report_says_not_embedded(tmp_path: Path) -> None:

    report = render_report(make_report_data(tmp_path, photos=0))

    assert not report.font_embedded and report.font_name == "STSong-Light"
    listing = pdffonts(report.pdf, tmp_path)
    song = [line for line in listing.splitlines() if line.startswith("STSong-Light")]
    assert song and all(line.split()[-5] == "no" for line in song)
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=report.pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "未嵌入" in text
