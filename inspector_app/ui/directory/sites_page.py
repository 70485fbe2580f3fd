"""The site list with search, the editor of the chosen site and its inspection history.

The page is built before the data folder is open (the window shows at once); the editor and
the rows arrive with `attach`, so this module does not import the services at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.ui.common.table_model import SORT_ROLE
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.directory.site_models import InspectionHistoryModel, SiteListModel

if TYPE_CHECKING:
    from inspector_app.services.context import AppContext
    from inspector_app.services.directory.sites import SiteRow
    from inspector_app.services.inspection.listing import InspectionRow
    from inspector_app.ui.directory.site_editor import SiteEditor


def _table(model: QSortFilterProxyModel | InspectionHistoryModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SitesPage(QWidget):
    """Find a site, edit it, and start or reopen its inspections."""

    inspection_opened = Signal(int)
    new_inspection_requested = Signal(int)
    follow_up_requested = Signal(int)

    def __init__(
        self, ctx: AppContext | None, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self._runner = runner
        self._editor: SiteEditor | None = None
        self._new_site: int | None = None  # its name is selected for typing once shown
        self.model = SiteListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.history = InspectionHistoryModel(self)
        self._build()
        self.retranslate()
        if ctx is not None:
            self.attach(ctx)

    def retranslate(self) -> None:
        """Every text of the page in the current language (also after a language switch)."""
        self.search.setPlaceholderText(self.tr("Search by project, address, contractor, permit"))
        self.search.setAccessibleName(self.tr("Search sites"))
        self.new_site_button.setText(self.tr("New site"))
        self.table.setAccessibleName(self.tr("Sites"))
        if self._editor is None:  # the label goes when the editor takes its place
            self.opening_label.setText(self.tr("Opening the data folder…"))
        self.history_view.setAccessibleName(self.tr("Inspection history"))
        self.history_label.setText(self.tr("Inspection history"))
        self.start_button.setText(self.tr("New inspection…"))
        self.follow_up_button.setText(self.tr("Follow-up of selected…"))
        self.open_button.setText(self.tr("Open selected"))
        self.model.set_columns(SiteListModel.columns())
        self.history.set_columns(InspectionHistoryModel.columns())
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths of the short columns from their header and a typical value, measured
        (not asked of every row: the list may hold thousands of sites)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        samples = {2: "某某建设集团有限公司", 3: "320100202401010101", 4: "9999", 5: "2026-12-31"}
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            header.resizeSection(column, width + 24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rebuild_editor(self) -> None:
        """A new site editor (its labels in the current language), showing the same site."""
        if self._ctx is None:
            return
        site_id = self.editor.site_id
        self._make_editor(self._ctx)
        self.editor.show_site(site_id)

    def _make_editor(self, ctx: AppContext) -> None:
        from inspector_app.ui.directory.site_editor import SiteEditor

        self._editor = SiteEditor(ctx, self._runner)
        self._editor.site_changed.connect(lambda _id: self.reload())
        self._editor.site_shown.connect(self._site_shown)
        self.editor_scroll.setWidget(self._editor)  # the old one is deleted

    def attach(self, ctx: AppContext) -> None:
        """The data folder is open: build the site editor and load the sites."""
        self._ctx = ctx
        self._make_editor(ctx)
        self.new_site_button.setEnabled(True)
        self.reload()

    @property
    def has_editor(self) -> bool:
        return self._editor is not None

    @property
    def editor(self) -> SiteEditor:
        if self._editor is None:
            raise RuntimeError("the site editor is built when the data folder is open")
        return self._editor

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("the data folder is not open yet")
        return self._ctx

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("site_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_site_button = QPushButton()
        self.new_site_button.clicked.connect(self.create_site)
        self.new_site_button.setEnabled(False)
        self.table = _table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Name and address share what is left; the short columns get what they need, so
        # the last one is never cut off at the default window size.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_site_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.addLayout(top)
        left_box.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._site_pane())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    def _site_pane(self) -> QWidget:
        self.editor_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.opening_label = QLabel()
        scroll.setWidget(self.opening_label)
        self.history_view = _table(self.history)
        self.history_view.doubleClicked.connect(self._open_history_row)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._request_new)
        self.follow_up_button = QPushButton()
        self.follow_up_button.clicked.connect(self._request_follow_up)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_history_row(self._history_index()))
        buttons = QHBoxLayout()
        for button in (self.start_button, self.follow_up_button, self.open_button):
            buttons.addWidget(button)
        pane = QWidget()
        box = QVBoxLayout(pane)
        box.addWidget(scroll, 3)
        self.history_label = QLabel()
        box.addWidget(self.history_label)
        box.addWidget(self.history_view, 1)
        box.addLayout(buttons)
        return pane

    def reload(self) -> None:
        """Load the site list in the background; the window stays responsive meanwhile."""
        if self._ctx is None:
            return
        from inspector_app.services.directory import sites

        ctx = self._ctx
        self._runner.run(lambda: sites.list_sites(ctx), self._sites_loaded)

    def _sites_loaded(self, rows: list[SiteRow]) -> None:
        selected = self.selected_site_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select_site(selected)
            self.refresh_history()

    def select_site(self, site_id: int) -> None:
        row = self.model.row_of_site(site_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def selected_site_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        site_id = self.selected_site_id()
        if site_id == self.editor.site_id:
            return
        self.editor.show_site(site_id)
        self.history.set_rows([])
        self.refresh_history()

    def refresh_history(self) -> None:
        """Read the chosen site's inspections again (one started, signed or amended)."""
        site_id = self.selected_site_id()
        if site_id is None or self._ctx is None:
            return
        from inspector_app.services.inspection import lifecycle as inspections

        ctx = self.ctx
        self._runner.run(
            lambda: inspections.list_inspections(ctx, site_id=site_id),
            lambda rows: self._history_loaded(site_id, rows),
        )

    def _history_loaded(self, site_id: int, rows: list[InspectionRow]) -> None:
        if site_id == self.selected_site_id():  # the user may have moved on meanwhile
            self.history.set_rows(rows)

    def create_site(self) -> None:
        from inspector_app.services.directory import sites

        name, ctx = self.tr("New site"), self.ctx
        self._runner.run(lambda: sites.create_site(ctx, name), self._site_created, write=True)

    def show_new_site(self, site_id: int) -> None:
        """A site made elsewhere (the first-run guide): list it, select it, type its name."""
        self._site_created(site_id)

    def _site_created(self, site_id: int) -> None:
        from inspector_app.services.directory import sites

        ctx = self.ctx
        self._runner.run(lambda: sites.list_sites(ctx), lambda rows: self._created(rows, site_id))

    def _created(self, rows: list[SiteRow], site_id: int) -> None:
        self.search.clear()
        self.model.set_rows(rows)
        self._new_site = site_id
        self.select_site(site_id)

    def _site_shown(self, site_id: int) -> None:
        if site_id == self._new_site:
            self._new_site = None
            self.editor.fields["name"].setFocus()
            self.editor.fields["name"].selectAll()

    def _history_index(self) -> QModelIndex:
        rows = self.history_view.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()

    def _history_row(self) -> InspectionRow | None:
        index = self._history_index()
        return self.history.row_at(index.row()) if index.isValid() else None

    def _open_history_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.inspection_opened.emit(self.history.row_at(index.row()).id)

    def _request_new(self) -> None:
        site_id = self.selected_site_id()
        if site_id is not None:
            self.new_inspection_requested.emit(site_id)

    def _request_follow_up(self) -> None:
        row = self._history_row()
        if row is not None:
            self.follow_up_requested.emit(row.id)
