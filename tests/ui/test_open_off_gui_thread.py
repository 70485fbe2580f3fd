"""Opening an inspection reads nothing on the GUI thread: the database is read on the window's
runner and the workspace is built when the answer comes back. A missing inspection is a
message; a later open wins over one still loading; a refused write is read back in the
background without undoing what was typed meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from inspector_app.core.errors import InspectorError
from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers, lifecycle
from inspector_app.ui.inspection import session as session_module
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Bookmark
from tests.ui.keys import type_text

MISSING = 999_999  # no inspection has this id


class Threads:
    """Wraps functions so that each call notes the thread it ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.calls: dict[str, list[int]] = {}

    def watch(self, owner: object, name: str, before: Callable[[], object] | None = None) -> None:
        original = getattr(owner, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.setdefault(name, []).append(threading.get_ident())
            if before is not None:
                before()
            return original(*args, **kwargs)

        self.monkeypatch.setattr(owner, name, recorded)

    def on_gui_thread(self) -> list[str]:
        gui = threading.get_ident()
        return [name for name, threads in self.calls.items() if gui in threads]


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch, ctx: AppContext) -> Iterator[Threads]:
    recorder = Threads(monkeypatch)
    # Every database session and connection, whichever service opens it.
    recorder.watch(ctx.db, "transaction")
    recorder.watch(ctx.db, "connection")
    yield recorder


def test_the_inspection_is_read_on_the_runner_and_shown_when_it_arrives(
    window: MainWindow, inspection_id: int, threads: Threads, qtbot: QtBot
) -> None:
    release = threading.Event()
    threads.watch(lifecycle, "inspection_detail", before=lambda: release.wait(10))
    threads.watch(session_module, "site_parties")
    opened: list[int] = []
    window.inspection_opened.connect(opened.append)

    window.open_inspection(inspection_id)
    qtbot.wait(100)  # the GUI keeps running while the read is held
    assert window.workspace is None and window.session is None and not opened
    assert window.pages.currentWidget() is window.sites
    release.set()
    qtbot.waitUntil(lambda: opened == [inspection_id], timeout=10_000)

    assert window.workspace is not None and window.pages.currentWidget() is window.workspace
    assert window.session is not None and window.session.id == inspection_id
    assert window.session.parties, "the site's parties came with the loaded inspection"
    window.runner.drain()
    assert {"inspection_detail", "site_parties", "transaction"} <= threads.calls.keys()
    assert threads.on_gui_thread() == [], "read on the GUI thread"
    assert opened == [inspection_id]  # emitted once


def test_a_missing_inspection_is_a_message_and_the_open_one_stays_usable(
    window: MainWindow, inspection_id: int, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    workspace = window.workspace
    assert workspace is not None
    opened: list[int] = []
    window.inspection_opened.connect(opened.append)

    window.open_inspection(MISSING)
    assert not workspace.isEnabled()  # nothing typed there while the next one loads
    window.runner.drain()

    boxes = window.findChildren(QMessageBox, "message")
    assert len(boxes) == 1 and str(MISSING) in boxes[0].text()
    boxes[0].close()
    assert not opened
    assert window.workspace is workspace and workspace.isEnabled()
    assert window.pages.currentWidget() is workspace
    assert window.session is not None and window.session.id == inspection_id
    workspace.go_to("R2.1")  # still works: the answer is saved
    window.session.set_result("R2.1", Result.COMPLIANT)
    window.runner.drain()
    assert window.session.result("R2.1") == Result.COMPLIANT


def test_a_missing_inspection_from_the_site_list_leaves_the_window_usable(
    window: MainWindow, inspection_id: int, qtbot: QtBot
) -> None:
    window.open_inspection(MISSING)
    window.runner.drain()
    boxes = window.findChildren(QMessageBox, "message")
    assert len(boxes) == 1
    boxes[0].close()
    assert window.workspace is None and window.pages.currentWidget() is window.sites
    with qtbot.waitSignal(window.inspection_opened, timeout=10_000) as opened:
        window.open_inspection(inspection_id)
    assert opened.args == [inspection_id]


def test_reopening_a_gone_inspection_forgets_it_without_a_message(
    make_window: Callable[[], MainWindow], ctx: AppContext, qtbot: QtBot
) -> None:
    Bookmark(ctx.data_dir.root).set_inspection_id(MISSING)
    window = make_window()
    window.reopen_last()
    window.runner.drain()
    assert window.workspace is None
    assert not window.findChildren(QMessageBox, "message")
    assert Bookmark(ctx.data_dir.root).inspection_id() is None


def test_a_later_open_wins_over_one_still_loading(
    window: MainWindow, ctx: AppContext, inspection_id: int, qtbot: QtBot
) -> None:
    detail = lifecycle.inspection_detail(ctx, inspection_id)
    other = lifecycle.start_inspection(ctx, detail.site_id, [i.id for i in detail.inspectors])
    opened: list[int] = []
    window.inspection_opened.connect(opened.append)
    window.open_inspection(inspection_id)
    window.open_inspection(other)
    window.runner.drain()
    assert opened == [other]
    assert window.session is not None and window.session.id == other


def test_a_refused_write_is_read_back_on_the_runner(
    window: MainWindow, ctx: AppContext, inspection_id: int, threads: Threads, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    session = window.session
    assert session is not None
    answers.set_result(ctx, inspection_id, "R1.1", Result.COMPLIANT)  # behind the GUI's back
    threads.calls.clear()
    threads.watch(lifecycle, "inspection_detail")

    def refused() -> None:
        raise InspectorError("refused for the test")

    with qtbot.waitSignal(session.records_reloaded, timeout=10_000):
        session.write(refused)
    shown = [box.text() for box in window.findChildren(QMessageBox, "message")]
    assert shown == ["refused for the test"]
    assert session.result("R1.1") == Result.COMPLIANT  # what the database holds
    assert threads.calls.get("inspection_detail"), "not read back"
    assert threads.on_gui_thread() == [], "read on the GUI thread"


def test_an_answer_given_while_reading_back_is_not_undone(
    window: MainWindow, inspection_id: int, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    session = window.session
    assert session is not None
    session.reload_everything()  # its read is queued before the answer's write
    session.set_result("R1.1", Result.NOT_APPLICABLE)
    window.runner.drain()
    assert session.result("R1.1") == Result.NOT_APPLICABLE


def test_reopening_reads_behind_the_writes_so_what_was_typed_shows(
    window: MainWindow, inspection_id: int, qtbot: QtBot
) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    workspace = window.workspace
    assert workspace is not None
    workspace.go_to("R1.1")
    window.runner.drain()
    held = threading.Event()
    window.runner.run(lambda: held.wait(10), write=True)  # the write queue is busy
    workspace.panel.note.setFocus()
    type_text(workspace.panel.note, "考勤机已停用")  # not saved yet: its write waits
    window.open_inspection(inspection_id)
    qtbot.wait(50)
    held.set()
    window.runner.drain()
    assert window.workspace is not None and window.workspace is not workspace
    assert window.session is not None and window.session.notes.get("R1.1") == "考勤机已停用"
