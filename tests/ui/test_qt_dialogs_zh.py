"""Qt's own dialogs speak Chinese in the zh interface: standard buttons, message boxes,
input dialogs and Qt's file dialog (the shipped qtbase_zh_CN.qm, and our translator for
the labels it lacks), including the file dialogs the app itself opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from tests.ui.zh_texts import Seen, english, texts_of_modal, visible_texts


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


def _shown(qtbot: QtBot, dialog: QWidget) -> list[Seen]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return visible_texts(dialog)


def _texts(seen: list[Seen]) -> set[str]:
    return {s.text for s in seen}


def test_message_box_standard_buttons(qtbot: QtBot) -> None:
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "问题",
        "继续吗？",
        buttons.Ok | buttons.Cancel | buttons.Yes | buttons.No | buttons.Close,
    )
    seen = _shown(qtbot, box)
    assert {"确定", "取消", "是(&Y)", "否(&N)", "关闭"} <= _texts(seen)
    assert english(seen) == []


def test_button_box_standard_buttons(qtbot: QtBot) -> None:
    kinds = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(kinds.Ok | kinds.Cancel | kinds.Save | kinds.Apply | kinds.Close)
    seen = _shown(qtbot, box)
    assert {"确定", "取消", "保存", "应用", "关闭"} <= _texts(seen)
    assert english(seen) == []


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_qt_file_dialog(qtbot: QtBot, mode: str, tmp_path: Path) -> None:
    (tmp_path / "照片").mkdir()
    (tmp_path / "报告.pdf").write_bytes(b"%PDF-1.7\n")
    dialog = QFileDialog(None, "选择文件", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    _shown(qtbot, dialog)
    qtbot.waitUntil(lambda: "文件夹" in _texts(visible_texts(dialog)))  # listed in the background
    seen = visible_texts(dialog)
    texts = _texts(seen)
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts  # not in qtbase_zh_CN
    assert {"名称", "类型", "修改日期"} <= texts and "取消" in texts
    assert english(seen) == [], english(seen)


def test_input_dialog(qtbot: QtBot) -> None:
    dialog = QInputDialog()
    dialog.setLabelText("口令：")
    seen = _shown(qtbot, dialog)
    assert {"确定", "取消"} <= _texts(seen)
    assert english(seen) == []


def test_the_app_file_dialogs_are_chinese(demo_window: MainWindow, qtbot: QtBot) -> None:
    """What the inspector sees when choosing a PDF to verify and a folder to export to."""
    window = demo_window
    for opener in (window.choose_pdf, lambda: window.exporter.choose_folder([3])):
        seen = texts_of_modal(opener)
        assert "查找范围(&L)：" in _texts(seen) and "取消" in _texts(seen)
        assert english(seen) == [], english(seen)
