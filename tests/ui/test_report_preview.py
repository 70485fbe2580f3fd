"""The report preview (QPdfView) and checking a PDF's signature from the inspection menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.signing.sign_inspection import signed_pdf
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.reporting.report_preview import ReportPreview, verify_file

DRAFT, SIGNED = 1, 3  # in the demo data folder


def preview_of(window: MainWindow, inspection_id: int, qtbot: QtBot) -> ReportPreview:
    window.open_inspection(inspection_id)
    window.runner.drain()
    assert window.preview_action.isEnabled()
    window.preview_action.trigger()
    preview = window.findChild(ReportPreview)
    assert preview is not None
    return preview


@pytest.mark.parametrize("inspection_id", [DRAFT, SIGNED])
def test_preview_shows_the_report_built_in_the_background(
    demo_window: MainWindow, qtbot: QtBot, inspection_id: int
) -> None:
    preview = preview_of(demo_window, inspection_id, qtbot)
    with qtbot.waitSignal(preview.pdf_loaded, timeout=60_000) as loaded:
        pass
    assert loaded.args[0] >= 2
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.view.document() is preview.document
    preview.close()


def test_preview_is_on_ctrl_p_and_only_with_an_open_inspection(demo_window: MainWindow) -> None:
    assert demo_window.preview_action.shortcut().toString() == "Ctrl+P"
    assert not demo_window.preview_action.isEnabled()


def test_closing_the_preview_before_it_is_built_is_harmless(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    preview = preview_of(demo_window, DRAFT, qtbot)
    preview.close()
    demo_window.runner.drain()  # the late result is dropped, the dialog deleted
    qtbot.waitUntil(lambda: demo_window.findChild(ReportPreview) is None)


def verdict(window: MainWindow, qtbot: QtBot, path: Path) -> str:
    verify_file(window.ctx, window.runner, path, window)
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "verification") is not None, timeout=30_000
    )
    box = window.findChild(QMessageBox, "verification")
    assert box is not None
    text = box.text()
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "verification") is None)
    return text


def test_verifying_an_intact_and_an_altered_report(
    demo_window: MainWindow, qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    pdf = signed_pdf(demo_ctx, SIGNED)
    intact = tmp_path / "intact.pdf"
    intact.write_bytes(pdf)
    text = verdict(demo_window, qtbot, intact)
    assert "Intact" in text and "Trusted: yes" in text and "Signer: " in text
    assert "Signed at: 20" in text
    at = pdf.index(b"ReportLab")  # the producer, inside the signed byte range
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(pdf[:at] + b"X" + pdf[at + 1 :])
    text = verdict(demo_window, qtbot, altered)
    assert "Intact" not in text
    assert "Altered" in text or "no valid signature" in text


def test_an_unreadable_file_is_a_plain_message(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    verify_file(demo_window.ctx, demo_window.runner, tmp_path / "missing.pdf", demo_window)
    qtbot.waitUntil(lambda: demo_window.findChild(QMessageBox, "message") is not None)
    box = demo_window.findChild(QMessageBox, "message")
    assert box is not None and "missing.pdf" in box.text()
    box.close()
