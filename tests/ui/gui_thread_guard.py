"""The GUI thread never touches the database or the disk on behalf of the app's ui code.

Every test under tests/ui runs with this guard (see conftest.py): each SQL statement and
each file the Python side opens, lists, copies, renames or removes is checked, and one made
on the main thread with a frame of `inspector_app/ui/` on the stack fails the test, naming
the ui frames. Test code itself (setting up data, reading back what was saved) may use the
database on the main thread; ui functions that are handed to the runner and that a test
calls directly are marked `@background_work` (ui/common/tasks.py) and are let through.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

import inspector_app
from inspector_app.ui.common.tasks import BACKGROUND_WORK

PACKAGE = Path(inspector_app.__file__).parent
UI_FOLDER = str(PACKAGE / "ui") + "/"
DISK_EVENTS = frozenset(
    {"open", "os.listdir", "os.scandir", "os.remove", "os.rename", "os.mkdir", "shutil.copyfile"}
)
# Code and the interpreter's own files: loading a module lazily (the import system lists the
# package's folder) is not the app's disk work. The app's data files (_data/) are.
CODE_SUFFIXES = (".py", ".pyc", ".so", ".pth")
SYSTEM_PREFIXES = (sys.prefix, sys.base_prefix, "/usr/", "/proc/", "/sys/", "/dev/")
DATA_FOLDER = str(PACKAGE / "_data")
# Before the first window: the log file is opened once by main(), as Qt reads its plugins.
BEFORE_THE_EVENT_LOOP = frozenset({"diagnostics.py setup_logging"})


class GuiThreadGuard:
    def __init__(self) -> None:
        self.active = False
        self.hits: list[str] = []
        self._inside = threading.local()

    def database(self, *_args: Any) -> None:
        self._check("SQL statement")

    def audit(self, name: str, args: tuple[Any, ...]) -> None:
        if not self.active or name not in DISK_EVENTS:
            return
        path = str(args[0]) if args else ""
        if path.endswith(CODE_SUFFIXES) or path.startswith(SYSTEM_PREFIXES):
            return
        source = path.startswith(str(PACKAGE)) and not path.startswith(DATA_FOLDER)
        if name in ("os.listdir", "os.scandir") and source:
            return
        self._check(f"{name} {path}")

    def _check(self, what: str) -> None:
        if not self.active or threading.current_thread() is not threading.main_thread():
            return
        if getattr(self._inside, "busy", False):
            return
        self._inside.busy = True
        try:
            chain = _ui_chain(sys._getframe(2))
            if chain:
                self.hits.append(f"{what} from " + " <- ".join(chain))
        finally:
            self._inside.busy = False


def _ui_chain(frame: FrameType | None) -> list[str]:
    """The app's ui frames on the stack, innermost first; none if background work is on it."""
    chain: list[str] = []
    while frame is not None:
        code = frame.f_code
        if code in BACKGROUND_WORK:
            return []
        if code.co_filename.startswith(UI_FOLDER):
            where = code.co_filename[len(UI_FOLDER) :]
            if f"{where} {code.co_name}" in BEFORE_THE_EVENT_LOOP:
                return []
            chain.append(f"{where}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return chain


GUARD = GuiThreadGuard()
sys.addaudithook(GUARD.audit)  # audit hooks stay for the process: the guard's flag gates it
event.listen(Engine, "before_cursor_execute", GUARD.database)


@contextmanager
def guarded() -> Iterator[GuiThreadGuard]:
    GUARD.hits.clear()
    GUARD.active = True
    try:
        yield GUARD
    finally:
        GUARD.active = False
