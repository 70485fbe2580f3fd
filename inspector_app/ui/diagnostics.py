"""Logging to a rotating file, Qt messages routed into it, and the crash handler."""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_FILE = "inspector-app.log"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_log = logging.getLogger("qt")


def setup_logging(logs_dir: Path) -> Path:
    """Log to logs/inspector-app.log (rotating) and route Qt's own messages there too."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    path = logs_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # pyHanko logs a whole traceback for every signer not on its trust list; the
    # verification result already says so in plain words.
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    qInstallMessageHandler(route_qt_message)
    return path


def route_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def write_crash_report(
    logs_dir: Path,
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
) -> Path:
    """Write the traceback to logs/crash-<time>.txt and return its path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = logs_dir / f"crash-{stamp}.txt"
    text = "".join(traceback.format_exception(kind, error, trace))
    logs_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    logging.getLogger("crash").critical("unexpected error, report in %s\n%s", path, text)
    return path


ShowCrash = Callable[[Path, BaseException], None]


def install_crash_handler(logs_dir: Path, show: ShowCrash) -> None:
    """Every uncaught exception is written to the log folder and shown with where it is."""

    def handle(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        path = write_crash_report(logs_dir, kind, error, trace)
        show(path, error)

    sys.excepthook = handle
