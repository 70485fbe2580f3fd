"""The summary: score per rule and overall, and exactly what still blocks signing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QListView, QTableView, QVBoxLayout, QWidget

from inspector_app.core.forms import Form
from inspector_app.core.messages import Message
from inspector_app.core.scoring import PHOTO_REQUIRED, UNANSWERED, MissingRequirement, RuleScore
from inspector_app.ui.inspection_session import InspectionSession
from inspector_app.ui.messages import service_text
from inspector_app.ui.table_model import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("summary", text)


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


class RuleScoreModel(RowTableModel[RuleScore]):
    """One row per rule: answered, findings and score."""

    def __init__(self, form: Form, lang: str, parent: Any = None) -> None:
        titles = {rule.id: f"{rule.number}. {rule.title.get(lang)}" for rule in form.rules}
        super().__init__(
            [
                Column(_tr("Rule"), lambda r: titles.get(r.rule_id, r.rule_id)),
                Column(_tr("Answered"), lambda r: f"{r.answered}/{r.total}"),
                Column(_tr("Findings"), lambda r: str(r.findings)),
                Column(_tr("Score"), lambda r: _score(r.score)),
            ],
            parent,
        )


def missing_text(form: Form, missing: MissingRequirement, lang: str) -> str:
    """ "R1.3 <item text>: not answered" or "…: a photo is required"."""
    item = form.item(missing.item_id)
    reason = _tr("a photo is required") if missing.reason == PHOTO_REQUIRED else _tr("not answered")
    return f"{item.id} {item.text.get(lang)}: {reason}"


# The service's templates about one item, and the requirement each one reports.
SERVICE_ITEM_REASONS = {
    "{item}: not answered": UNANSWERED,
    "{item}: a photo is required": PHOTO_REQUIRED,
}


def signing_problem_text(form: Form, problem: str, lang: str) -> str:
    """A phrase of `services.sign_inspection.signing_problems` in the user's language: an
    item's problem worded as the summary page words it (item text, not only its id)."""
    if isinstance(problem, Message) and problem.template in SERVICE_ITEM_REASONS:
        item_id = problem.params.get("item")
        if item_id in {item.id for item in form.items()}:
            need = MissingRequirement(item_id, SERVICE_ITEM_REASONS[problem.template])
            return missing_text(form, need, lang)
    known = {
        "no inspector has signed": _tr("No inspector has signed."),
        "the site representative has not signed": _tr("The site representative has not signed."),
    }
    return known.get(problem, service_text(problem))


class MissingModel(RowTableModel[MissingRequirement]):
    """What blocks signing, in form order."""

    def __init__(self, form: Form, lang: str, parent: Any = None) -> None:
        super().__init__([Column(_tr("Missing"), lambda m: missing_text(form, m, lang))], parent)


def verdict_name(verdict: str | None) -> str:
    names = {
        "compliant": _tr("compliant"),
        "needs_correction": _tr("needs correction"),
        "failing": _tr("failing"),
    }
    return names.get(verdict or "", _tr("not yet scored"))


class SummaryPage(QWidget):
    def __init__(
        self, session: InspectionSession, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.rules = RuleScoreModel(session.form, lang, self)
        self.missing = MissingModel(session.form, lang, self)
        self.overall = QLabel()
        self.overall.setObjectName("overall")
        self.overall.setStyleSheet("font-size: 16pt; font-weight: 600;")
        table = QTableView()
        table.setModel(self.rules)
        table.setAccessibleName(self.tr("Score per rule"))
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missing_label = QLabel()
        self.missing_view = QListView()
        self.missing_view.setModel(self.missing)
        self.missing_view.setAccessibleName(self.tr("What is missing before signing"))
        box = QVBoxLayout(self)
        box.addWidget(self.overall)
        box.addWidget(table, 3)
        box.addWidget(self.missing_label)
        box.addWidget(self.missing_view, 2)
        session.score_changed.connect(self.refresh)
        session.records_reloaded.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        score = self._session.score
        self.rules.set_rows(score.rules)
        grade = f" ({self.tr('grade')} {score.grade})" if score.grade else ""
        self.overall.setText(
            self.tr("Overall: %1%2 · %3 · %4 of %5 answered · %6 findings")
            .replace("%1", _score(score.overall))
            .replace("%2", grade)
            .replace("%3", verdict_name(str(score.verdict) if score.verdict else None))
            .replace("%4", str(score.answered))
            .replace("%5", str(score.total))
            .replace("%6", str(score.findings))
        )
        missing = self._session.missing()
        self.missing.set_rows(missing)
        self.missing_label.setText(
            self.tr("Ready to sign.")
            if not missing
            else self.tr("Signing is blocked by %1 items:").replace("%1", str(len(missing)))
        )
