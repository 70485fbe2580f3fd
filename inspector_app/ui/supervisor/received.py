"""Received inspections: filters, the list, a read-only detail and the review actions.

Every read and write runs in the workspace's TaskRunner; the answers are shown here, the
newest request's only (a filter changed twice shows the second list)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.scoring import Verdict
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import InspectorRow, list_inspectors
from inspector_app.services.directory.sites import SiteRow, list_sites
from inspector_app.services.supervision import review
from inspector_app.services.supervision.form_check import forms_differing
from inspector_app.services.supervision.lookups import flagged_photo_counts, rule_titles
from inspector_app.services.supervision.received import (
    ReceivedFilter,
    ReceivedRow,
    received_inspections,
)
from inspector_app.services.supervision.tables import display_width
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.table_model import Column
from inspector_app.ui.common.tasks import LatestRequest, TaskRunner
from inspector_app.ui.supervisor.detail_browser import DetailBrowser, read_detail
from inspector_app.ui.supervisor.models import received_columns, received_model
from inspector_app.ui.supervisor.orders import open_order_link
from inspector_app.ui.supervisor.words import review_text, rule_label, verdict_text

_NO_DATE = QDate(2000, 1, 1)
DATE_FORMAT = "yyyy-MM-dd"


def _combo(items: list[tuple[str, object]], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    _fill(box, items)
    return box


def _fill(box: QComboBox, items: list[tuple[str, object]]) -> None:
    """Refill a filter, keeping its choice when it is still there, without a refresh."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    box.setCurrentIndex(max(box.findData(chosen), 0))
    box.blockSignals(False)


Choices = tuple[list[SiteRow], list[InspectorRow], dict[str, Any]]


def _choices(ctx: AppContext) -> Choices:
    return list_sites(ctx), list_inspectors(ctx), rule_titles(ctx)


Answer = tuple[list[ReceivedRow], dict[int, int], set[int], list[str]]


def _rows_and_flags(ctx: AppContext, given: ReceivedFilter) -> Answer:
    rows = received_inspections(ctx, given)
    ids = [r.id for r in rows]
    flagged, differing = flagged_photo_counts(ctx, ids), forms_differing(ctx, ids)
    return rows, flagged, differing, widest_texts(received_columns(flagged, differing), rows)


def widest_texts(columns: Sequence[Column[Any]], rows: Sequence[Any]) -> list[str]:
    """Per column, the widest text of the first rows, found in the background: Qt's own
    measuring asks the model for eight roles of every cell, on the GUI thread."""
    sample = rows[:MEASURED_ROWS]
    return [max((c.show(r) for r in sample), key=display_width, default="") for c in columns]


def fit_to_texts(view: QTableView, texts: Sequence[str]) -> None:
    """fit_columns with the widest texts already known: a few measures of text."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    cells, heads = view.fontMetrics(), header.fontMetrics()
    model = view.model()
    for column, text in enumerate(texts):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(
            cells.horizontalAdvance(text) + CELL_PADDING,
            heads.horizontalAdvance(title) + HEADER_PADDING,
        )
        header.resizeSection(column, min(width, MAX_COLUMN))


MAX_COLUMN = 360
# Rows looked at for the widths of the received list (it holds up to 2,000 rows).
MEASURED_ROWS = 200
CELL_PADDING, HEADER_PADDING = 14, 24


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its header and contents (a long site name capped); the user
    may still drag them (Interactive), and the table scrolls sideways when they do not fit.
    Qt measures every cell through the model: for short lists (held bundles, trust list)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column in range(header.count()):
        if header.sectionSize(column) > MAX_COLUMN:
            header.resizeSection(column, MAX_COLUMN)


class ReceivedPage(QWidget):
    """The list of received inspections and the detail of the one selected."""

    reviewed = Signal()

    refreshed = Signal()  # the list shows the newest answer

    def __init__(
        self,
        ctx: AppContext,
        lang: str = "zh",
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self.runner = runner or TaskRunner(self)
        self.loading = QLabel(QCoreApplication.translate("supervisor", "Loading…"))
        self.loading.setVisible(False)
        self._rows_request = LatestRequest(self.runner, self.loading.setVisible)
        self._detail_request = LatestRequest(self.runner)
        self._detail_warmed = False
        self._choices_request = LatestRequest(self.runner)
        self.base = ReceivedFilter()
        self._widest: list[str] = []
        self._choices_shown: Choices | None = None
        self.flagged: dict[int, int] = {}
        self.form_differs: set[int] = set()
        self.model = received_model(self, self.flagged, self.form_differs)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            QCoreApplication.translate("supervisor", "Received inspections")
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._show)
        self.detail = DetailBrowser()
        self.detail.setAccessibleName(QCoreApplication.translate("supervisor", "Inspection detail"))
        # Links open signed orders in the PDF viewer instead of navigating the browser.
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(
            lambda url: open_order_link(self, self.ctx, self.runner, url)
        )
        self._make_filters()
        self.reload_choices()
        self.accept_button = QPushButton(QCoreApplication.translate("supervisor", "Accept"))
        self.return_button = QPushButton(
            QCoreApplication.translate("supervisor", "Return to inspector…")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self._return_selected)
        self._lay_out()

    def _make_filters(self) -> None:
        # Sites, inspectors and rules come from the database: filled by reload_choices().
        self.site = _combo(
            [(QCoreApplication.translate("supervisor", "All sites"), None)],
            QCoreApplication.translate("supervisor", "Site"),
        )
        self.inspector = _combo(
            [(QCoreApplication.translate("supervisor", "All inspectors"), None)],
            QCoreApplication.translate("supervisor", "Inspector"),
        )
        # A combo hands back an enum member as plain text: current_filter makes it one again.
        verdicts = [(verdict_text(v), str(v)) for v in Verdict]
        self.verdict = _combo(
            [(QCoreApplication.translate("supervisor", "Any verdict"), None), *verdicts],
            QCoreApplication.translate("supervisor", "Verdict"),
        )
        self.rule = _combo(
            [(QCoreApplication.translate("supervisor", "Any rule"), None)],
            QCoreApplication.translate("supervisor", "Rule with findings"),
        )
        states = [(review_text(s), str(s)) for s in review.ReviewState]
        self.review_state = _combo(
            [(QCoreApplication.translate("supervisor", "Any review state"), None), *states],
            QCoreApplication.translate("supervisor", "Review"),
        )
        self.date_from, self.date_to = QDateEdit(_NO_DATE), QDateEdit(QDate.currentDate())
        for edit, name in (
            (self.date_from, QCoreApplication.translate("supervisor", "From")),
            (self.date_to, QCoreApplication.translate("supervisor", "To")),
        ):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.refresh)
        self.search = QLineEdit(
            placeholderText=QCoreApplication.translate("supervisor", "Site name contains…")
        )
        self.search.setAccessibleName(QCoreApplication.translate("supervisor", "Search sites"))
        self.search.editingFinished.connect(self.refresh)
        for box in (self.site, self.inspector, self.verdict, self.rule, self.review_state):
            box.currentIndexChanged.connect(self.refresh)

    def reload_choices(self) -> None:
        """Read the sites, inspectors and rules the filters offer (imports add some)."""
        ctx = self.ctx
        self._choices_request.run(lambda: _choices(ctx), self._show_choices)

    def _show_choices(self, choices: Choices) -> None:
        if choices == self._choices_shown:
            return  # refilling thousands of sites costs the GUI thread for nothing
        self._choices_shown = choices
        sites, people, rule_texts = choices
        _fill(
            self.site,
            [
                (QCoreApplication.translate("supervisor", "All sites"), None),
                *((s.name, s.id) for s in sites),
            ],
        )
        _fill(
            self.inspector,
            [
                (QCoreApplication.translate("supervisor", "All inspectors"), None),
                *((i.name, i.id) for i in people),
            ],
        )
        titles = {key: text.get(self.lang) for key, text in rule_texts.items()}
        rules = [
            (
                QCoreApplication.translate("supervisor", "Findings in %1").replace(
                    "%1", rule_label(r, titles)
                ),
                r,
            )
            for r in titles
        ]
        _fill(self.rule, [(QCoreApplication.translate("supervisor", "Any rule"), None), *rules])

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.site, self.inspector, self.date_from, QLabel("–"), self.date_to):
            filters.addWidget(widget)
        for widget in (self.verdict, self.rule, self.review_state, self.loading):
            filters.addWidget(widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([700, 800])  # the detail, with its photos, needs the room
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split)

    def current_filter(self) -> ReceivedFilter:
        start = self.date_from.date().toPython()
        state, verdict = self.review_state.currentData(), self.verdict.currentData()
        return self.base.but(
            site_id=self.site.currentData() or self.base.site_id,
            inspector_id=self.inspector.currentData(),
            verdict=Verdict(verdict) if verdict else None,
            rule_with_findings=self.rule.currentData() or self.base.rule_with_findings,
            review_state=review.ReviewState(state) if state else None,
            date_from=start if start != _NO_DATE.toPython() else self.base.date_from,
            date_to=self.base.date_to or self.date_to.date().toPython(),
            text=self.search.text(),
        )

    def show_filter(self, given: ReceivedFilter) -> None:
        """Open the inspections behind a dashboard figure (the combos reset to "any")."""
        self.base = given
        for box in (self.site, self.inspector, self.verdict, self.rule, self.review_state):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Ask for the list under the current filters; "Loading…" shows until it comes."""
        ctx, given = self.ctx, self.current_filter()
        self._rows_request.run(lambda: _rows_and_flags(ctx, given), self._show_rows)

    def _show_rows(self, answer: Answer) -> None:
        rows, flagged, differing, self._widest = answer
        # Filled in place: the model's "flagged photos" column reads this dict.
        self.flagged.clear()
        self.flagged.update(flagged)
        self.form_differs.clear()
        self.form_differs.update(differing)
        self.model.set_rows(rows)
        fit_to_texts(self.table, self._widest)
        self.detail.clear()
        self._warm_detail(rows)
        self.refreshed.emit()

    def _warm_detail(self, rows: Sequence[ReceivedRow]) -> None:
        """Once, when the first list is shown: read the first row's detail in the background
        and drop it. The first detail read in a process parses the form and compiles the
        queries, about 50 ms in which the worker holds the GIL in long stretches; done here,
        the window is idle, and the first click on a row answers as fast as the next ones."""
        if self._detail_warmed or not rows:
            return
        self._detail_warmed = True
        ctx, first, lang = self.ctx, rows[0], self.lang
        self.runner.run(lambda: read_detail(ctx, first, lang), lambda _answer: None)

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes measured while hidden use another font and style: measure again when shown.
        super().showEvent(event)
        fit_to_texts(self.table, self._widest)

    def selected(self) -> ReceivedRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show(self, index: QModelIndex) -> None:
        self.show_row(index.row())

    def show_row(self, row: int) -> None:
        """Select a row and show its detail (clicks, and the screenshots script)."""
        self.table.selectRow(row)
        ctx, received, lang = self.ctx, self.model.row_at(row), self.lang
        self._detail_request.run(
            lambda: read_detail(ctx, received, lang),
            lambda answer: self.detail.show_detail(*answer),
            lambda error: show_error(self, error),
        )

    def accept_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._review(review.accept, row.id)

    def _review(self, write: Any, *args: Any) -> int:
        """Record the review in the write queue, then show the list again."""
        ctx = self.ctx
        return self.runner.run(
            lambda: write(ctx, *args),
            lambda _state: self._after_review(),
            lambda error: show_error(self, error),
            write=True,
        )

    def _return_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        comment, ok = QInputDialog.getMultiLineText(
            self,
            QCoreApplication.translate("supervisor", "Return to inspector"),
            QCoreApplication.translate("supervisor", "What must the inspector change?"),
        )
        if ok and comment.strip():
            self._review(review.return_to_inspector, row.id, comment)

    def _after_review(self) -> None:
        self.refresh()
        self.reviewed.emit()
