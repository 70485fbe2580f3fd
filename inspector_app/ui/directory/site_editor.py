"""The site editor: every field of a site, each committed as soon as it is edited."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext
from inspector_app.services.directory import sites
from inspector_app.services.directory.sites import SiteValues
from inspector_app.ui.common.autosave import Autosave, autosave
from inspector_app.ui.common.field_problem import FieldProblem, with_problem
from inspector_app.ui.common.messages import plain_tooltip, service_text, show_error
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.directory.subcontractor_table import SubcontractorTable

DEPOSIT_FORM = "deposit_form"
LISTED_FIELDS = ("name", "address", "contractor", "permit_no")


def field_labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("SiteEditor", "Project name"),
        "address": QCoreApplication.translate("SiteEditor", "Address"),
        "permit_no": QCoreApplication.translate("SiteEditor", "Construction permit no."),
        "project_code": QCoreApplication.translate("SiteEditor", "Investment project code"),
        "contract_value": QCoreApplication.translate("SiteEditor", "Contract value (yuan or 万)"),
        "start_date": QCoreApplication.translate("SiteEditor", "Start date"),
        "end_date": QCoreApplication.translate("SiteEditor", "End date"),
        "client": QCoreApplication.translate("SiteEditor", "Client"),
        "client_code": QCoreApplication.translate("SiteEditor", "Client's credit code"),
        "contractor": QCoreApplication.translate("SiteEditor", "General contractor"),
        "contractor_code": QCoreApplication.translate("SiteEditor", "Contractor's credit code"),
        "project_manager": QCoreApplication.translate("SiteEditor", "Project manager"),
        "wage_administrator": QCoreApplication.translate("SiteEditor", "Wage administrator"),
        "responsible_unit": QCoreApplication.translate("SiteEditor", "Responsible unit"),
        "workers_on_site": QCoreApplication.translate("SiteEditor", "Workers on site"),
        "workers_registered": QCoreApplication.translate("SiteEditor", "Workers registered"),
        "account_bank": QCoreApplication.translate("SiteEditor", "Wage account bank"),
        "account_no": QCoreApplication.translate("SiteEditor", "Wage account no."),
        "deposit_amount": QCoreApplication.translate("SiteEditor", "Wage deposit (yuan or 万)"),
        "deposit_form": QCoreApplication.translate("SiteEditor", "Deposit form"),
    }


def deposit_forms() -> dict[str, str]:
    """The forms a wage deposit may take (the stored codes), in the user's language: the
    words of the form's item that repeats this fact (R5.2), so both read the same."""
    return {
        "": "",
        "cash": QCoreApplication.translate("SiteEditor", "Cash deposit"),
        "bank_guarantee": QCoreApplication.translate("SiteEditor", "Bank guarantee"),
        "insurance": QCoreApplication.translate("SiteEditor", "Guarantee insurance"),
        "exempt": QCoreApplication.translate("SiteEditor", "Exempt"),
    }


class SiteEditor(QWidget):
    """Edits one site; no save button: each field is saved as it is typed (ui/autosave.py);
    a value that cannot be stored is shown beside its field, which keeps the typed text."""

    site_changed = Signal(int)
    site_shown = Signal(int)  # its values are read and on screen

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._runner = ctx, runner
        self._site_id: int | None = None  # the site whose values are on screen
        self._showing: int | None = None  # the one chosen (its values may still be read)
        self._stored: dict[str, str] = {}
        self.fields: dict[str, QLineEdit] = {}
        self.warnings: dict[str, QLabel] = {}
        self.problems: dict[str, FieldProblem] = {}
        self._savers: list[Autosave] = []
        layout = QFormLayout(self)
        for field, label in field_labels().items():
            widget = self._deposit_form(label) if field == DEPOSIT_FORM else None
            layout.addRow(label, widget or self._field_row(field, label))
        self.subcontractors = SubcontractorTable()
        self.subcontractors.edited.connect(self._commit_subcontractors)
        layout.addRow(self.tr("Labour subcontractors"), self.subcontractors)
        self.setEnabled(False)

    def _deposit_form(self, label: str) -> QComboBox:
        self.deposit_form = QComboBox()
        self.deposit_form.setObjectName(f"site_{DEPOSIT_FORM}")
        self.deposit_form.setAccessibleName(label)
        for code, text in deposit_forms().items():
            self.deposit_form.addItem(text, code)
        # activated: only the user's choice is saved, not the editor showing another site.
        self.deposit_form.activated.connect(lambda _index: self._commit(DEPOSIT_FORM))
        return self.deposit_form

    def _field_row(self, field: str, label: str) -> QWidget:
        edit = QLineEdit()
        edit.setObjectName(f"site_{field}")
        edit.setAccessibleName(label)
        self._savers.append(autosave(edit, partial(self._commit, field)))
        self.fields[field] = edit
        box, self.problems[field] = with_problem(edit)
        if field not in sites.CREDIT_CODE_FIELDS:
            return box
        warning = QLabel()
        warning.setStyleSheet("color: #b45309;")
        self.warnings[field] = warning
        edit.textChanged.connect(lambda text, f=field: self._check_code(f, text))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 2)
        layout.addWidget(warning, 1)
        return row

    @property
    def site_id(self) -> int | None:
        return self._showing

    def show_site(self, site_id: int | None) -> None:
        """Show a site's values, read in the background; `site_shown` follows."""
        # What was typed goes to the site it was typed for; nothing is committed again
        # until the chosen site's values are on screen.
        self.flush()
        self._site_id, self._showing = None, site_id
        self.setEnabled(site_id is not None)
        if site_id is None:
            self._fill(None)
            return
        ctx = self._ctx
        self._runner.run(
            lambda: sites.site_values(ctx, site_id),
            lambda values: self._loaded(site_id, values),
        )

    def _loaded(self, site_id: int, values: SiteValues) -> None:
        if site_id != self._showing:  # the user has moved on meanwhile
            return
        self._fill(values)
        self._site_id = site_id
        self.site_shown.emit(site_id)

    def _fill(self, values: SiteValues | None) -> None:
        for field, edit in self.fields.items():
            text = _text(values.value(field) if values else None)
            self._stored[field] = text
            edit.setText(text)
        self._show_deposit_form(values.deposit_form if values else "")
        self.subcontractors.set_pairs(list(values.subcontractors) if values else [])
        for problem in self.problems.values():
            problem.clear_problem()

    def flush(self) -> None:
        """Save every field typed and not yet saved (another site chosen, window closing)."""
        for saver in self._savers:
            saver.flush()

    def _show_deposit_form(self, code: str) -> None:
        self._stored[DEPOSIT_FORM] = code
        index = self.deposit_form.findData(code)
        if index < 0:  # a code from an older version or typed by hand: kept as it is
            self.deposit_form.addItem(code, code)
            index = self.deposit_form.count() - 1
        self.deposit_form.setCurrentIndex(index)

    def _value(self, field: str) -> str:
        if field == DEPOSIT_FORM:
            return str(self.deposit_form.currentData() or "")
        return self.fields[field].text()

    def _check_code(self, field: str, text: str) -> None:
        problems = sites.identifier_warnings({field: text.strip().upper()})
        check = problems.get(field)
        self.warnings[field].setText(self.tr("⚠ check character does not match") if check else "")
        self.warnings[field].setToolTip(
            plain_tooltip(service_text(check.reason or "")) if check else ""
        )

    def _commit(self, field: str) -> None:
        text = self._value(field)
        if self._site_id is None:
            return
        problem = self.problems.get(field)
        try:
            sites.checked_field(field, text)
        except ValidationError as error:
            if problem is not None:
                problem.show_problem(error)
            return
        if problem is not None:
            problem.clear_problem()
        if text == self._stored.get(field):
            return
        site_id, old = self._site_id, self._stored[field]
        self._stored[field] = text
        self._runner.run(
            lambda: sites.update_site_field(self._ctx, site_id, field, text),
            lambda _stored: self._saved(site_id, field),
            lambda error: self._refused(field, old, error),
            write=True,
        )

    def _saved(self, site_id: int, field: str) -> None:
        if field in LISTED_FIELDS:  # the site list shows it
            self.site_changed.emit(site_id)

    def _refused(self, field: str, old: str, error: BaseException) -> None:
        # The typed text stays in its field with the reason beside it; nothing is cleared.
        self._stored[field] = old
        problem = self.problems.get(field)
        if problem is not None and isinstance(error, ValidationError):
            problem.show_problem(error)
            return
        if field == DEPOSIT_FORM:
            self._show_deposit_form(old)
        show_error(self, error)

    def _commit_subcontractors(self, rows: list[tuple[str, str]]) -> None:
        if self._site_id is None:
            return
        site_id = self._site_id
        self._runner.run(
            lambda: sites.set_subcontractors(self._ctx, site_id, rows),
            None,
            lambda error: show_error(self, error),
            write=True,
        )


def _text(value: Any) -> str:
    return "" if value is None else str(value)
