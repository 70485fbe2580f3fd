"""Switching the language in preferences retranslates the running window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.ui.language import remove_translators
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.preferences_dialog import PreferencesDialog, read_values
from inspector_app.ui.settings import Preferences


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    app = QCoreApplication.instance()
    assert app is not None
    remove_translators(app)


def test_switching_language_retranslates_the_running_window(
    english_afterwards: None,
    window: MainWindow,
    inspection_id: int,
    qtbot: QtBot,
    ctx: AppContext,
    preferences: Preferences,
) -> None:
    preferences.set_language("en")
    window.switch_language("en")
    window.open_inspection(inspection_id)
    window.runner.drain()
    assert window.workspace is not None
    window.workspace.go_to("R2.1")
    english_rule = window.workspace.model.index(0, 0).data()
    assert window.preview_action.text() == "Preview report"
    dialog = PreferencesDialog(ctx, read_values(ctx), preferences, window.runner, window)
    dialog.language_changed.connect(window.switch_language)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(dialog.language_changed, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.preview_action.text() == "预览报告")
    qtbot.waitUntil(lambda: window.lang == "zh" and window.workspace is not None)
    window.runner.drain()
    assert window.sites.new_site_button.text() != "New site"
    assert window.sites.model.headerData(0, Qt.Orientation.Horizontal) == "项目名称"
    assert window.workspace is not None and window.workspace.current_item == "R2.1"
    assert window.workspace.model.index(0, 0).data() != english_rule  # form content follows
    assert window.lang == "zh"
