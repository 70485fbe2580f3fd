"""Where the app's shipped data files are: forms, translations, fonts, icons.

In a source checkout they live at the top of the repository (forms/, resources/), the layout
contract. A wheel or a frozen build carries copies inside the package, under
`inspector_app/_data/`, found through importlib.resources; that copy wins when present.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

PACKAGE = "inspector_app"
SHIPPED = "_data"
# name inside _data/ -> path below the repository root
_SOURCE_LAYOUT = {
    "forms": Path("forms"),
    "translations": Path("resources") / "translations",
    "fonts": Path("resources") / "fonts",
    "icons": Path("resources") / "icons",
}


@functools.cache
def data_dir(name: str) -> Path:
    """The folder of shipped data `name` (one of forms, translations, fonts, icons)."""
    if name not in _SOURCE_LAYOUT:
        raise KeyError(name)
    shipped = Path(str(resources.files(PACKAGE).joinpath(SHIPPED, name)))
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / _SOURCE_LAYOUT[name]


def forms_dir() -> Path:
    return data_dir("forms")


def translations_dir() -> Path:
    return data_dir("translations")


def fonts_dir() -> Path:
    return data_dir("fonts")


def icons_dir() -> Path:
    return data_dir("icons")


def shipped_font() -> Path:
    """The Chinese TrueType font shipped with the app (resources/fonts/README.md)."""
    return fonts_dir() / "wqy-microhei.ttc"
