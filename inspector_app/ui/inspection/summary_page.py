"""The summary: score per rule and overall, and exactly what still blocks signing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.forms import Form
from inspector_app.core.scoring import PHOTO_REQUIRED, MissingRequirement, RuleScore, Verdict
from inspector_app.services.inspection.detail import ArrearsCaseInfo, FindingInfo
from inspector_app.services.signing.sign_inspection import (
    BlockerKind,
    SigningProblem,
    content_problems,
)
from inspector_app.ui.common.messages import service_text
from inspector_app.ui.common.table_model import Column, RowTableModel
from inspector_app.ui.inspection.session import InspectionSession


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class RuleScoreModel(RowTableModel[RuleScore]):
    """One row per rule: answered, findings and score."""

    def __init__(self, form: Form, lang: str, parent: Any = None) -> None:
        titles = {rule.id: f"{rule.number}. {rule.title.get(lang)}" for rule in form.rules}
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("summary", "Rule"),
                    lambda r: titles.get(r.rule_id, r.rule_id),
                ),
                Column(
                    QCoreApplication.translate("summary", "Answered"),
                    lambda r: f"{r.answered}/{r.total}",
                ),
                Column(
                    QCoreApplication.translate("summary", "Findings"), lambda r: str(r.findings)
                ),
                Column(QCoreApplication.translate("summary", "Score"), lambda r: _score(r.score)),
            ],
            parent,
        )


def missing_text(form: Form, missing: MissingRequirement, lang: str) -> str:
    """ "R1.3 <item text>: not answered" or "…: a photo is required"."""
    item = form.item(missing.item_id)
    reason = (
        QCoreApplication.translate("summary", "a photo is required")
        if missing.reason == PHOTO_REQUIRED
        else QCoreApplication.translate("summary", "not answered")
    )
    return f"{item.id} {item.text.get(lang)}: {reason}"


def _item_reasons() -> dict[BlockerKind, str]:
    # What the summary says about an item, by the kind of problem (never by its English).
    return {
        BlockerKind.UNANSWERED: QCoreApplication.translate("summary", "not answered"),
        BlockerKind.PHOTO_REQUIRED: QCoreApplication.translate("summary", "a photo is required"),
        BlockerKind.NO_DEADLINE: QCoreApplication.translate(
            "summary", "the finding has no deadline for correction"
        ),
    }


def signing_problem_text(form: Form, problem: SigningProblem, lang: str) -> str:
    """A problem of `services.sign_inspection.signing_problems` in the user's language,
    worded from its kind and parameters: an item's problem names the item's text."""
    reason = _item_reasons().get(problem.kind)
    item_id = problem.item_id
    if reason is not None and item_id in {item.id for item in form.items()}:
        return f"{item_id} {form.item(item_id).text.get(lang)}: {reason}"
    signers = {
        BlockerKind.NO_INSPECTOR: QCoreApplication.translate("summary", "No inspector has signed."),
        BlockerKind.NO_REPRESENTATIVE: QCoreApplication.translate(
            "summary", "The site representative has not signed."
        ),
    }
    return signers.get(problem.kind) or service_text(problem)


class BlockingModel(RowTableModel[SigningProblem]):
    """What blocks signing, in form order; each row is a link to its item or finding."""

    def __init__(self, form: Form, lang: str, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("summary", "Missing"),
                    lambda p: signing_problem_text(form, p, lang),
                )
            ],
            parent,
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setUnderline(True)
            return font
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorRole.Link)
        return super().data(index, role)


def _deadline(finding: FindingInfo) -> str:
    return (
        finding.deadline.isoformat()
        if finding.deadline
        else QCoreApplication.translate("summary", "no deadline")
    )


class FindingSummaryModel(RowTableModel[FindingInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("summary", "Item"), lambda f: f.item_id),
                Column(
                    QCoreApplication.translate("summary", "What is wrong"), lambda f: f.description
                ),
                Column(
                    QCoreApplication.translate("summary", "Correction demanded"),
                    lambda f: f.correction,
                ),
                Column(QCoreApplication.translate("summary", "Deadline"), _deadline),
                Column(
                    QCoreApplication.translate("summary", "Responsible party"),
                    lambda f: f.responsible_party,
                ),
            ],
            parent,
        )


class ArrearsSummaryModel(RowTableModel[ArrearsCaseInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QCoreApplication.translate("summary", "Employer"), lambda c: c.employer),
                Column(
                    QCoreApplication.translate("summary", "Workers affected"),
                    lambda c: str(c.workers_affected),
                ),
                Column(
                    QCoreApplication.translate("summary", "Amount owed (yuan)"),
                    lambda c: f"{Decimal(c.amount_owed or 0):,.2f}",
                ),
                Column(
                    QCoreApplication.translate("summary", "Period owed"),
                    lambda c: c.period_owed or "",
                ),
            ],
            parent,
        )


def _list_table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def verdict_name(verdict: Verdict | None) -> str:
    names = {
        Verdict.COMPLIANT: QCoreApplication.translate("summary", "compliant"),
        Verdict.NEEDS_CORRECTION: QCoreApplication.translate("summary", "needs correction"),
        Verdict.FAILING: QCoreApplication.translate("summary", "failing"),
    }
    return (
        names.get(verdict, QCoreApplication.translate("summary", "not yet scored"))
        if verdict
        else QCoreApplication.translate("summary", "not yet scored")
    )


class SummaryPage(QWidget):
    """Scores, findings and arrears, and what blocks signing: each blocking row is a link."""

    item_requested = Signal(str)
    finding_requested = Signal(int)

    def __init__(
        self, session: InspectionSession, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.rules = RuleScoreModel(session.form, lang, self)
        self.missing = BlockingModel(session.form, lang, self)
        self.findings = FindingSummaryModel(self)
        self.arrears = ArrearsSummaryModel(self)
        self.overall = QLabel()
        self.overall.setObjectName("overall")
        self.overall.setStyleSheet("font-size: 16pt; font-weight: 600;")
        table = QTableView()
        table.setModel(self.rules)
        table.setAccessibleName(self.tr("Score per rule"))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.findings_view = _list_table(self.findings, self.tr("Findings"))
        self.arrears_view = _list_table(self.arrears, self.tr("Wage-arrears cases"))
        self.missing_label = QLabel()
        self.missing_view = QListView()
        self.missing_view.setModel(self.missing)
        self.missing_view.setAccessibleName(self.tr("What is missing before signing"))
        self.missing_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.missing_view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.missing_view.clicked.connect(self.follow)
        self.missing_view.activated.connect(self.follow)
        box = QVBoxLayout(self)
        box.addWidget(self.overall)
        box.addWidget(table, 3)
        self.findings_label = QLabel()
        box.addWidget(self.findings_label)
        box.addWidget(self.findings_view, 2)
        self.arrears_label = QLabel()
        box.addWidget(self.arrears_label)
        box.addWidget(self.arrears_view, 1)
        box.addWidget(self.missing_label)
        box.addWidget(self.missing_view, 2)
        session.score_changed.connect(self.refresh)
        session.records_reloaded.connect(self.refresh)
        session.records_edited.connect(self.refresh)  # a deadline typed into a finding
        self.refresh()

    def refresh(self) -> None:
        session = self._session
        score = session.score
        self.rules.set_rows(score.rules)
        grade_word = self.tr("grade")
        grade = f" ({grade_word} {score.grade})" if score.grade else ""
        self.overall.setText(
            self.tr("Overall: %1%2 · %3 · %4 of %5 answered · %6 findings")
            .replace("%1", _score(score.overall))
            .replace("%2", grade)
            .replace("%3", verdict_name(score.verdict))
            .replace("%4", str(score.answered))
            .replace("%5", str(score.total))
            .replace("%6", str(score.findings))
        )
        self.findings.set_rows(session.findings)
        self.arrears.set_rows(session.arrears_cases)
        self.findings_label.setText(
            self.tr("Findings: %1").replace("%1", str(len(session.findings)))
        )
        self.arrears_label.setText(
            self.tr("Wage-arrears cases: %1").replace("%1", str(len(session.arrears_cases)))
        )
        blocking = content_problems(
            session.form, session.results, session.evidence, session.findings
        )
        self.missing.set_rows(blocking)
        self.missing_label.setText(
            self.tr("Ready to sign.")
            if not blocking
            else self.tr("Signing is blocked by %1 items (click one to go to it):").replace(
                "%1", str(len(blocking))
            )
        )

    def follow(self, index: QModelIndex) -> None:
        """Go to what a blocking row is about: the finding's row, else the item."""
        if not index.isValid():
            return
        problem = self.missing.row_at(index.row())
        if problem.finding_id is not None:
            self.finding_requested.emit(problem.finding_id)
        elif problem.item_id:
            self.item_requested.emit(problem.item_id)
