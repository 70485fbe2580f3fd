"""An expected error is worded once: the storage's own sentence is not prefixed with the
general sentence of its kind, in English or in Chinese."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.errors import (
    DiskFullError,
    InspectorError,
    PassphraseError,
    StorageError,
)
from inspector_app.storage.database import _expected_error
from inspector_app.storage.files import os_error_to_storage
from inspector_app.ui.common.messages import error_text, show_error
from inspector_app.ui.language import install_translators, remove_translators

DISK_FULL = "The disk is full: the last change was not saved. Free some space and try again."
DISK_FULL_ZH = "磁盘已满：最近的修改未能保存。请清理出一些空间后重试。"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def disk_full() -> InspectorError:
    error = _expected_error("database or disk is full")
    assert isinstance(error, DiskFullError)
    return error


def test_a_disk_full_error_shows_its_sentence_once() -> None:
    text = error_text(disk_full())
    assert text == DISK_FULL
    assert text.count("The disk is full") == 1


def test_a_disk_full_error_shows_its_sentence_once_in_chinese(chinese: None) -> None:
    text = error_text(disk_full())
    assert text == DISK_FULL_ZH
    assert text.count("磁盘已满") == 1


def test_a_failed_file_write_keeps_its_path_once() -> None:
    error = os_error_to_storage(OSError(errno.ENOSPC, "No space left"), Path("/data/x.pdf"))
    text = error_text(error)
    assert text.count("The disk is full") == 1
    assert "/data/x.pdf" in text


def test_an_untranslatable_message_gets_the_kind_sentence_and_its_detail() -> None:
    text = error_text(StorageError("sqlite said no", code="db_locked"))
    assert text.startswith("The database is busy in another program")
    assert text.endswith("sqlite said no")


def test_a_message_already_in_the_users_words_is_not_repeated() -> None:
    # The signing page words a wrong passphrase itself (a plain, translated str).
    error = PassphraseError("Wrong passphrase for the signing key.")
    assert error_text(error) == "Wrong passphrase for the signing key."


def test_the_message_box_shows_the_disk_full_sentence_once(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, disk_full())
    boxes = parent.findChildren(QMessageBox, "message")
    assert [box.text().count("The disk is full") for box in boxes] == [1]
    for box in boxes:
        box.close()
