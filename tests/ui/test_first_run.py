"""The first run on an empty data folder: every action works, the guide makes key and site."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.directory import sites
from inspector_app.services.directory.inspectors import self_inspector
from inspector_app.services.signing.identity import has_identity, load_identity
from inspector_app.ui.first_run import FirstRunGuide, passphrase_hint
from inspector_app.ui.inspection.new_inspection import NewInspectionDialog, read_choices
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from tests.ui.zh_texts import english, visible_texts


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> Iterator[None]:
    """The zh interface, as the app installs it: the texts below are checked in Chinese."""
    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


@pytest.fixture
def crashes(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Whatever reaches the crash handler (sys.excepthook) is recorded instead of shown."""
    seen: list[BaseException] = []

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        seen.append(error)

    monkeypatch.setattr(sys, "excepthook", record)
    return seen


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_actions(action.menu())  # type: ignore[arg-type]
        elif not action.isSeparator():
            found.append(action)
    return found


def _close_modals() -> None:
    """Reject whatever dialog, message box or file dialog is open (exec'd or opened)."""
    for _ in range(5):
        widget = QApplication.activeModalWidget()
        if widget is None:
            break
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
            widget.reject()


def _trigger(window: MainWindow, qtbot: QtBot, run: Callable[[], object]) -> None:
    timer = QTimer()
    timer.timeout.connect(_close_modals)
    timer.start(50)  # closes dialogs that block in exec() as well
    try:
        run()
        window.runner.drain()  # dialogs are built once what they show is read
        qtbot.wait(100)
    finally:
        timer.stop()
    _close_modals()


def test_every_action_on_an_empty_data_folder(
    window: MainWindow, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    actions = [a for m in window.menuBar().actions() if m.menu() for a in _menu_actions(m.menu())]  # type: ignore[arg-type]
    toolbar = [w for w in window.toolbar.findChildren(QToolButton) if w.defaultAction()]
    assert window.new_action in actions and toolbar
    for action in actions:
        if action is not window.quit_action:
            _trigger(window, qtbot, action.trigger)
    for button in toolbar:
        _trigger(window, qtbot, button.click)
    window.runner.drain()
    assert crashes == []
    assert window.isVisible()


def test_new_inspection_without_a_site_offers_to_create_one(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    window.new_action.trigger()
    window.runner.drain()  # the sites are read before the dialog or the offer is shown
    boxes = [b for b in window.findChildren(QMessageBox, "message") if b.isVisible()]
    assert boxes and "工地" in boxes[0].text()
    assert not window.findChildren(NewInspectionDialog)
    boxes[0].button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(sites.list_sites(ctx)) == 1, timeout=5000)
    window.runner.drain()
    assert crashes == []


def test_new_inspection_dialog_refuses_ok_without_a_site_and_stays_usable(
    ctx: AppContext, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    dialog = NewInspectionDialog(ctx, read_choices(ctx), "zh")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert crashes == []
    assert dialog.ok_button.isEnabled()
    for box in dialog.findChildren(QMessageBox, "message"):
        box.close()


def _type(edit: QWidget, text: str) -> None:
    edit.setText(text)  # type: ignore[attr-defined]


def test_the_guide_creates_the_identity_and_the_first_site(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, crashes: list[BaseException]
) -> None:
    window.offer_first_run()
    window.runner.drain()  # the guide is built once the key file and the names are read
    guide = window.findChild(FirstRunGuide)
    assert guide is not None and guide.isVisible()
    shown = visible_texts(guide)
    assert shown and english(shown) == []  # the guide speaks Chinese in the zh interface
    _type(guide.name, "王检查")
    _type(guide.unit, "区劳动保障监察大队")
    _type(guide.badge, "A001")
    guide.next()
    _type(guide.first, "abc")
    assert "短" in guide.strength.text()
    _type(guide.second, "abc")
    guide.next()
    assert guide.currentId() == 1  # refused: too short
    for box in guide.findChildren(QMessageBox, "message"):
        box.close()
    _type(guide.first, "correct horse 7")
    _type(guide.second, "correct horse 7")
    guide.next()
    assert guide.currentId() == 2
    _type(guide.site_name, "滨江花园二期")
    with qtbot.waitSignal(guide.site_created, timeout=20_000):
        guide.accept()
    window.runner.drain()
    assert has_identity(ctx.data_dir.keys)
    assert load_identity(ctx.data_dir.keys, b"correct horse 7").certificate is not None
    me = self_inspector(ctx)
    assert me is not None and (me.name, me.badge_no) == ("王检查", "A001")
    assert [row.name for row in sites.list_sites(ctx)] == ["滨江花园二期"]
    assert crashes == []
    window.offer_first_run()  # a key exists now: no guide again
    window.runner.drain()
    assert not any(g.isVisible() for g in window.findChildren(FirstRunGuide))


def test_passphrase_hint_grows_with_length_and_variety() -> None:
    assert passphrase_hint("abc") != passphrase_hint("abcdefg")
    assert passphrase_hint("abcdefg") != passphrase_hint("Abc-1234-xyz!")


def test_a_new_inspection_takes_the_newest_form(ctx: AppContext, qtbot: QtBot) -> None:
    from inspector_app.core.form_loader import default_form

    sites.create_site(ctx, "测试项目")
    dialog = NewInspectionDialog(ctx, read_choices(ctx), "zh")
    qtbot.addWidget(dialog)
    chosen = dialog.form_combo.currentData()
    assert (
        (chosen.id, chosen.version)
        == (default_form().id, default_form().version)
        == (
            "eight-rules",
            2,
        )
    )
    assert dialog.form_combo.count() == 2  # version 1 stays choosable
