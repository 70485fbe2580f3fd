"""Received inspections: filters, the list, a read-only detail and the review actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from inspector_app.services.context import AppContext
from inspector_app.services.inspections import inspection_detail
from inspector_app.services.inspectors import list_inspectors
from inspector_app.services.sites import list_sites
from inspector_app.services.supervision import review
from inspector_app.services.supervision.received import (
    ReceivedFilter,
    ReceivedRow,
    received_inspections,
)
from inspector_app.ui.supervisor.models import received_model

_VERDICTS = ("", "compliant", "needs_correction", "failing")
_RULES = ("", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8")
_REVIEWS = ("", *(str(s) for s in review.ReviewState))
_NO_DATE = QDate(2000, 1, 1)


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


class ReceivedPage(QWidget):
    """The list of received inspections and the detail of the one selected."""

    reviewed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base = ReceivedFilter()
        self.model = received_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.clicked.connect(self._show)
        self.detail = QTextBrowser()
        self._make_filters()
        self.accept_button = QPushButton("Accept")
        self.return_button = QPushButton("Return to inspector…")
        self.accept_button.clicked.connect(self.accept_selected)
        self.return_button.clicked.connect(self._return_selected)
        self._lay_out()

    def _make_filters(self) -> None:
        self.site = _combo([("All sites", None)] + [(s.name, s.id) for s in list_sites(self.ctx)])
        self.inspector = _combo(
            [("All inspectors", None)] + [(i.name, i.id) for i in list_inspectors(self.ctx)]
        )
        self.verdict = _combo([(v or "Any verdict", v or None) for v in _VERDICTS])
        self.rule = _combo([(f"Findings in {r}" if r else "Any rule", r or None) for r in _RULES])
        self.review_state = _combo([(r or "Any review state", r or None) for r in _REVIEWS])
        self.date_from, self.date_to = QDateEdit(_NO_DATE), QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.refresh)
        self.search = QLineEdit(placeholderText="Site name contains…")
        self.search.editingFinished.connect(self.refresh)
        for box in (self.site, self.inspector, self.verdict, self.rule, self.review_state):
            box.currentIndexChanged.connect(self.refresh)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (
            self.search,
            self.site,
            self.inspector,
            self.date_from,
            self.date_to,
            self.verdict,
            self.rule,
            self.review_state,
        ):
            filters.addWidget(widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.return_button)
        right_layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
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
        self.model.set_rows(received_inspections(self.ctx, self.current_filter()))
        self.detail.clear()

    def selected(self) -> ReceivedRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show(self, index: QModelIndex) -> None:
        self.detail.setHtml(detail_html(self.ctx, self.model.row_at(index.row())))

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
            self, "Return to inspector", "What must the inspector change?"
        )
        if ok and comment.strip():
            review.return_to_inspector(self.ctx, row.id, comment)
            self._after_review()

    def _after_review(self) -> None:
        self.refresh()
        self.reviewed.emit()


def detail_html(ctx: AppContext, row: ReceivedRow) -> str:
    """A read-only summary: verification, score per rule, findings, arrears, photos, reviews."""
    from html import escape

    detail = inspection_detail(ctx, row.id)
    state = review.review_of(ctx, row.uuid, row.revision)
    signer = row.signer_fingerprint or ""
    parts = [
        f"<h3>{escape(row.site_name)}</h3>",
        f"<p>{row.started_at:%Y-%m-%d %H:%M} · revision {row.revision} · {escape(row.origin)}"
        f"<br>Verified on import: signed report and manifest intact, signer trusted "
        f"(SHA-256 {signer[:16]}…)<br>Review: {state.state}"
        f"{' — ' + escape(state.comment) if state.comment else ''}</p>",
        "<table border=1 cellspacing=0 cellpadding=3><tr><th>Rule</th><th>Answered</th>"
        "<th>Compliant</th><th>Findings</th><th>Score</th></tr>",
    ]
    for rule in detail.score.rules:
        score = "" if rule.score is None else f"{rule.score:.1f}"
        parts.append(
            f"<tr><td>{rule.rule_id}</td><td>{rule.answered}/{rule.total}</td>"
            f"<td>{rule.compliant}</td><td>{rule.findings}</td><td>{score}</td></tr>"
        )
    parts.append("</table><h4>Findings</h4><ul>")
    today = dt.date.today()
    for finding in detail.findings:
        late = " <b>overdue</b>" if finding.deadline and finding.deadline < today else ""
        parts.append(
            f"<li>{escape(finding.item_id)}: {escape(finding.correction)} "
            f"(by {finding.deadline or '—'}){late}</li>"
        )
    parts.append(
        f"</ul><p>{len(detail.arrears_cases)} wage-arrears cases · "
        f"{len(detail.evidence)} photos · {len(detail.signatures)} signatures</p>"
    )
    return "".join(parts)
