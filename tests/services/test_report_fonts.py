"""The report's font: the one chosen in preferences, else the system's, else the shipped one,
always embedded (as a subset), on any machine."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core.errors import InspectorError
from inspector_app.core.resources import shipped_font
from inspector_app.services.reporting import fonts
from inspector_app.services.reporting.render import render_report
from tests.external import output, require
from tests.report_factory import RULES_EN, RULES_ZH, SITE_NAME, make_report_data

REPOSITORY = Path(__file__).resolve().parents[2]
# A subset font's name starts with six capitals and a plus (PDF 32000-1, 9.6.4).
SUBSET_TAG = re.compile(r"[A-Z]{6}\+")
SHIPPED = shipped_font()
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


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """pdffonts' rows: the font's name and its 'emb' and 'sub' columns."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = output("pdffonts", str(path)).splitlines()[2:]
    # The type may hold spaces ("CID Type 0"): read the flags from the end of the line.
    rows = []
    for line in lines:
        name, *_, emb, sub, _uni, _object, _generation = line.split()
        rows.append({"name": name, "emb": emb, "sub": sub})
    return rows


def pdf_text(pdf: bytes) -> str:
    return output("pdftotext", "-", "-", stdin=pdf)


def fontconfig_and_windows_view(root: Path, *font_files: Path) -> dict[str, str]:
    """Environment under which both system lookups see only `font_files`.

    fontconfig reads a generated fonts.conf listing one folder (with no <dir> at all when
    there are no fonts); the Windows lookup reads %WINDIR%\\Fonts, pointed at that folder.
    """
    folder = root / "Fonts"
    folder.mkdir(parents=True, exist_ok=True)
    for file in font_files:
        # The Windows lookup knows fonts by file name: offer each one as Microsoft YaHei.
        shutil.copyfile(file, folder / "msyh.ttc")
    dirs = f"<dir>{folder}</dir>" if font_files else ""
    config = root / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?>\n<fontconfig>{dirs}<cachedir>{root / "cache"}</cachedir>'
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(config), "WINDIR": str(root)}


@pytest.fixture
def reset_system_font() -> Iterator[None]:
    """The system lookup is cached per process: forget it around a test that changes it."""
    fonts.system_cjk_font.cache_clear()
    yield
    fonts.system_cjk_font.cache_clear()


# A fresh process renders both languages with only the environment's fonts, and says which
# font file it found and which font each report used.
_RENDER_SCRIPT = """
import json, sys
from pathlib import Path
from inspector_app.services.reporting.fonts import find_cjk_font
from inspector_app.services.reporting.render import render_report
from tests.report_factory import make_report_data

out = Path(sys.argv[1])
found = find_cjk_font()
used = {"file": str(found.path), "name": found.name}
for language in ("zh", "en"):
    report = render_report(make_report_data(out, photos=0, language=language))
    (out / f"{language}.pdf").write_bytes(report.pdf)
    used[language] = report.font_name
print(json.dumps(used))
"""


def test_on_a_machine_without_cjk_fonts_the_report_embeds_the_shipped_font(
    tmp_path: Path,
) -> None:
    env = {**os.environ, **fontconfig_and_windows_view(tmp_path / "no-fonts")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPOSITORY), env.get("PYTHONPATH")]))
    if shutil.which("fc-list"):  # without fontconfig there is nothing to hide
        assert output("fc-list", env=env).strip() == "", "fontconfig still sees fonts"
    done = subprocess.run(
        [sys.executable, "-c", _RENDER_SCRIPT, str(tmp_path)],
        env=env,
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    used = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(used["file"]) == SHIPPED
    assert used["zh"] == used["en"] == used["name"]
    for language, rule_title in (("zh", RULES_ZH[0][0]), ("en", RULES_EN[0][0])):
        pdf = (tmp_path / f"{language}.pdf").read_bytes()
        rows = pdf_fonts(pdf, tmp_path)
        assert rows and all(row["emb"] == "yes" and row["sub"] == "yes" for row in rows), rows
        assert all(SUBSET_TAG.match(row["name"]) for row in rows), rows
        text = pdf_text(pdf)
        assert SITE_NAME in text and rule_title in text


@pytest.fixture
def system_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reset_system_font: None) -> Path:
    """This process's system lookups see one CJK font: a copy of the shipped one."""
    if sys.platform != "win32":
        require("fc-list")  # the lookup outside Windows
    view = fontconfig_and_windows_view(tmp_path / "system", SHIPPED)
    for name, value in view.items():
        monkeypatch.setenv(name, value)
    return tmp_path / "system" / "Fonts" / "msyh.ttc"


def test_the_system_font_is_used_when_present(tmp_path: Path, system_view: Path) -> None:
    choice = fonts.find_cjk_font()
    report = render_report(make_report_data(tmp_path, photos=0))

    assert choice.path == system_view
    assert choice.subfont_index == 0  # "WenQuanYi Micro Hei", not its Mono face
    assert report.font_name == choice.name
    rows = pdf_fonts(report.pdf, tmp_path)
    assert rows and all(row["emb"] == "yes" for row in rows), rows


def test_the_font_chosen_in_preferences_wins(tmp_path: Path, system_view: Path) -> None:
    preferred = build_truetype_font(tmp_path / "mini.ttf")

    choices = list(fonts.font_choices(preferred))
    report = render_report(make_report_data(tmp_path, photos=0), font_path=preferred)

    assert [choice.path for choice in choices] == [preferred, system_view, SHIPPED]
    assert report.font_name == choices[0].name
    rows = pdf_fonts(report.pdf, tmp_path)
    assert rows and all("MiniCJK" in row["name"] and row["emb"] == "yes" for row in rows), rows


def test_font_without_cjk_glyphs_is_passed_over(tmp_path: Path) -> None:
    latin_only = build_truetype_font(tmp_path / "latin.ttf", text="abc", family="Latin")

    assert fonts.truetype_cjk_index(latin_only) is None
    assert fonts.find_cjk_font(latin_only).path != latin_only


def test_cff_or_broken_fonts_are_not_truetype(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00not really a font")

    assert fonts.truetype_cjk_index(broken) is None


def test_a_font_reportlab_rejects_gives_way_to_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preferred = build_truetype_font(tmp_path / "rejected.ttf")
    register = fonts.register_font

    def picky(choice: fonts.FontChoice) -> str:
        if choice.path == preferred:
            raise ValueError("reportlab: unsupported font")
        return register(choice)

    monkeypatch.setattr(fonts, "register_font", picky)

    choice = fonts.registered_cjk_font(preferred)

    assert choice.path != preferred
    assert choice == fonts.find_cjk_font()


@pytest.mark.usefixtures("reset_system_font")
def test_without_any_usable_font_the_error_says_to_reinstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in fontconfig_and_windows_view(tmp_path / "none").items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(fonts, "shipped_font", lambda: tmp_path / "damaged-install" / "x.ttc")

    with pytest.raises(InspectorError, match="missing or damaged; install the app again"):
        render_report(make_report_data(tmp_path, photos=0))


def test_the_shipped_font_is_truetype_covers_gb2312_and_carries_its_licence() -> None:
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(SHIPPED), lazy=True)
    font = collection.fonts[0]
    cmap = font.getBestCmap()

    assert "glyf" in font and "CFF " not in font  # reportlab embeds TrueType outlines only
    hanzi = gb2312_hanzi()
    assert len(hanzi) == 6763 and all(ord(char) in cmap for char in hanzi)
    assert all(ord(char) in cmap for char in "，。：；（）、“”《》￥")
    assert fonts.truetype_cjk_index(SHIPPED) == 0
    collection.close()
    readme = (SHIPPED.parent / "README.md").read_text(encoding="utf-8")
    assert "Apache" in readme and "0.2.0-beta" in readme
    assert "Apache License" in (SHIPPED.parent / "LICENSE-Apache-2.0.txt").read_text()
    assert "WenQuanYi" in (SHIPPED.parent / "wqy-microhei.copyright").read_text()


def gb2312_hanzi() -> list[str]:
    """The 6,763 hanzi of GB 2312 (rows 16-87 of the code table)."""
    chars = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:  # the unassigned end of row 55
                continue
    return chars
