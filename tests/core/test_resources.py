"""core.resources: the repository's forms/ and resources/ in a checkout, the package's _data/
copy in a wheel or frozen build."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from pathlib import Path

import pytest

from inspector_app.core import resources

REPO = Path(__file__).resolve().parents[2]
NAMES = ("forms", "translations", "fonts", "icons")


@pytest.fixture(autouse=True)
def fresh_lookup() -> Iterator[None]:
    """data_dir() caches its answer; each test looks again and leaves no answer behind."""
    resources.data_dir.cache_clear()
    yield
    resources.data_dir.cache_clear()


@pytest.fixture
def installed_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed inspector_app whose wheel carried forms and icons in _data/."""
    package = tmp_path / "site-packages" / "inspector_app"
    (package / "_data" / "forms").mkdir(parents=True)
    (package / "_data" / "icons").mkdir()
    monkeypatch.setattr(importlib.resources, "files", lambda name: package)
    return package


def test_a_checkout_uses_the_top_level_folders() -> None:
    assert not (REPO / "inspector_app" / "_data").exists()  # copies are never committed
    assert resources.forms_dir() == REPO / "forms"
    assert resources.translations_dir() == REPO / "resources" / "translations"
    assert resources.fonts_dir() == REPO / "resources" / "fonts"
    assert resources.icons_dir() == REPO / "resources" / "icons"
    assert (resources.forms_dir() / "eight-rules.v1.yaml").is_file()
    assert (resources.translations_dir() / "inspector_zh_CN.qm").is_file()
    assert (resources.icons_dir() / "app.svg").is_file()


def test_the_package_copy_wins_where_there_is_one(installed_package: Path) -> None:
    assert resources.forms_dir() == installed_package / "_data" / "forms"
    assert resources.icons_dir() == installed_package / "_data" / "icons"
    # Not carried in this package: the repository's folder, as in an editable install.
    assert resources.translations_dir() == REPO / "resources" / "translations"


def test_every_name_has_a_folder_and_an_unknown_name_is_refused() -> None:
    assert {resources.data_dir(name).name for name in NAMES} == set(NAMES)
    with pytest.raises(KeyError):
        resources.data_dir("photos")
