"""The main window: the site list and the open inspection, with menus and remembered state.

The frame shows before the data folder is open: the services (and SQLAlchemy) arrive with
`attach_context`, the workspace modules when an inspection is first opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.ui.common.dialog_loading import DialogLoader
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import Failed, LatestRequest, TaskRunner
from inspector_app.ui.directory.sites_page import SitesPage
from inspector_app.ui.settings import Bookmark, Preferences
from inspector_app.ui.signing.expiry_notice import ExpiryNotice
from inspector_app.ui.supervisor.menu import SupervisionMenu

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from inspector_app.ui.inspection.new_inspection import NewInspectionChoices
    from inspector_app.ui.inspection.session import InspectionSession, LoadedInspection
    from inspector_app.ui.inspection.workspace import Workspace
    from inspector_app.ui.preferences_dialog import PreferenceValues
    from inspector_app.ui.sync.bundle_export import BundleExporter

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Sites on one page, the open inspection on the other; no save button anywhere."""

    inspection_opened = Signal(int)
    context_attached = Signal()

    def __init__(
        self,
        ctx: AppContext | None,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        data_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self.preferences = preferences
        self.lang = preferences.form_language()
        self.runner = TaskRunner(self)
        self.runner.default_error = lambda error: show_error(self, error)
        # Opening reads in the background; a later open wins over one still loading.
        self._opening = LatestRequest(self.runner, self._loading)
        self._focus_before_loading: QWidget | None = None
        self.bookmark: Bookmark | None = None
        self.session: InspectionSession | None = None
        self.workspace: Workspace | None = None
        self._exporter: BundleExporter | None = None
        self.backup: Path | None = None
        self.setObjectName("main_window")
        self.sites = SitesPage(None, self.runner)
        self.sites.inspection_opened.connect(self.open_inspection)
        self.sites.new_inspection_requested.connect(lambda site_id: self.new_inspection(site_id))
        self.sites.follow_up_requested.connect(self.follow_up)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sites)
        self.setCentralWidget(self.pages)
        self._make_actions()
        root = data_root or (ctx.data_dir.root if ctx else None)
        self.folder_label = QLabel(str(root or ""))
        self.export_progress = QProgressBar()
        self.export_progress.setMaximumWidth(200)
        self.export_progress.hide()
        self.expiry_notice = ExpiryNotice()
        self.statusBar().addPermanentWidget(self.expiry_notice)
        self.statusBar().addPermanentWidget(self.export_progress)
        self.statusBar().addPermanentWidget(self.folder_label)
        if not preferences.restore_window(self):
            self.resize(1400, 900)
        if ctx is not None:
            self.attach_context(ctx)

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the data folder is not open yet")
        return self._ctx

    def attach_context(self, ctx: AppContext) -> None:
        """The data folder is open: load the sites and enable what needs data."""
        self._ctx = ctx
        self.bookmark = Bookmark(ctx.data_dir.root)
        self.folder_label.setText(str(ctx.data_dir.root))
        self.statusBar().clearMessage()
        for action in self._data_actions:
            action.setEnabled(True)
        self.sites.attach(ctx)
        self.supervision.attach(ctx)
        self._back_up()
        self.expiry_notice.check(ctx, self.runner)
        self.context_attached.emit()

    def _back_up(self) -> None:
        """A backup when one is due (start and close), in the write queue like any write."""
        from inspector_app.services.maintenance import backup_if_due

        ctx = self.ctx
        self.runner.run(lambda: backup_if_due(ctx), self._backed_up, write=True)

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.backup = path
            log.info("backup %s", path)

    def _make_actions(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.addToolBar(self.toolbar)
        self.file_menu = self.menuBar().addMenu("")
        self.sites_action = self._action(self.show_sites, "Ctrl+1")
        self.workspace_action = self._action(self.show_workspace, "Ctrl+2")
        self.new_action = self._action(self.new_inspection, "Ctrl+N")
        self.preferences_action = self._action(self.edit_preferences, "Ctrl+,")
        self.guide_action = self._action(self.open_first_run_guide, "")
        self.guide_action.setObjectName("first_run_guide")
        self.quit_action = self._action(self.close, "Ctrl+Q")
        for action in (
            self.sites_action,
            self.workspace_action,
            self.new_action,
            self.preferences_action,
        ):
            self.toolbar.addAction(action)
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.guide_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.undo_action = self._action(self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self._redo, "Ctrl+Shift+Z")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.inspection_menu = self.menuBar().addMenu("")
        self.preview_action = self._action(self.preview_report, QKeySequence.StandardKey.Print)
        self.preview_action.setObjectName("preview_report")
        self.verify_action = self._action(self.choose_pdf, "")
        self.verify_action.setObjectName("verify_pdf")
        self.export_bundle_action = self._action(self.export_current_bundle, "")
        self.export_bundle_action.setObjectName("export_bundle")
        self.export_pending_action = self._action(self.export_pending_bundles, "")
        self.amend_action = self._action(self.amend_current, "")
        self.amend_action.setObjectName("amend_inspection")
        self.export_pending_action.setObjectName("export_pending")
        self.inspection_menu.addAction(self.preview_action)
        self.inspection_menu.addAction(self.verify_action)
        self.inspection_menu.addAction(self.amend_action)
        self.inspection_menu.addSeparator()
        self.inspection_menu.addAction(self.export_bundle_action)
        self.inspection_menu.addAction(self.export_pending_action)
        self.supervision = SupervisionMenu(self, lambda: self.lang)
        self.workspace_action.setEnabled(False)
        self.preview_action.setEnabled(False)
        self.export_bundle_action.setEnabled(False)
        self.amend_action.setEnabled(False)
        self._data_actions = [
            self.new_action,
            self.preferences_action,
            self.guide_action,
            self.verify_action,
            self.export_pending_action,
        ]
        for action in self._data_actions:
            action.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """The frame's texts in the current language (at start and on LanguageChange)."""
        self.setWindowTitle(self.tr("Site inspection of the eight wage rules"))
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.inspection_menu.setTitle(self.tr("&Inspection"))
        texts = {
            self.sites_action: self.tr("Sites"),
            self.workspace_action: self.tr("Inspection"),
            self.new_action: self.tr("New inspection…"),
            self.preferences_action: self.tr("Preferences…"),
            self.guide_action: self.tr("Getting started…"),
            self.quit_action: self.tr("Quit"),
            self.undo_action: self.tr("Undo"),
            self.redo_action: self.tr("Redo"),
            self.preview_action: self.tr("Preview report"),
            self.verify_action: self.tr("Open PDF to verify…"),
            self.export_bundle_action: self.tr("Export sync bundle…"),
            self.export_pending_action: self.tr("Export all not yet exported…"),
            self.amend_action: self.tr("Amend the signed record…"),
        }
        for action, text in texts.items():
            action.setText(text)
        if self._ctx is None:
            self.statusBar().showMessage(self.tr("Opening the data folder…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, language: str) -> None:
        """Retranslate the running window: the frame and the site list follow LanguageChange;
        the site editor and the open inspection are rebuilt (form content changes too)."""
        from inspector_app.ui.language import install_translators

        app = QCoreApplication.instance()
        assert app is not None
        install_translators(app, language)
        self.lang = self.preferences.form_language()
        self.sites.rebuild_editor()
        self.supervision.language_switched()
        if self.session is None or self.workspace is None or self._opening.pending:
            return  # an inspection still loading is shown in the new language anyway
        inspection_id, item_id = self.session.id, self.workspace.current_item
        showing = self.pages.currentWidget() is self.workspace
        # Read again behind the queued writes, so the new workspace has everything typed.
        self._open(inspection_id, then=lambda shown: self._reopened(shown, item_id, showing))

    def _reopened(self, workspace: Workspace, item_id: str | None, showing: bool) -> None:
        if item_id is not None:
            workspace.go_to(item_id)
        if not showing:
            self.pages.setCurrentWidget(self.sites)

    def _action(self, slot: Callable[[], object], key: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _undo(self) -> None:
        if (
            not self._opening.pending
            and self.session is not None
            and self.workspace is not None
            and self.pages.currentWidget() is self.workspace
        ):
            self.workspace.flush()
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if (
            not self._opening.pending
            and self.session is not None
            and self.pages.currentWidget() is self.workspace
        ):
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
        inspection_id = self.bookmark.inspection_id() if self.bookmark else None
        if inspection_id is None:
            return

        def not_reopened(error: BaseException) -> None:
            if not isinstance(error, InspectorError):
                self.runner.default_error(error)
                return
            log.info("last inspection %s not reopened: %s", inspection_id, error)
            if self.bookmark is not None:
                self.bookmark.set_inspection_id(None)

        self._open(inspection_id, on_error=not_reopened)

    def open_inspection(self, inspection_id: int) -> None:
        """Show an inspection once it is read in the background; `inspection_opened` tells
        when. An error (the inspection is gone) is a message and the window stays as it was."""
        self._open(inspection_id)

    def _open(
        self,
        inspection_id: int,
        *,
        on_error: Failed | None = None,
        then: Callable[[Workspace], object] | None = None,
    ) -> None:
        # The workspace modules load with the first inspection opened, not at start-up.
        from inspector_app.ui.inspection.session import load_inspection

        if self.workspace is not None:
            self.workspace.flush()  # queued before the read, which runs behind the writes
        ctx = self.ctx

        def loaded(inspection: LoadedInspection) -> None:
            workspace = self._show_inspection(inspection)
            if then is not None:
                then(workspace)

        self._opening.run(lambda: load_inspection(ctx, inspection_id), loaded, on_error, write=True)

    def _loading(self, busy: bool) -> None:
        """The open workspace takes no typing while the next one loads: what is typed there
        would be written after the read (and missing from a reopened inspection)."""
        if self.workspace is None:
            return
        if busy:
            focus = QApplication.focusWidget()
            if focus is not None and self.workspace.isAncestorOf(focus):
                self._focus_before_loading = focus
            self.workspace.setEnabled(False)
            return
        self.workspace.setEnabled(True)
        if self._focus_before_loading is not None:
            self._focus_before_loading.setFocus()  # the open failed: back where the user was
            self._focus_before_loading = None

    def _show_inspection(self, loaded: LoadedInspection) -> Workspace:
        from inspector_app.ui.inspection.session import InspectionSession
        from inspector_app.ui.inspection.workspace import Workspace

        self._close_workspace()
        self.session = InspectionSession(self.ctx, self.runner, loaded, self)
        self.workspace = workspace = Workspace(self.session, self.lang, self.preferences)
        self.pages.addWidget(workspace)
        self.pages.setCurrentWidget(workspace)
        self.workspace_action.setEnabled(True)
        self.preview_action.setEnabled(True)
        self.session.records_reloaded.connect(self._inspection_state_changed)
        # The sites page's history shows this inspection's status: keep it current.
        self.session.records_reloaded.connect(self.sites.refresh_history)
        self.sites.refresh_history()
        self._inspection_state_changed()
        workspace.tree.setFocus()
        if self.bookmark is not None:
            self.bookmark.set_inspection_id(self.session.id)
        self.inspection_opened.emit(self.session.id)
        return workspace

    def _close_workspace(self) -> None:
        if self.workspace is None:
            return
        self.workspace.flush()
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace = None
        self.session = None
        self.preview_action.setEnabled(False)
        self.export_bundle_action.setEnabled(False)
        self.amend_action.setEnabled(False)

    def _inspection_state_changed(self) -> None:
        # Only a signed inspection has a signed report and manifest to put in a bundle.
        locked = self.session is not None and self.session.locked
        self.export_bundle_action.setEnabled(locked)
        self.amend_action.setEnabled(locked)

    @property
    def exporter(self) -> BundleExporter:
        if self._exporter is None:
            from inspector_app.ui.sync.bundle_export import BundleExporter

            self._exporter = BundleExporter(self.ctx, self.runner, self.export_progress, self)
        return self._exporter

    def amend_current(self) -> None:
        """Revision n+1 of the open signed inspection, with the reason asked for; opens it."""
        from inspector_app.ui.inspection.amend_dialog import AmendDialog

        if self.session is None or not self.session.locked:
            return
        detail = self.session.detail
        dialog = AmendDialog(self.ctx, self.runner, detail.id, detail.revision, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(self.open_inspection)
        dialog.open()

    def export_current_bundle(self) -> None:
        if self.session is not None and self.session.locked:
            self.exporter.choose_folder([self.session.id])

    def export_pending_bundles(self) -> None:
        """Ask the database which signed inspections are not exported yet, behind the queued
        writes (a signing in progress counts), then choose where to write them."""
        from inspector_app.services.sync.export import pending_exports

        ctx = self.ctx
        self.runner.run(lambda: pending_exports(ctx), self.exporter.choose_folder, write=True)

    @cached_property
    def dialogs(self) -> DialogLoader:
        """The dialogs' data is read on the runner; they are built here from those values."""
        return DialogLoader(self.runner, self)

    def offer_first_run(self) -> None:
        """At start: the guide when the data folder has no signing key yet."""
        from inspector_app.ui.first_run import load_guide

        load_guide(self.dialogs, self.ctx, self, self.sites.show_new_site, only_if_needed=True)

    def open_first_run_guide(self) -> None:
        from inspector_app.ui.first_run import load_guide

        load_guide(self.dialogs, self.ctx, self, self.sites.show_new_site)

    def new_inspection(self, site_id: int | None = None) -> None:
        from inspector_app.ui.inspection.new_inspection import read_choices

        ctx, site_id = self.ctx, site_id or self.sites.selected_site_id()
        self.dialogs.load(
            lambda: read_choices(ctx),
            lambda choices: self._new_inspection_dialog(choices, site_id=site_id),
        )

    def follow_up(self, previous_id: int) -> None:
        from inspector_app.ui.inspection.new_inspection import read_choices

        ctx = self.ctx
        self.dialogs.load(
            lambda: read_choices(ctx, follow_up=True),
            lambda choices: self._new_inspection_dialog(choices, follow_up_of=previous_id),
        )

    def _new_inspection_dialog(
        self,
        choices: NewInspectionChoices,
        *,
        site_id: int | None = None,
        follow_up_of: int | None = None,
    ) -> None:
        from inspector_app.ui.first_run import offer_new_site
        from inspector_app.ui.inspection.new_inspection import NewInspectionDialog

        if follow_up_of is None and not choices.sites:
            offer_new_site(self, self.sites.create_site)
            return
        dialog = NewInspectionDialog(
            self.ctx,
            choices,
            self.lang,
            site_id=site_id,
            follow_up_of=follow_up_of,
            runner=self.runner,
            parent=self,
        )
        dialog.inspection_started.connect(self.open_inspection)
        dialog.open()

    def edit_preferences(self) -> None:
        from inspector_app.ui.preferences_dialog import PreferencesDialog, read_values

        def show(values: PreferenceValues) -> None:
            dialog = PreferencesDialog(self.ctx, values, self.preferences, self.runner, self)
            dialog.language_changed.connect(self.switch_language)
            dialog.open()

        ctx = self.ctx
        self.dialogs.load(lambda: read_values(ctx), show)

    def preview_report(self) -> None:
        from inspector_app.ui.reporting.report_preview import ReportPreview

        if self.session is None:
            return
        if self.workspace is not None:
            self.workspace.flush()
        preview = ReportPreview(
            self.ctx, self.runner, self.session.id, self.lang, self, signed=self.session.locked
        )
        preview.show()

    def choose_pdf(self) -> None:
        from inspector_app.ui.reporting.report_preview import choose_and_verify

        choose_and_verify(self.ctx, self.runner, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        if self.sites.has_editor:
            self.sites.editor.flush()
        self.supervision.close()
        if self._ctx is not None:
            self._back_up()  # queued behind the last writes; shutdown waits for it
        self.runner.shutdown()
        self.preferences.save_window(self)
        event.accept()
