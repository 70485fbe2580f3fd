"""The inspector-app entry point: Qt set-up, translations, logging, crash handler, start-up.

Start-up shows the main window first and opens the data folder in the background: the
services and SQLAlchemy are imported there, so the window answers before they are loaded.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_app.core.errors import DamagedDatabaseError, InspectorError
from inspector_app.core.paths import DataDir, default_data_dir
from inspector_app.core.resources import icons_dir, shipped_font
from inspector_app.ui.common.messages import error_text
from inspector_app.ui.common.plain_text import install_plain_text_policy
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.diagnostics import install_crash_handler, setup_logging
from inspector_app.ui.language import install_translators, installed_translators
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext

log = logging.getLogger(__name__)
__all__ = ["Startup", "install_translators", "main", "make_application", "set_up_language"]


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="inspector-app", description="Site inspection app")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: per-user folder)")
    parser.add_argument("--language", choices=("zh_CN", "en"), help="override the language")
    parser.add_argument(
        "--smoke-test",
        type=float,
        nargs="?",
        const=120.0,
        metavar="SECONDS",
        help="start, wait until the data folder is open, then quit; an error or the time "
        "limit (default 120 s) exits non-zero (packaging checks)",
    )
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def set_up_language(app: QApplication, requested: str | None, preferences: Preferences) -> str:
    """The interface language: --language, else the saved choice, else the system's
    (Chinese unless the locale explicitly asks for another language). --language is saved
    as the choice."""
    language = requested or preferences.language()
    install_translators(app, language)
    if requested:
        preferences.set_language(requested)
    return language


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setOrganizationName("inspector-app")
    app.setApplicationName("inspector-app")
    app.setApplicationDisplayName("Site inspection")
    icon = icons_dir() / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    add_shipped_chinese_font()
    install_plain_text_policy(app)
    return app


def add_shipped_chinese_font() -> bool:
    """Give Qt the shipped Chinese font when the system has none, so the interface never
    shows empty boxes on a bare machine. True when the shipped font was added."""
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    if QFontDatabase.families(chinese):
        return False
    shipped = shipped_font()
    if QFontDatabase.addApplicationFont(str(shipped)) < 0:
        log.warning("the shipped font %s could not be loaded", shipped)
        return False
    return True


def show_crash(path: Path, error: BaseException) -> None:
    """Tell the inspector something went wrong and where the report is; the work is saved."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Unexpected error"),
        QCoreApplication.translate(
            "app",
            "Something went wrong that should not have. Everything entered so far is saved.\n\n"
            "A report was written to:\n%1",
        ).replace("%1", str(path)),
    )
    folder = box.addButton(
        QCoreApplication.translate("app", "Show folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def open_data_folder(root: Path) -> AppContext:
    """Runs in a pool thread: the services, the site list's services and the database."""
    from inspector_app.services.context import open_context
    from inspector_app.services.directory import sites  # noqa: F401  (imported here, not on the GUI thread

    return open_context(root)


def _damaged(error: BaseException) -> DamagedDatabaseError | None:
    return error if isinstance(error, DamagedDatabaseError) else None


class Startup:
    """Shows the window at once, then opens the data folder off the GUI thread; offers the
    latest good backup if the database is damaged."""

    def __init__(self, root: Path, preferences: Preferences) -> None:
        self.root, self.preferences = root, preferences
        self.runner = TaskRunner()
        self.window: MainWindow | None = None

    def begin(self) -> None:
        if self.window is None:
            self.window = MainWindow(None, self.preferences, data_root=self.root)
            self.window.show()
        root = self.root
        self.runner.run(lambda: open_data_folder(root), self._opened, self._failed)

    def _opened(self, ctx: AppContext) -> None:
        assert self.window is not None
        self.window.attach_context(ctx)
        self.window.reopen_last()
        self.window.offer_first_run()

    def _failed(self, error: BaseException) -> None:
        damaged = _damaged(error)
        if damaged is not None and damaged.backup is not None:
            self._offer_backup(damaged)
            return
        if isinstance(error, InspectorError):
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("app", "Cannot open the data folder"),
                error_text(error),
            )
            QApplication.exit(1)
            return
        sys.excepthook(type(error), error, error.__traceback__)
        QApplication.exit(1)

    def _offer_backup(self, error: DamagedDatabaseError) -> None:
        from inspector_app.services.maintenance import restore_latest_backup

        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("app", "Damaged database"),
            QCoreApplication.translate(
                "app", "The database is damaged (%1).\nRestore the latest good backup, %2?"
            )
            .replace("%1", error.problem)
            .replace("%2", error.backup.name if error.backup else ""),
        )
        if answer != QMessageBox.StandardButton.Yes:
            QApplication.exit(1)
            return
        damaged = restore_latest_backup(DataDir(self.root))
        log.warning("restored the latest backup; the damaged file is kept as %s", damaged)
        self.begin()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI; returns the exit code."""
    argv = list(sys.argv if argv is None else argv)
    args = parse_arguments(argv[1:])
    app = make_application(argv)
    preferences = Preferences()
    language = set_up_language(app, args.language, preferences)
    root = args.data_dir or preferences.data_folder() or default_data_dir()
    logs = DataDir(root).logs
    log_file = setup_logging(logs)
    log.info("starting; data folder %s, log %s", root, log_file)
    if args.smoke_test is not None:
        from inspector_app.ui import smoke

        problems = smoke.packaging_problems(app, language, installed_translators())
        for problem in problems:
            smoke.complain(problem)
        if problems:
            return smoke.EXIT_FAILED
        install_crash_handler(logs, smoke.crashed)
        startup: Startup = smoke.SmokeStartup(root, preferences, args.smoke_test)
    else:
        install_crash_handler(logs, show_crash)
        startup = Startup(root, preferences)
    startup.begin()
    code = app.exec()
    startup.runner.shutdown()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
