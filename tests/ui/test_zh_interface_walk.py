"""The Chinese interface shows no English: a walk through the main window (pages, tabs,
menus, toolbar), the checklist with inspections open, the dialogs and the supervisor's
window, on the demo data, collecting every visible text (tests/ui/zh_texts.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.ui.evidence.evidence_strip import EvidenceStrip
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences
from tests.bundle_factory import PASSPHRASE, InspectorFolder
from tests.ui.zh_texts import Seen, english, english_words, texts_of_modal, visible_texts

DRAFT, COMPLETE, SIGNED = 1, 2, 3  # inspections in the demo data folder
W = TypeVar("W", bound=QWidget)


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> Iterator[None]:
    """The zh interface, as the app installs it, before any window is built."""
    install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp)


class Walk:
    """Texts seen on the way, per stop, for a message that says where English showed."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.seen: list[tuple[str, Seen]] = []

    def look(self, stop: str, window: QWidget) -> list[Seen]:
        QApplication.processEvents()
        texts = visible_texts(window)
        assert texts, f"nothing visible at {stop}"
        self.seen += [(stop, s) for s in texts]
        return texts

    def assert_chinese(self) -> None:
        found = [f"{stop}: {s} -> {english_words(s.text)}" for stop, s in self.seen if english([s])]
        assert not found, "English in the zh interface:\n" + "\n".join(dict.fromkeys(found))


@pytest.fixture
def walk(qtbot: QtBot) -> Walk:
    return Walk(qtbot)


def _child(parent: QWidget, kind: type[W]) -> W:
    """The newest visible-or-not child of a kind (dialogs opened with open())."""
    found = parent.findChildren(kind)
    assert found, f"no {kind.__name__} under {parent}"
    return found[-1]


def _shown(walk: Walk, stop: str, dialog: QWidget) -> None:
    walk.qtbot.addWidget(dialog)
    dialog.show()
    walk.qtbot.waitExposed(dialog)
    walk.look(stop, dialog)
    dialog.close()


def _message_box(walk: Walk, stop: str, parent: QWidget) -> None:
    """Look at the message box `parent` shows now (non-blocking ones, see ui.messages), close it."""
    walk.qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)))
    (box,) = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    walk.look(stop, box)
    box.close()
    walk.qtbot.waitUntil(lambda: not box.isVisible())


def test_main_window_pages_menus_and_checklist(
    demo_window: MainWindow, walk: Walk, preferences: Preferences
) -> None:
    opening = MainWindow(None, preferences)  # before the data folder is open
    walk.qtbot.addWidget(opening)
    opening.show()
    assert "正在打开数据文件夹" in "".join(s.text for s in walk.look("opening", opening))
    opening.runner.shutdown()
    window = demo_window
    # The platform adds it to every window title.
    walk.seen.append(("application", Seen("display name", QApplication.applicationDisplayName())))
    walk.look("site list", window)
    window.sites.table.selectRow(0)
    window.runner.drain()
    walk.look("site list with a site selected", window)
    window.sites.editor.fields["client_code"].setText("91610131MA6TXXXXX0")  # wrong check char
    assert any("⚠" in s.text for s in walk.look("site with a wrong credit code", window))
    for inspection_id in (DRAFT, COMPLETE, SIGNED):
        window.open_inspection(inspection_id)
        window.runner.drain()
        workspace = window.workspace
        assert workspace is not None
        window.runner.drain()
        for tab in range(workspace.tabs.count()):
            workspace.tabs.setCurrentIndex(tab)
            window.runner.drain()
            walk.look(f"inspection {inspection_id}, tab {workspace.tabs.tabText(tab)}", window)
        workspace.tabs.setCurrentIndex(0)
        for item_id in workspace.session.item_ids():
            workspace.go_to(item_id)
            walk.look(f"inspection {inspection_id}, item {item_id}", workspace.panel)
            walk.look(f"inspection {inspection_id}, photos of {item_id}", workspace.evidence)
    menus = [s.text for stop, s in walk.seen if s.where.startswith("menu bar")]
    assert {"文件(&F)", "预览报告", "导出同步包(&E)…"} & set(menus), menus
    walk.assert_chinese()


def test_dialogs_of_the_inspector(
    demo_window: MainWindow,
    demo_ctx: AppContext,
    walk: Walk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inspector_app.services.directory.inspectors import self_inspector
    from inspector_app.ui.inspection.new_inspection import NewInspectionDialog
    from inspector_app.ui.preferences_dialog import PreferencesDialog
    from inspector_app.ui.reporting.report_preview import ReportPreview
    from inspector_app.ui.signing.identity_dialog import IdentityDialog

    window, qtbot = demo_window, walk.qtbot
    window.sites.table.selectRow(0)
    window.runner.drain()
    window.edit_preferences()
    window.runner.drain()  # each dialog is built once what it shows is read
    _shown(walk, "preferences", _child(window, PreferencesDialog))
    window.new_inspection()
    window.runner.drain()
    _shown(walk, "new inspection", _child(window, NewInspectionDialog))
    window.follow_up(SIGNED)
    window.runner.drain()
    _shown(walk, "follow-up inspection", _child(window, NewInspectionDialog))
    me = self_inspector(demo_ctx)
    _shown(walk, "identity", IdentityDialog(demo_ctx, window.runner, me, window))
    window.open_inspection(DRAFT)
    window.runner.drain()
    assert window.workspace is not None
    window.workspace.signing.sign()  # the draft is not finished: what still blocks it
    _message_box(walk, "cannot sign yet", window)
    _refused_photos(window.workspace.evidence, walk, tmp_path)
    window.open_inspection(SIGNED)
    window.runner.drain()
    window.preview_action.trigger()
    preview = _child(window, ReportPreview)
    with qtbot.waitSignal(preview.pdf_loaded, timeout=60_000):
        walk.look("report preview, building", preview)
    walk.look("report preview", preview)
    preview.close()
    _verify_dialogs(window, demo_ctx, walk, tmp_path)
    _export_messages(window, walk, tmp_path, monkeypatch)
    walk.assert_chinese()


def _refused_photos(strip: EvidenceStrip, walk: Walk, folder: Path) -> None:
    """Files that are not photos, added to an item: why each was refused."""
    files = {"broken.jpg": b"not a jpeg", "empty.png": b"", "notes.txt": "笔记".encode()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    strip.add_files([folder / name for name in files])
    _message_box(walk, "photos refused", strip)


def _verify_dialogs(window: MainWindow, ctx: AppContext, walk: Walk, folder: Path) -> None:
    """Menu 检查 > 打开 PDF 验证: the verdict on an intact, an altered and a broken file."""
    from inspector_app.services.signing.sign_inspection import signed_pdf
    from inspector_app.ui.reporting.report_preview import verify_file

    pdf = signed_pdf(ctx, SIGNED)
    at = pdf.index(b"ReportLab")
    files = {"intact.pdf": pdf, "altered.pdf": pdf[:at] + b"X" + pdf[at + 1 :]}
    files["not-a-pdf.pdf"] = b"hello"
    for name, data in files.items():
        (folder / name).write_bytes(data)
        verify_file(ctx, window.runner, folder / name, window)
        _message_box(walk, f"verify {name}", window)


def _export_messages(
    window: MainWindow, walk: Walk, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exporting a sync bundle: done, nothing to do, a wrong passphrase."""
    window.exporter.export([SIGNED], folder)
    _message_box(walk, "bundle exported", window)
    window.exporter.choose_folder([])
    _message_box(walk, "nothing to export", window)
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", "not-the-passphrase")
    window.exporter.export([SIGNED], folder)
    _message_box(walk, "wrong passphrase", window)


@pytest.fixture
def office_window(
    qtbot: QtBot, office: AppContext, preferences: Preferences
) -> Iterator[MainWindow]:
    window = MainWindow(office, preferences)
    qtbot.addWidget(window)
    window.show()
    window.runner.drain()
    yield window
    window.supervision.close()
    window.runner.drain()
    window.runner.shutdown()


def _bundles_to_import(
    inspector: InspectorFolder, demo_ctx: AppContext, folder: Path
) -> list[Path]:
    """Two from the trusted inspector, one from a stranger (the demo folder's key: held),
    one that is not a bundle at all (rejected)."""
    from inspector_app.services.sync.export import export_bundles
    from inspector_app.services.sync.model import SUFFIX

    (stranger,) = export_bundles(demo_ctx, [SIGNED], folder, PASSPHRASE)
    broken = folder / f"broken{SUFFIX}"
    broken.write_bytes(b"not a zip")
    return [*inspector.bundles[:2], stranger, broken]


def test_supervisor_window_and_trust_list(
    office_window: MainWindow,
    inspector: InspectorFolder,
    demo_ctx: AppContext,
    walk: Walk,
    tmp_path: Path,
) -> None:
    from inspector_app.ui.supervisor.trust_dialog import TrustDialog

    qtbot = walk.qtbot
    supervisor = office_window.supervision.open_received()
    qtbot.waitExposed(supervisor)
    workspace = supervisor.workspace
    walk.look("supervisor, nothing received", supervisor)
    with qtbot.waitSignal(workspace.imported, timeout=60_000):
        workspace.import_paths(_bundles_to_import(inspector, demo_ctx, tmp_path))
    workspace.runner.drain()
    assert workspace.received.model.rowCount() == 2 and workspace.held.rowCount() == 1
    workspace.received.show_row(0)
    workspace.runner.drain()
    for tab in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(tab)
        walk.look(f"supervisor, tab {workspace.tabs.tabText(tab)}", supervisor)
    workspace.held_view.selectRow(0)

    def ask_trust() -> None:
        workspace.trust_selected_signer()
        workspace.runner.drain()

    for stop, opener in (
        # The signer is read from the bundle in the background, then asked about.
        (
            "trust this signer?",
            ask_trust,
        ),
        ("return to inspector", workspace.received._return_selected),
        ("export figures", workspace.choose_export),
    ):
        walk.seen += [(stop, s) for s in texts_of_modal(opener)]
    office_window.supervision.open_trust_list()
    dialog = _child(office_window, TrustDialog)
    qtbot.waitExposed(dialog)
    walk.look("trust list", dialog)
    dialog.close()
    walk.assert_chinese()
