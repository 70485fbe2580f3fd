"""Nothing the supervisor's window does reads or writes the database or the disk on the GUI
thread: each service call is recorded with the thread it ran on. Cancelling an import or
an export keeps what was done and tells the window."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from inspector_app.core.scoring import Verdict
from inspector_app.services.context import AppContext
from inspector_app.services.supervision import dashboard as dashboard_service
from inspector_app.services.supervision import review, workbook
from inspector_app.services.sync import importer
from inspector_app.services.sync.held import HeldBundle
from inspector_app.services.sync.pipeline import CheckedFile
from inspector_app.ui.supervisor import detail_browser, orders, received, watch
from inspector_app.ui.supervisor import workspace as workspace_module
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import InspectorFolder

Calls = dict[str, list[int]]


class Recorder:
    """Wraps service functions so that each call notes the thread it ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.calls: Calls = {}

    def watch(
        self, owner: object, name: str, replacement: Callable[..., Any] | None = None
    ) -> None:
        original = replacement or getattr(owner, name)

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.setdefault(name, []).append(threading.get_ident())
            return original(*args, **kwargs)

        self.monkeypatch.setattr(owner, name, recorded)

    def assert_off_the_gui_thread(self, *names: str) -> None:
        gui = threading.get_ident()
        for name in names:
            assert self.calls.get(name), f"{name} was not called"
            assert gui not in self.calls[name], f"{name} ran on the GUI thread"


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    return Recorder(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, recorder: Recorder) -> Iterator[SupervisorWorkspace]:
    for name in ("received_inspections", "flagged_photo_counts", "list_sites"):
        recorder.watch(received, name)
    recorder.watch(detail_browser, "detail_parts")
    recorder.watch(workspace_module, "held_bundles")
    for name in ("rule_compliance", "open_corrections", "inspections_per_month"):
        recorder.watch(dashboard_service, name)
    widget = SupervisorWorkspace(demo_ctx, "zh")
    qtbot.addWidget(widget)
    widget.runner.drain()
    yield widget
    widget.runner.drain()


def test_opening_and_refreshing_read_in_the_background(
    window: SupervisorWorkspace, recorder: Recorder
) -> None:
    recorder.calls.clear()
    window.refresh()
    assert window.received.loading.isVisibleTo(window.received)  # busy until the answer
    window.runner.drain()
    assert not window.received.loading.isVisibleTo(window.received)
    assert window.received.model.rowCount() == 3 and window.dashboard.rule_ids
    recorder.assert_off_the_gui_thread(
        "received_inspections",
        "flagged_photo_counts",
        "list_sites",
        "held_bundles",
        "rule_compliance",
        "open_corrections",
        "inspections_per_month",
    )


def test_filters_and_the_detail_read_in_the_background(
    window: SupervisorWorkspace, recorder: Recorder
) -> None:
    recorder.calls.clear()
    page = window.received
    page.verdict.setCurrentIndex(page.verdict.findData("failing"))
    page.review_state.setCurrentIndex(page.review_state.findData("accepted"))
    chosen = page.current_filter()
    assert chosen.verdict is Verdict.FAILING and chosen.review_state is review.ReviewState.ACCEPTED
    page.review_state.setCurrentIndex(0)
    window.runner.drain()
    assert len(recorder.calls["received_inspections"]) == 3
    page.verdict.setCurrentIndex(0)
    window.runner.drain()
    page.show_row(0)
    window.runner.drain()
    assert page.detail.toPlainText()
    recorder.assert_off_the_gui_thread("received_inspections", "detail_parts")


def test_the_first_list_warms_the_detail_once_in_the_background(
    window: SupervisorWorkspace, recorder: Recorder
) -> None:
    # The window opened and its list came: the first row's detail was read once, off the
    # GUI thread, without showing it (the first read in a process is the slow one).
    recorder.assert_off_the_gui_thread("detail_parts")
    assert len(recorder.calls["detail_parts"]) == 1
    assert window.received.detail.toPlainText() == ""
    window.refresh()
    window.runner.drain()
    assert len(recorder.calls["detail_parts"]) == 1, "warmed again at a refresh"


def test_accept_and_return_write_in_the_background(
    window: SupervisorWorkspace, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder.watch(review, "accept")
    recorder.watch(review, "return_to_inspector")
    page = window.received
    first, second = page.model.row_at(0), page.model.row_at(1)
    page.table.selectRow(0)
    page.accept_selected()
    window.runner.drain()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_: ("照片不清楚", True))
    page.table.selectRow([r.id for r in page.model.rows()].index(second.id))
    page._return_selected()
    window.runner.drain()
    recorder.assert_off_the_gui_thread("accept", "return_to_inspector")
    states = {row.id: row.review for row in page.model.rows()}
    assert states[first.id] == "accepted" and states[second.id] == "returned"


def test_export_and_orders_in_the_background(
    qtbot: QtBot, window: SupervisorWorkspace, recorder: Recorder, tmp_path: Path
) -> None:
    recorder.watch(workbook, "export_workbook")
    recorder.watch(orders, "order_file_for_viewing")
    with qtbot.waitSignal(window.workbook_exported, timeout=60_000):
        window.export_to(tmp_path / "book.xlsx")
    opened: list[QUrl] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
        window.received.detail.anchorClicked.emit(QUrl("order:3/1"))
        window.runner.drain()
    assert len(opened) == 1
    recorder.assert_off_the_gui_thread("export_workbook", "order_file_for_viewing")


def test_the_full_check_of_a_held_bundle_and_imports_run_in_the_background(
    window: SupervisorWorkspace, recorder: Recorder, tmp_path: Path
) -> None:
    recorder.watch(workspace_module, "held_signer", lambda _ctx, _bundle: None)
    recorder.watch(importer.Importer, "import_paths")
    recorder.watch(watch, "_listing")
    window.held.set_rows([HeldBundle("", tmp_path / "x.inspection.zip", "", None, None, None, "")])
    window.held_view.selectRow(0)
    window.trust_selected_signer()
    window.import_paths([tmp_path])
    window.set_watch_folder(tmp_path)
    window.runner.drain()
    recorder.assert_off_the_gui_thread("held_signer", "import_paths", "_listing")


def test_cancelling_an_import_keeps_the_bundles_done_and_says_so(
    qtbot: QtBot, office: AppContext, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    second_started, go_on = threading.Event(), threading.Event()
    import_found = importer.Importer._import_found
    started: list[Path] = []

    def slow_second(self: importer.Importer, checked: CheckedFile) -> importer.ImportOutcome:
        started.append(checked.path)
        if len(started) == 2:
            second_started.set()
            go_on.wait(30)  # the person presses Cancel while the second bundle is written
        return import_found(self, checked)

    monkeypatch.setattr(importer.Importer, "_import_found", slow_second)
    widget = SupervisorWorkspace(office)
    qtbot.addWidget(widget)
    assert len(inspector.bundles) == 3
    with qtbot.waitSignal(widget.long_work_cancelled, timeout=60_000):
        widget.import_paths(inspector.bundles)
        assert second_started.wait(30) and widget.work_bar.isVisibleTo(widget)
        widget.work_bar.cancel_button.click()
        go_on.set()
    widget.runner.drain()
    assert len(started) == 2  # the third bundle was never started
    assert widget.received.model.rowCount() == 2  # the two finished are imported
    assert widget.work_bar.isHidden() and widget.import_task is None
    lines = [widget.results.item(i).text() for i in range(widget.results.count())]
    assert lines[-1] == "Import cancelled after 2 of 3 bundles; the others were not imported."


def test_cancelling_an_export_writes_nothing(
    qtbot: QtBot, window: SupervisorWorkspace, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.long_work_cancelled, timeout=60_000):
        window.export_to(tmp_path / "out" / "book.xlsx")
        window.work_bar.cancel_button.click()  # stopped at the first row count
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert window.work_bar.isHidden() and window.export_task is None
    assert window.results.item(window.results.count() - 1).text().startswith("Export cancelled")


def test_the_trust_list_reads_and_writes_in_the_background(
    qtbot: QtBot,
    inspector: InspectorFolder,
    recorder: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from inspector_app.ui.supervisor import trust_dialog
    from inspector_app.ui.supervisor.trust_dialog import TrustDialog
    from tests.bundle_factory import supervisor

    office = supervisor(tmp_path / "untrusting", None)
    for name in ("trusted_inspectors", "trust_certificate_file", "untrust"):
        recorder.watch(trust_dialog, name)
    told: list[str] = []
    monkeypatch.setattr(trust_dialog, "inform", lambda _p, _t, text, *_i: told.append(text))
    widget = SupervisorWorkspace(office)
    qtbot.addWidget(widget)
    widget.runner.drain()
    dialog = TrustDialog(office, widget, widget.runner)
    certificate = tmp_path / "inspector.pem"
    certificate.write_bytes(inspector.cert_pem)
    dialog.add_certificate(certificate)
    assert dialog.model.rowCount() == 0  # nothing read or written yet on this thread
    widget.runner.drain()
    assert dialog.model.rowCount() == 1 and dialog.job is None
    dialog.view.selectRow(0)
    dialog.remove_selected()
    widget.runner.drain()
    assert dialog.model.rowCount() == 0
    not_a_certificate = tmp_path / "notes.pem"
    not_a_certificate.write_bytes(b"<b>hello</b>")
    dialog.add_certificate(not_a_certificate)
    widget.runner.drain()
    assert told == ["This file is not an X.509 certificate (PEM or DER)."]
    assert dialog.model.rowCount() == 0
    recorder.assert_off_the_gui_thread("trusted_inspectors", "trust_certificate_file", "untrust")
    office.close()


def test_a_watched_folder_is_looked_at_in_the_background(
    window: SupervisorWorkspace, recorder: Recorder, tmp_path: Path
) -> None:
    gui = threading.get_ident()
    looked: list[int] = []
    original = Path.is_dir

    def is_dir(path: Path) -> bool:
        if path == tmp_path / "inbox":
            looked.append(threading.get_ident())
        return original(path)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "is_dir", is_dir)
        window.set_watch_folder(tmp_path / "inbox", remember=False)  # not there
        window.runner.drain()
        assert not window.watch_label.isVisibleTo(window)
        (tmp_path / "inbox").mkdir()
        window.set_watch_folder(tmp_path / "inbox", remember=False)
        assert not window.watch_label.isVisibleTo(window)  # not known yet
        window.runner.drain()
    assert window.watch_label.isVisibleTo(window)
    assert window.folder_watch._watcher.directories() == [str(tmp_path / "inbox")]
    assert looked and gui not in looked
    window.set_watch_folder(None, remember=False)
    assert not window.watch_label.isVisibleTo(window)


def test_closing_the_trust_list_does_not_wait_for_the_windows_other_work(
    window: SupervisorWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from inspector_app.ui.supervisor import trust_dialog
    from inspector_app.ui.supervisor.trust_dialog import TrustDialog

    told: list[str] = []
    monkeypatch.setattr(trust_dialog, "inform", lambda _p, _t, text, *_i: told.append(text))
    go_on = threading.Event()
    window.runner.run(lambda: go_on.wait(30), write=True)  # the window's export, say
    dialog = TrustDialog(window.ctx, window, window.runner)
    dialog.add_certificate(tmp_path / "gone.pem")  # queued behind it on the writer
    started = time.perf_counter()
    dialog.reject()
    assert time.perf_counter() - started < 5 and not told
    go_on.set()
    window.runner.drain()
    assert len(told) == 1  # the answer still comes, as a message
