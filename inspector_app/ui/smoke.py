"""`inspector-app --smoke-test`: start as usual, quit once the window is up and the data open.

Packaging checks (scripts/smoke-test.sh) run it offscreen on an installed or frozen app, where
no one can answer a dialog: every start-up error goes to stderr and ends the process. It also
checks what a broken package loses first: the window icon and the interface translation.
Exit 0 when start-up worked, 1 on an error, 3 when it did not finish in time.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspector_app.core.errors import InspectorError
from inspector_app.core.resources import icons_dir, translations_dir
from inspector_app.ui.app import Startup
from inspector_app.ui.settings import Preferences

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from inspector_app.services.context import AppContext

EXIT_FAILED, EXIT_TIMEOUT = 1, 3
POLL_MS = 50


def say(text: str) -> None:
    print(f"inspector-app smoke test: {text}", flush=True)


def complain(text: str) -> None:
    print(f"inspector-app smoke test: FAILED: {text}", file=sys.stderr, flush=True)


def fail(text: str, code: int = EXIT_FAILED) -> None:
    complain(text)
    QApplication.exit(code)


def crashed(report: Path, error: BaseException) -> None:
    """Replaces the crash dialog: the report is written; say where and stop."""
    fail(f"unexpected error {type(error).__name__}: {error} (report: {report})")


def packaging_problems(
    app: QApplication, language: str, translators: list[QTranslator]
) -> list[str]:
    """What is missing from the shipped data the window needs."""
    problems = []
    if app.windowIcon().isNull():
        problems.append(f"no window icon (looked for {icons_dir() / 'app.svg'})")
    wanted = f"inspector_{language}.qm"
    if not any(Path(t.filePath()).name == wanted for t in translators):
        problems.append(f"no interface translation {wanted} in {translations_dir()}")
    return problems


class SmokeStartup(Startup):
    """Start-up that reports instead of asking, and quits once everything is open and idle."""

    def __init__(self, root: Path, preferences: Preferences, timeout_s: float) -> None:
        super().__init__(root, preferences)
        self.timeout_ms = int(timeout_s * 1000)

    def begin(self) -> None:
        say(f"starting with data folder {self.root}")
        QTimer.singleShot(self.timeout_ms, self._timed_out)
        super().begin()
        assert self.window is not None
        # A background error would otherwise open a dialog that no one closes.
        self.window.runner.default_error = self._failed

    def _opened(self, ctx: AppContext) -> None:
        super()._opened(ctx)
        say("data folder open")
        self._when_idle()

    def _when_idle(self) -> None:
        """The site list and the start-up backup run in the background: wait for them."""
        assert self.window is not None
        if self.window.runner.busy:
            QTimer.singleShot(POLL_MS, self._when_idle)
            return
        if not self.window.isVisible():
            fail("the main window is not shown")
            return
        say(f"main window shown, {self.window.sites.model.rowCount()} sites listed; quitting")
        self.window.close()  # the normal way out: final backup, background work finished
        QApplication.exit(0)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InspectorError):
            fail(f"cannot open the data folder: {error}")
            return
        trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        fail(f"start-up error:\n{trace}")

    def _timed_out(self) -> None:
        fail(f"start-up did not finish within {self.timeout_ms / 1000:g} s", EXIT_TIMEOUT)
