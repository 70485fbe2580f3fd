"""Fixtures for the GUI tests: a data folder with a context, isolated settings, a main window."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector_app.core.paths import DataDir
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.directory.inspectors import add_inspector
from inspector_app.services.directory.sites import create_site
from inspector_app.services.inspection.lifecycle import start_inspection
from inspector_app.ui.common.plain_text import install_plain_text_policy
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences
from tests.ui.gui_thread_guard import guarded


@pytest.fixture(autouse=True)
def gui_thread_off_the_database_and_disk() -> Iterator[None]:
    """Fails a test whose GUI thread read or wrote the database or the disk from ui code."""
    with guarded() as guard:
        yield
    hits = list(dict.fromkeys(guard.hits))
    if hits:
        pytest.fail("the GUI thread touched the database or the disk:\n" + "\n".join(hits[:20]))


@pytest.fixture(autouse=True)
def plain_text_labels(qapp: QApplication) -> None:
    """The app's policy (ui/common/plain_text.py), as make_application installs it."""
    install_plain_text_policy(qapp)


@pytest.fixture(autouse=True)
def isolated_default_settings(tmp_path: Path) -> None:
    """Code that builds QSettings() itself writes under the test's folder, not the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture
def ctx(data_dir: DataDir) -> Iterator[AppContext]:
    context = open_context(data_dir.root)
    yield context
    context.close()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "zh_CN")
    return Preferences(settings)


@pytest.fixture
def inspection_id(ctx: AppContext) -> int:
    """A draft inspection of a site by two inspectors, with one representative."""
    from inspector_app.services.inspection.lifecycle import RepresentativeInput

    me = add_inspector(ctx, "王检查", "区劳动保障监察大队", "A001", is_self=True)
    colleague = add_inspector(ctx, "李监察", "区劳动保障监察大队", "A002")
    site = create_site(ctx, "测试项目", contractor="某建设集团")
    return start_inspection(ctx, site, [me, colleague], [RepresentativeInput("张项目经理")])


@pytest.fixture
def make_window(
    qtbot: QtBot, ctx: AppContext, preferences: Preferences
) -> Iterator[Callable[[], MainWindow]]:
    """Builds main windows on the shared context; drains their background work at teardown."""
    windows: list[MainWindow] = []

    def build() -> MainWindow:
        window = MainWindow(ctx, preferences)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.runner.drain()
        windows.append(window)
        return window

    yield build
    for window in windows:
        with contextlib.suppress(RuntimeError):  # already deleted by the test
            window.runner.shutdown()


@pytest.fixture
def demo_window(
    qtbot: QtBot, demo_ctx: AppContext, preferences: Preferences
) -> Iterator[MainWindow]:
    """A main window on a copy of the demo data folder (see demo_ctx in tests/conftest.py)."""
    window = MainWindow(demo_ctx, preferences)
    qtbot.addWidget(window)
    window.show()
    window.runner.drain()
    yield window
    window.supervision.close()
    window.runner.drain()
    window.runner.shutdown()


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()
