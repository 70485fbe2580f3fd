"""Creating the signing key from the dialog runs in the write queue, not on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import self_inspector
from inspector_app.services.signing import keys
from inspector_app.services.signing.identity import has_identity
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.signing.identity_dialog import IdentityDialog
from tests.ui.test_workspace import type_text


def _filled(window: MainWindow, ctx: AppContext) -> IdentityDialog:
    dialog = IdentityDialog(ctx, window.runner, self_inspector(ctx), window)
    type_text(dialog.name, "王检查")
    for edit in (dialog.first, dialog.second):
        edit.setText("secret-passphrase")
    dialog.open()
    return dialog


def test_the_key_is_made_in_the_write_queue(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = keys.init_identity

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keys, "init_identity", spy)
    dialog = _filled(window, ctx)
    dialog.accept()
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert has_identity(ctx.data_dir.keys)


def test_a_refused_key_is_a_plain_message_and_the_dialog_stays(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    keys.init_identity(ctx, b"first-passphrase", name="王检查")
    dialog = _filled(window, ctx)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "message")), timeout=20_000)
    (box,) = dialog.findChildren(QMessageBox, "message")
    # The service's refusal, not any other box (a passphrase complaint, a crash report).
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == f"A signing key already exists in {ctx.data_dir.keys}."
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert keys.own_identity(ctx, b"first-passphrase")  # the existing key is untouched
    box.close()
    dialog.reject()
