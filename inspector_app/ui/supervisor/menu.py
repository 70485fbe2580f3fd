"""The Supervision menu of the main window: received inspections, import and trust list.

The supervisor's modules import the services, so they load when the menu is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from inspector_app.ui.supervisor.workspace import SupervisorWindow


class SupervisionMenu(QObject):
    """Opens the supervisor's window (one, kept here) and its import and trust dialogs."""

    def __init__(self, window: QMainWindow, language: Callable[[], str]) -> None:
        super().__init__(window)
        self._main, self._language = window, language
        self._ctx: AppContext | None = None
        self.supervisor: SupervisorWindow | None = None
        self.menu = QMenu(window)
        self.received_action = self._action(self.open_received, "supervision_received")
        self.import_action = self._action(self.import_bundles, "supervision_import")
        self.trust_action = self._action(self.open_trust_list, "supervision_trust")
        window.menuBar().addMenu(self.menu)
        self.retranslate()

    def _action(self, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(self._main)
        action.setObjectName(name)
        action.setEnabled(False)  # until the data folder is open
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Supervision"))
        self.received_action.setText(self.tr("Received inspections…"))
        self.import_action.setText(self.tr("Import bundles…"))
        self.trust_action.setText(self.tr("Trust list…"))

    def attach(self, ctx: AppContext) -> None:
        self._ctx = ctx
        for action in (self.received_action, self.import_action, self.trust_action):
            action.setEnabled(True)

    def open_received(self) -> SupervisorWindow:
        """Show the supervisor's window, made on first use and raised after that."""
        if self.supervisor is None:
            from inspector_app.ui.supervisor.workspace import show_supervisor_window

            assert self._ctx is not None
            self.supervisor = show_supervisor_window(self._ctx, self._language())
        elif not self.supervisor.isVisible():
            self.supervisor.workspace.refresh()  # bundles may have come in meanwhile
        self.supervisor.show()
        self.supervisor.raise_()
        self.supervisor.activateWindow()
        return self.supervisor

    def import_bundles(self) -> None:
        self.open_received().workspace.choose_files()

    def open_trust_list(self) -> None:
        from inspector_app.ui.supervisor.trust_dialog import TrustDialog

        assert self._ctx is not None
        dialog = TrustDialog(self._ctx, self._main)
        dialog.finished.connect(self._trust_changed)
        dialog.open()

    def _trust_changed(self) -> None:
        # Trusting a certificate may have imported held bundles.
        if self.supervisor is not None:
            self.supervisor.workspace.refresh()

    def language_switched(self) -> None:
        """The supervisor's window is rebuilt in the new language (form titles too)."""
        self.retranslate()
        if self.supervisor is None:
            return
        showing = self.supervisor.isVisible()
        self.close()
        if showing:
            self.open_received()

    def close(self) -> None:
        if self.supervisor is not None:
            self.supervisor.close()
            self.supervisor.deleteLater()
            self.supervisor = None
