"""Received inspections: filters, the list, a read-only detail and the review actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Signal
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import list_inspectors
from inspector_app.services.directory.sites import list_sites
from inspector_app.services.supervision import review
from inspector_app.services.supervision.lookups import flagged_photo_counts, rule_titles
from inspector_app.services.supervision.received import (
    ReceivedFilter,
    ReceivedRow,
    received_inspections,
)
from inspector_app.ui.supervisor.detail import detail_html
from inspector_app.ui.supervisor.models import received_model
from inspector_app.ui.supervisor.orders import open_order_link
from inspector_app.ui.supervisor.words import review_text, rule_label, verdict_text

_VERDICTS = ("compliant", "needs_correction", "failing")
_NO_DATE = QDate(2000, 1, 1)
DATE_FORMAT = "yyyy-MM-dd"


def _combo(items: list[tuple[str, object]], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for text, data in items:
        box.addItem(text, data)
    return box


MAX_COLUMN = 360


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its header and contents (a long site name capped); the user
    may still drag them (Interactive), and the table scrolls sideways when they do not fit."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for column in range(header.count()):
        if header.sectionSize(column) > MAX_COLUMN:
            header.resizeSection(column, MAX_COLUMN)


class ReceivedPage(QWidget):
    """The list of received inspections and the detail of the one selected."""

    reviewed = Signal()

    def __init__(self, ctx: AppContext, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self.base = ReceivedFilter()
        self.flagged: dict[int, int] = {}
        self.model = received_model(self, self.flagged)
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
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(QCoreApplication.translate("supervisor", "Inspection detail"))
        # Links open signed orders in the PDF viewer instead of navigating the browser.
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: open_order_link(self, self.ctx, url))
        self._make_filters()
        self.accept_button = QPushButton(QCoreApplication.translate("supervisor", "Accept"))
        self.return_button = QPushButton(
            QCoreApplication.translate("supervisor", "Return to inspector…")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self._return_selected)
        self._lay_out()

    def _make_filters(self) -> None:
        sites = [(s.name, s.id) for s in list_sites(self.ctx)]
        self.site = _combo(
            [(QCoreApplication.translate("supervisor", "All sites"), None), *sites],
            QCoreApplication.translate("supervisor", "Site"),
        )
        people = [(i.name, i.id) for i in list_inspectors(self.ctx)]
        self.inspector = _combo(
            [(QCoreApplication.translate("supervisor", "All inspectors"), None), *people],
            QCoreApplication.translate("supervisor", "Inspector"),
        )
        verdicts = [(verdict_text(v), v) for v in _VERDICTS]
        self.verdict = _combo(
            [(QCoreApplication.translate("supervisor", "Any verdict"), None), *verdicts],
            QCoreApplication.translate("supervisor", "Verdict"),
        )
        titles = {key: text.get(self.lang) for key, text in rule_titles(self.ctx).items()}
        rules = [
            (
                QCoreApplication.translate("supervisor", "Findings in %1").replace(
                    "%1", rule_label(r, titles)
                ),
                r,
            )
            for r in titles
        ]
        self.rule = _combo(
            [(QCoreApplication.translate("supervisor", "Any rule"), None), *rules],
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

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.site, self.inspector, self.date_from, QLabel("–"), self.date_to):
            filters.addWidget(widget)
        for widget in (self.verdict, self.rule, self.review_state):
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
        state = self.review_state.currentData()
        return self.base.but(
            site_id=self.site.currentData() or self.base.site_id,
            inspector_id=self.inspector.currentData(),
            verdict=self.verdict.currentData(),
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
        rows = received_inspections(self.ctx, self.current_filter())
        # Filled in place: the model's "flagged photos" column reads this dict.
        self.flagged.clear()
        self.flagged.update(flagged_photo_counts(self.ctx, [r.id for r in rows]))
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.detail.clear()

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes measured while hidden use another font and style: measure again when shown.
        super().showEvent(event)
        fit_columns(self.table)

    def selected(self) -> ReceivedRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show(self, index: QModelIndex) -> None:
        self.show_row(index.row())

    def show_row(self, row: int) -> None:
        """Select a row and show its detail (clicks, and the screenshots script)."""
        self.table.selectRow(row)
        self.detail.setHtml(detail_html(self.ctx, self.model.row_at(row), self.lang))

    def accept_selected(self) -> None:
        row = self.selected()
        if row is not None:
            review.accept(self.ctx, row.id)
            self._after_review()

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
            review.return_to_inspector(self.ctx, row.id, comment)
            self._after_review()

    def _after_review(self) -> None:
        self.refresh()
        self.reviewed.emit()
