"""Text from outside is shown as text, never as markup.

A data folder whose sites, people, inspector (and so the signing certificate's name) and
photo file names all carry markup is walked through the inspector's window and the
supervisor's (received list, detail, held bundles, the trust prompt). Every text a user can
read (tests/ui/zh_texts.py renders rich labels and tooltips as Qt shows them) must show the
markup literally: a rendered tag would read as the bare word.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.demo import sample
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.directory import inspectors
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import PASSPHRASE, supervisor
from tests.ui.zh_texts import Seen, texts_of_modal, visible_texts

WORD = "粗体"
MARK = f"<b>{WORD}</b>"
SIGNED = 3


def _marked(text: str) -> str:
    return f"{MARK}{text}"


@pytest.fixture
def marked_ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """Demo data whose site names, parties, inspector name and unit carry markup."""
    sites = tuple(
        dataclasses.replace(
            site, name=_marked(site.name), client=_marked(site.client), manager=_marked("经理")
        )
        for site in sample.DEMO_SITES
    )
    monkeypatch.setattr(sample, "DEMO_SITES", sites)
    update_self = inspectors.update_self
    monkeypatch.setattr(
        inspectors,
        "update_self",
        lambda ctx, name, unit, badge: update_self(ctx, _marked(name), _marked(unit), badge),
    )
    monkeypatch.setenv("INSPECTOR_PASSPHRASE", PASSPHRASE.decode())
    ctx = open_context(tmp_path / "marked")
    sample.create_demo_data(ctx)
    yield ctx
    ctx.close()


def assert_literal(seen: list[Seen], where: str, mark: str = MARK) -> None:
    """Wherever the marked word shows, the tags around it show too."""
    showing = [s for s in seen if WORD in s.text]
    assert showing, f"the marked data is not shown at {where}"
    sanitized = f"_b_{WORD}_b_"  # the tags made safe in a file name the app wrote
    rendered = [
        f"{s.where}: {s.text!r}" for s in showing if mark not in s.text and sanitized not in s.text
    ]
    assert not rendered, f"markup rendered at {where}:\n" + "\n".join(rendered)


def _look(window: QWidget, where: str, mark: str = MARK) -> list[Seen]:
    QApplication.processEvents()
    seen = visible_texts(window)
    assert_literal(seen, where, mark)
    return seen


def test_every_label_is_plain_text_by_policy(qtbot: QtBot) -> None:
    """A label built anywhere, with any text, is plain once shown (the app's policy)."""
    label = QLabel(MARK)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert label.textFormat() == label.textFormat().PlainText
    box = QMessageBox(QMessageBox.Icon.Warning, "t", f"{MARK}\n<i>x</i>")
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    assert_literal(visible_texts(box), "a message box")
    box.close()


def test_inspector_window_shows_markup_as_text(
    qtbot: QtBot, marked_ctx: AppContext, preferences: Preferences, tmp_path: Path
) -> None:
    window = MainWindow(marked_ctx, preferences)
    qtbot.addWidget(window)
    window.show()
    window.runner.drain()
    window.sites.table.selectRow(0)
    window.runner.drain()
    _look(window, "site list")
    for inspection_id in (1, 2, SIGNED):
        window.open_inspection(inspection_id)
        window.runner.drain()
        workspace = window.workspace
        assert workspace is not None
        window.runner.drain()
        for tab in range(workspace.tabs.count()):
            workspace.tabs.setCurrentIndex(tab)
            window.runner.drain()
            _look(window, f"inspection {inspection_id}, tab {tab}")
    window.open_inspection(1)
    window.runner.drain()
    assert window.workspace is not None
    strip = window.workspace.evidence
    file_mark = f"<b>{WORD}<b>"  # a file name has no "/"
    broken = tmp_path / f"{file_mark}.jpg"
    broken.write_bytes(b"not a jpeg")
    strip.add_files([broken])
    qtbot.waitUntil(lambda: any(b.isVisible() for b in strip.findChildren(QMessageBox)))
    (box,) = [b for b in strip.findChildren(QMessageBox) if b.isVisible()]
    _look(box, "photo refused", file_mark)
    box.close()
    window.runner.shutdown()


def test_supervisor_shows_markup_from_bundles_and_certificates_as_text(
    qtbot: QtBot, marked_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspector_app.services.sync.export import export_bundles

    bundles = export_bundles(marked_ctx, [SIGNED], tmp_path / "out", PASSPHRASE)
    office = supervisor(tmp_path / "office", None)  # the marked inspector is a stranger
    try:
        workspace = SupervisorWorkspace(office)
        qtbot.addWidget(workspace)
        workspace.show()
        with qtbot.waitSignal(workspace.imported, timeout=60_000):
            workspace.import_paths(bundles)
        workspace.runner.drain()
        qtbot.waitUntil(lambda: workspace.held.rowCount() == 1)
        workspace.tabs.setCurrentIndex(2)
        workspace.held_view.selectRow(0)

        def ask_trust() -> None:
            workspace.trust_selected_signer()
            workspace.runner.drain()

        asked = texts_of_modal(ask_trust)
        assert_literal(asked, "the trust prompt")
        monkeypatch.setattr(
            QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
        )
        with qtbot.waitSignal(workspace.imported, timeout=60_000):
            assert workspace.trust_selected_signer() is not None
        workspace.runner.drain()
        qtbot.waitUntil(lambda: workspace.received.model.rowCount() == 1)
        workspace.tabs.setCurrentIndex(0)
        workspace.received.show_row(0)
        workspace.runner.drain()  # the detail is read in the background
        seen = _look(workspace, "received list and detail")
        assert any(MARK in s.text for s in seen if "Browser" in s.where), seen  # the detail
    finally:
        workspace.close()
        office.close()


def test_the_application_installs_the_policy() -> None:
    """What the tests' fixture installs is what the app's own start-up installs."""
    import os
    import subprocess
    import sys

    script = (
        "from inspector_app.ui.app import make_application\n"
        "from inspector_app.ui.common.plain_text import PlainTextPolicy\n"
        "app = make_application([])\n"
        "print(len(app.findChildren(PlainTextPolicy)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.stdout.split() == ["1"], done.stderr
