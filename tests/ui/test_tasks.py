"""TaskRunner: results on the GUI thread, progress reports, and cancelling mid-batch."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from inspector_app.ui.common.tasks import Progress, Task, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    return TaskRunner()


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = threading.get_ident()
    delivered_on: list[int] = []
    runner.run(threading.get_ident, lambda _worker: delivered_on.append(threading.get_ident()))
    qtbot.waitUntil(lambda: bool(delivered_on))
    assert delivered_on == [gui]
    gui_thread = QThread.currentThread()
    worker: list[object] = []
    runner.run(lambda: worker.extend((threading.get_ident(), QThread.currentThread())))
    runner.drain()
    assert worker[0] != gui and worker[1] is not gui_thread


def test_progress_reaches_the_gui_in_order_before_the_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    seen: list[object] = []

    def work(task: Task) -> str:
        for done in range(1, 4):
            task.report(done, 3, "bundle", f"#{done}")
        return "finished"

    runner.start(work, seen.append, on_progress=seen.append)
    qtbot.waitUntil(lambda: "finished" in seen)
    assert seen == [
        Progress(1, 3, "bundle", "#1"),
        Progress(2, 3, "bundle", "#2"),
        Progress(3, 3, "bundle", "#3"),
        "finished",
    ]


def test_cancel_mid_batch_keeps_what_was_done_and_tells_the_gui(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    done_units: list[int] = []
    reports: list[int] = []
    told: list[str] = []
    second_done = threading.Event()
    go_on = threading.Event()

    def work(task: Task) -> list[int]:
        for unit in range(1, 11):
            done_units.append(unit)  # the unit is finished before it is reported
            if unit == 2:
                second_done.set()
                go_on.wait(10)  # the GUI asks to cancel meanwhile
            task.report(unit, 10)
        return done_units

    task = runner.start(
        work,
        lambda _result: told.append("done"),
        lambda _error: told.append("failed"),
        on_progress=lambda progress: reports.append(progress.done),
        on_cancelled=lambda: told.append("cancelled"),
        write=True,
    )
    assert second_done.wait(10)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(told))
    runner.drain()
    assert told == ["cancelled"]
    assert done_units == [1, 2]  # what was done stays; units 3 to 10 never started
    assert reports == [1, 2]  # the GUI heard of both finished units
    assert task.cancel_requested and not runner.busy


def test_cancel_after_the_last_unit_still_delivers_the_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    results: list[object] = []
    started = threading.Event()
    go_on = threading.Event()

    def work(task: Task) -> str:
        started.set()
        go_on.wait(10)
        return "all done"  # no unit left to stop at

    task = runner.start(work, results.append, on_cancelled=lambda: results.append("cancelled"))
    assert started.wait(10)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["all done"]


def test_a_cancelled_task_is_not_an_error_and_a_failure_is(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    errors: list[BaseException] = []
    runner.default_error = errors.append

    def stop(task: Task) -> None:
        task.cancel()
        task.check()

    runner.start(stop)  # no on_cancelled: nothing to say

    def broken() -> None:
        raise ValueError("bug")

    runner.run(broken)
    runner.drain()
    assert [type(e) for e in errors] == [ValueError] and not runner.busy


def test_only_the_newest_request_is_shown(qtbot: QtBot, runner: TaskRunner) -> None:
    from inspector_app.ui.common.tasks import LatestRequest

    shown: list[str] = []
    busy: list[bool] = []
    first_may_finish = threading.Event()
    latest = LatestRequest(runner, busy.append)

    def slow_old_answer() -> str:
        first_may_finish.wait(10)
        return "old filter"

    latest.run(slow_old_answer, shown.append)
    latest.run(lambda: "new filter", shown.append)
    qtbot.waitUntil(lambda: bool(shown))
    first_may_finish.set()
    runner.drain()
    assert shown == ["new filter"]  # the older answer, come back last, is dropped
    assert busy == [True, True, False] and not latest.pending


def test_bulk_work_runs_without_garbage_collection_which_comes_back_after(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    import gc

    seen: list[bool] = []
    errors: list[BaseException] = []
    assert gc.isenabled()
    runner.start(lambda _task: seen.append(gc.isenabled()), bulk=True)
    runner.drain()
    assert seen == [False] and gc.isenabled()

    def broken(_task: Task) -> None:
        raise OSError("disk full")

    runner.start(broken, on_error=errors.append, bulk=True)
    runner.drain()
    assert errors and gc.isenabled()  # back on after a failure too
    runner.start(lambda _task: seen.append(gc.isenabled()))
    runner.drain()
    assert seen == [False, True]


def test_pool_threads_give_way_to_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    import os

    from inspector_app.ui.common.tasks import BACKGROUND_NICENESS

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    worker: list[int] = []
    runner.run(lambda: worker.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
    runner.drain()
    assert worker == [min(gui + BACKGROUND_NICENESS, 19)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui  # GUI unchanged


def test_a_worker_running_python_hands_the_gil_to_the_gui_thread_within_a_millisecond(
    runner: TaskRunner,
) -> None:
    import sys

    from inspector_app.ui.common.tasks import GIL_SWITCH_INTERVAL_S

    assert GIL_SWITCH_INTERVAL_S <= 0.001
    assert sys.getswitchinterval() <= GIL_SWITCH_INTERVAL_S
