"""The guard of tests/ui (gui_thread_guard.py) catches what it is there to catch: a ui
function that reads the database or opens a file on the GUI thread, and nothing that runs
on the runner's threads or is marked as background work."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from inspector_app.services.context import AppContext
from inspector_app.ui.common.tasks import TaskRunner, background_work
from tests.ui.gui_thread_guard import GUARD, UI_FOLDER

SOURCE = """
def read_the_database(ctx):
    with ctx.db.connection() as conn:
        return conn.execute(query).scalar()

def open_a_file(path):
    return path.read_bytes()
"""


def ui_functions(**names: Any) -> dict[str, Callable[..., Any]]:
    """Functions whose code says it lives in the ui folder, as the app's own would."""
    space: dict[str, Any] = dict(names)
    exec(compile(SOURCE, UI_FOLDER + "guard_probe.py", "exec"), space)
    return space


def taken_hits() -> list[str]:
    hits = list(GUARD.hits)
    GUARD.hits.clear()  # what this test provoked on purpose does not fail it
    return hits


def test_a_database_read_on_the_gui_thread_is_caught(ctx: AppContext) -> None:
    probe = ui_functions(query=text("select 1"))
    assert probe["read_the_database"](ctx) == 1
    hits = taken_hits()
    assert len(hits) == 1
    assert hits[0].startswith("SQL statement from guard_probe.py:4 read_the_database")


def test_a_file_opened_on_the_gui_thread_is_caught(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"not a photo")  # the test's own write: no ui frame, not counted
    assert ui_functions()["open_a_file"](photo) == b"not a photo"
    assert taken_hits() == [f"open {photo} from guard_probe.py:7 open_a_file"]


def test_the_same_read_in_the_runner_is_not_caught(ctx: AppContext) -> None:
    probe = ui_functions(query=text("select 1"))
    runner = TaskRunner()
    threads: list[threading.Thread] = []

    def work() -> object:
        threads.append(threading.current_thread())
        return probe["read_the_database"](ctx)

    results: list[object] = []
    runner.run(work, results.append)
    runner.drain()
    assert results == [1]
    assert threads and threads[0] is not threading.main_thread()
    assert taken_hits() == []


def test_work_marked_for_the_background_is_let_through(ctx: AppContext) -> None:
    probe = ui_functions(query=text("select 1"))
    marked = background_work(probe["read_the_database"])
    assert marked(ctx) == 1
    assert taken_hits() == []
