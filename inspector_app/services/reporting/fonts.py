"""The TrueType CJK font a report embeds: the one chosen in preferences, the system's, or ours.

Every report embeds (a subset of) its font, so it reads the same on any machine. The app
ships WenQuanYi Micro Hei (resources/fonts/) as the last resort; see the README there.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.core.errors import InspectorError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.resources import shipped_font

# Characters every report prints; a font lacking them is no use.
_PROBE_CHARS = "检查工资第页"
_WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf")
_FONTCONFIG_FAMILIES = (
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans SC",
    "Droid Sans Fallback",
)


@dataclass(frozen=True)
class FontChoice:
    """A TrueType font file, and the subfont within a collection, that a report embeds."""

    path: Path
    name: str
    subfont_index: int = 0


def truetype_cjk_index(path: Path) -> int | None:
    """The first subfont of `path` with TrueType outlines and CJK glyphs, else None."""
    return _truetype_cjk_index(str(Path(path).resolve()))


@functools.lru_cache(maxsize=16)
def _truetype_cjk_index(path: str) -> int | None:
    from fontTools.ttLib import TTCollection, TTFont, TTLibError

    try:
        # Parsed from memory: fontTools leaves the file open when a font is malformed.
        data = io.BytesIO(Path(path).read_bytes())
        is_collection = data.getvalue()[:4] == b"ttcf"
        opened = TTCollection(data, lazy=True) if is_collection else TTFont(data, lazy=True)
    except (OSError, TTLibError, AssertionError, ValueError, struct.error):
        return None
    try:
        fonts = opened.fonts if isinstance(opened, TTCollection) else [opened]
        return next((i for i, font in enumerate(fonts) if _usable(font)), None)
    except (TTLibError, AssertionError, ValueError, KeyError):
        return None
    finally:
        opened.close()


def _usable(font: Any) -> bool:
    # reportlab embeds only 'glyf' (TrueType) outlines, not CFF.
    if "glyf" not in font:
        return False
    cmap = font.getBestCmap() or {}
    return all(ord(char) in cmap for char in _PROBE_CHARS)


def _windows_candidates() -> list[tuple[Path, int | None]]:
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [(fonts / name, None) for name in _WINDOWS_FONTS]


def _fontconfig_candidates() -> list[tuple[Path, int | None]]:
    """fontconfig's Chinese TrueType fonts, the preferred families first.

    fontconfig has already checked the language coverage and the outline format, so these
    skip the slower fontTools check (the index is the subfont within a .ttc).
    """
    if shutil.which("fc-list") is None:
        return []
    listing = _run(["fc-list", ":lang=zh:fontformat=TrueType", "file", "index", "family"])
    found: list[tuple[int, Path, int]] = []
    for line in listing.splitlines():
        file, _, rest = line.partition(": ")
        index_text = rest.partition(":index=")[2].split(":")[0]
        # Exact names: "WenQuanYi Micro Hei" must not pick "WenQuanYi Micro Hei Mono".
        families = rest.partition(":")[0].split(",")
        rank = next((n for n, f in enumerate(_FONTCONFIG_FAMILIES) if f in families), 99)
        found.append((rank, Path(file), int(index_text) if index_text.isdigit() else 0))
    found.sort(key=lambda item: (item[0], str(item[1]), item[2]))
    return [(path, index) for _, path, index in found]


def _run(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def _choice(path: Path, index: int) -> FontChoice:
    # The path's hash keeps two files with the same name apart in reportlab's registry.
    tag = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
    name = f"CJK-{path.stem}-{index}-{tag}"
    return FontChoice(path=path, name=name, subfont_index=index)


@functools.lru_cache(maxsize=1)
def system_cjk_font() -> FontChoice | None:
    """The system's CJK TrueType font, looked up once per process."""
    candidates = _windows_candidates() if sys.platform == "win32" else _fontconfig_candidates()
    for path, known_index in candidates:
        if not path.is_file():
            continue
        index = truetype_cjk_index(path) if known_index is None else known_index
        if index is not None:
            return _choice(path, index)
    return None


def shipped_cjk_font() -> FontChoice:
    """The font shipped with the app; its absence means a damaged installation."""
    path = shipped_font()
    index = truetype_cjk_index(path) if path.is_file() else None
    if index is None:
        raise _damaged(path)
    return _choice(path, index)


def _damaged(path: Path) -> InspectorError:
    return InspectorError(
        msg(
            QT_TRANSLATE_NOOP(
                "service", "The report font {path} is missing or damaged; install the app again."
            ),
            path=path,
        ),
        code="font_missing",
    )


def font_choices(preferred: Path | None = None) -> Iterator[FontChoice]:
    """The usable fonts, best first: the preferred one, the system's, the shipped one."""
    if preferred is not None and Path(preferred).is_file():
        index = truetype_cjk_index(Path(preferred))
        if index is not None:
            yield _choice(Path(preferred), index)
    system = system_cjk_font()
    if system is not None:
        yield system
    yield shipped_cjk_font()


def find_cjk_font(preferred: Path | None = None) -> FontChoice:
    """The best usable font: the preferred one, else the system's, else the shipped one."""
    return next(font_choices(preferred))


def registered_cjk_font(preferred: Path | None = None) -> FontChoice:
    """The best font that reportlab accepts, registered with it."""
    rejected = shipped_font()
    for choice in font_choices(preferred):
        try:
            register_font(choice)
        except Exception:  # reportlab rejects some fonts fontTools accepts: try the next one
            rejected = choice.path
            continue
        return choice
    raise _damaged(rejected)  # only when reportlab rejects even the shipped font


def register_font(choice: FontChoice) -> str:
    """Make the font known to reportlab (once per process) and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if choice.name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(choice.name, str(choice.path), subfontIndex=choice.subfont_index)
        pdfmetrics.registerFont(font)
    return choice.name
