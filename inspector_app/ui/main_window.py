"""The main window: the site list and the open inspection, with menus and remembered state."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.ui.inspection_session import InspectionSession
from inspector_app.ui.messages import show_error
from inspector_app.ui.new_inspection import NewInspectionDialog
from inspector_app.ui.preferences_dialog import PreferencesDialog
from inspector_app.ui.settings import Bookmark, Preferences
from inspector_app.ui.sites_page import SitesPage
from inspector_app.ui.tasks import TaskRunner
from inspector_app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Sites on one page, the open inspection on the other; no save button anywhere."""

    inspection_opened = Signal(int)

    def __init__(
        self, ctx: AppContext, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.preferences = ctx, preferences
        self.lang = preferences.form_language()
        self.runner = TaskRunner(self)
        self.runner.default_error = lambda error: show_error(self, error)
        self.bookmark = Bookmark(ctx.data_dir.root)
        self.session: InspectionSession | None = None
        self.workspace: Workspace | None = None
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Site inspection of the eight wage rules"))
        self.sites = SitesPage(ctx, self.runner)
        self.sites.inspection_opened.connect(self.open_inspection)
        self.sites.new_inspection_requested.connect(lambda site_id: self.new_inspection(site_id))
        self.sites.follow_up_requested.connect(self.follow_up)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sites)
        self.setCentralWidget(self.pages)
        self._make_actions()
        self.statusBar().addPermanentWidget(QLabel(str(ctx.data_dir.root)))
        if not preferences.restore_window(self):
            self.resize(1400, 900)
        self.sites.reload()

    def _make_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        self.addToolBar(toolbar)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sites_action = self._action(self.tr("Sites"), self.show_sites, "Ctrl+1")
        self.workspace_action = self._action(self.tr("Inspection"), self.show_workspace, "Ctrl+2")
        self.new_action = self._action(self.tr("New inspection…"), self.new_inspection, "Ctrl+N")
        self.preferences_action = self._action(
            self.tr("Preferences…"), self.edit_preferences, "Ctrl+,"
        )
        quit_action = self._action(self.tr("Quit"), self.close, "Ctrl+Q")
        for action in (
            self.sites_action,
            self.workspace_action,
            self.new_action,
            self.preferences_action,
        ):
            toolbar.addAction(action)
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("Undo"), self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("Redo"), self._redo, "Ctrl+Shift+Z")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.workspace_action.setEnabled(False)

    def _action(
        self, text: str, slot: Callable[[], object], key: str | QKeySequence.StandardKey
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _undo(self) -> None:
        if (
            self.session is not None
            and self.workspace is not None
            and self.pages.currentWidget() is self.workspace
        ):
            self.workspace.flush()
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session is not None and self.pages.currentWidget() is self.workspace:
            self.session.undo_stack.redo()

    def show_sites(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.sites.reload()
        self.pages.setCurrentWidget(self.sites)

    def show_workspace(self) -> None:
        if self.workspace is not None:
            self.pages.setCurrentWidget(self.workspace)
            self.workspace.panel.setFocus()

    def reopen_last(self) -> None:
        """After a start, crash or power loss: back to the last inspection and item."""
        inspection_id = self.bookmark.inspection_id()
        if inspection_id is None:
            return
        try:
            self.open_inspection(inspection_id)
        except InspectorError as error:
            log.info("last inspection %s not reopened: %s", inspection_id, error)
            self.bookmark.set_inspection_id(None)

    def open_inspection(self, inspection_id: int) -> None:
        self._close_workspace()
        self.session = InspectionSession(self.ctx, self.runner, inspection_id, self)
        self.workspace = Workspace(self.session, self.lang, self.preferences)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self.workspace_action.setEnabled(True)
        self.workspace.tree.setFocus()
        self.bookmark.set_inspection_id(inspection_id)
        self.inspection_opened.emit(inspection_id)

    def _close_workspace(self) -> None:
        if self.workspace is None:
            return
        self.workspace.flush()
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace = None
        self.session = None

    def new_inspection(self, site_id: int | None = None) -> None:
        dialog = NewInspectionDialog(
            self.ctx, self.lang, site_id=site_id or self.sites.selected_site_id(), parent=self
        )
        dialog.accepted.connect(lambda: self._started(dialog.inspection_id))
        dialog.open()

    def follow_up(self, previous_id: int) -> None:
        dialog = NewInspectionDialog(self.ctx, self.lang, follow_up_of=previous_id, parent=self)
        dialog.accepted.connect(lambda: self._started(dialog.inspection_id))
        dialog.open()

    def _started(self, inspection_id: int | None) -> None:
        if inspection_id is not None:
            self.open_inspection(inspection_id)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.ctx, self.preferences, self)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.runner.shutdown()
        self.preferences.save_window(self)
        event.accept()
