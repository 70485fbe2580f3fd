"""The current checklist item: text, guidance, legal basis, result, value, note and finding."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.forms import EvidenceRule, FormItem, ItemKind
from inspector_app.core.parsing import ParseError, number_text, parse_date, parse_number
from inspector_app.core.results import Result
from inspector_app.ui.common.autosave import Autosave, autosave
from inspector_app.ui.common.field_problem import FieldProblem, with_problem
from inspector_app.ui.inspection.checklist_model import result_name
from inspector_app.ui.inspection.na_reason import NaReasonField
from inspector_app.ui.inspection.session import InspectionSession

RESULT_KEYS = {Result.COMPLIANT: "1", Result.NOT_COMPLIANT: "2", Result.NOT_APPLICABLE: "3"}
FINDING_FIELDS = ("description", "correction", "deadline", "responsible_party")


def _wrapped(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ItemPanel(QWidget):
    """Shows one item; results come from the buttons or keys 1, 2, 3 (actions in the workspace)."""

    result_chosen = Signal(object)

    def __init__(
        self, session: InspectionSession, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session, self._lang = session, lang
        self._item: FormItem | None = None
        self._savers: list[Autosave] = []
        self.problems: dict[str, FieldProblem] = {}
        self._build()
        session.answer_changed.connect(self._answer_changed)
        session.note_changed.connect(self._answer_changed)
        session.records_reloaded.connect(self._reloaded)

    def _build(self) -> None:
        self.rule_label = _wrapped("rule_label")
        self.text_label = _wrapped("item_text")
        self.text_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.guidance_label = _wrapped("item_guidance")
        self.basis_label = _wrapped("item_basis")
        self.basis_label.setStyleSheet("color: #374151;")
        self.evidence_label = _wrapped("item_evidence_rule")
        self.evidence_label.setStyleSheet("color: #1d4ed8;")
        box = QVBoxLayout(self)
        for label in (self.rule_label, self.text_label, self.guidance_label, self.basis_label):
            box.addWidget(label)
        box.addWidget(self.evidence_label)
        box.addLayout(self._result_row())
        self.na_reason = NaReasonField(self._session)
        # The reason confirmed: the same step on as after 符合 (the workspace moves on).
        self.na_reason.given.connect(lambda: self.result_chosen.emit(Result.NOT_APPLICABLE))
        box.addWidget(self.na_reason)
        box.addLayout(self._value_row())
        box.addWidget(QLabel(self.tr("Note")))
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self._note_saver = autosave(self.note, self._save_note, self)
        self._savers.append(self._note_saver)
        box.addWidget(self.note)
        box.addWidget(self._finding_box())
        box.addStretch(1)

    def _result_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.result_buttons = QButtonGroup(self)
        self.result_buttons.setExclusive(False)
        self.buttons: dict[Result, QPushButton] = {}
        for result, key in RESULT_KEYS.items():
            button = QPushButton(f"{result_name(result)}  ({key})")
            button.setObjectName(f"result_{result}")
            button.setAccessibleName(result_name(result))
            button.setCheckable(True)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _checked=False, r=result: self.result_chosen.emit(r))
            self.buttons[result] = button
            row.addWidget(button)
        return row

    def _value_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.value_label = QLabel(self.tr("Value"))
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("value")
        self.value_edit.setAccessibleName(self.tr("Recorded value"))
        self._savers.append(autosave(self.value_edit, self._save_value, self))
        value_box, self.problems["value"] = with_problem(self.value_edit)
        self.choice_edit = QComboBox()
        self.choice_edit.setObjectName("choice")
        self.choice_edit.setAccessibleName(self.tr("Recorded choice"))
        self.choice_edit.activated.connect(self._choice_edited)
        for widget in (self.value_label, value_box, self.choice_edit):
            row.addWidget(widget)
        return row

    def _finding_box(self) -> QGroupBox:
        self.finding_box = QGroupBox(self.tr("Finding and correction demanded"))
        form = QFormLayout(self.finding_box)
        labels = (
            self.tr("What is wrong"),
            self.tr("Correction demanded"),
            self.tr("Deadline (e.g. 2027-06-30 or 2027年6月30日)"),
            self.tr("Responsible party"),
        )
        self.finding_edits: dict[str, QLineEdit] = {}
        for field, label in zip(FINDING_FIELDS, labels, strict=True):
            edit = QLineEdit()
            edit.setObjectName(f"finding_{field}")
            edit.setAccessibleName(label)
            self._savers.append(autosave(edit, partial(self._save_finding, field), self))
            self.finding_edits[field] = edit
            row, self.problems[field] = with_problem(edit)
            form.addRow(label, row)
        return self.finding_box

    @property
    def item_id(self) -> str | None:
        return self._item.id if self._item else None

    def show_item(self, item_id: str) -> None:
        self.flush()
        for problem in self.problems.values():
            problem.clear_problem()
        self._item = item = self._session.item(item_id)
        rule = self._session.rule_of(item_id)
        self.rule_label.setText(f"{rule.number}. {rule.title.get(self._lang)} · {item.id}")
        self.text_label.setText(item.text.get(self._lang))
        self.guidance_label.setText(
            self.tr("Guidance: %1").replace("%1", item.guidance.get(self._lang))
        )
        self.basis_label.setText(
            self.tr("Legal basis: %1").replace("%1", item.legal_basis.get(self._lang))
        )
        self.evidence_label.setText(self._evidence_hint(item.evidence))
        self._show_value(item)
        # Recorded only, not scored: a field to fill in, no result to choose.
        for button in self.buttons.values():
            button.setVisible(not item.record_only)
        self._show_answer()
        self._show_finding(every_field=True)
        self._apply_lock()
        self.na_reason.show_for(item.id)

    def begin_finding(self) -> None:
        """Not compliant: the finding's description is next to type (its row may still be on
        its way to the database; what is typed is saved behind it)."""
        self.finding_box.setVisible(True)
        description = self.finding_edits["description"]
        description.setFocus(Qt.FocusReason.OtherFocusReason)
        description.selectAll()

    def _evidence_hint(self, rule: EvidenceRule) -> str:
        if rule is EvidenceRule.PHOTO_ALWAYS:
            return self.tr("A photo is required.")
        if rule is EvidenceRule.PHOTO_IF_NOT_COMPLIANT:
            return self.tr("A photo is required if not compliant.")
        return ""

    def _show_value(self, item: FormItem) -> None:
        value = self._session.values.get(item.id) or ""
        is_choice = item.kind is ItemKind.CHOICE
        self.value_label.setVisible(item.kind is not ItemKind.CHECK)
        self.value_edit.setVisible(item.kind in (ItemKind.NUMBER, ItemKind.TEXT))
        self.choice_edit.setVisible(is_choice)
        self.value_edit.setText(value)
        self.choice_edit.clear()
        if is_choice:
            self.choice_edit.addItem("", None)
            for choice in item.choices:
                self.choice_edit.addItem(choice.label.get(self._lang), choice.value)
            self.choice_edit.setCurrentIndex(max(0, self.choice_edit.findData(value)))

    def _show_answer(self) -> None:
        if self._item is None:
            return
        result = self._session.result(self._item.id)
        for kind, button in self.buttons.items():
            button.setChecked(kind == result)
        note = self._session.notes.get(self._item.id, "")
        if note != self.note.toPlainText() and not self._note_saver.pending:
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)

    def _show_finding(self, *, every_field: bool = False) -> None:
        """The item's finding; while typing, the field being typed into is left alone."""
        item_id = self.item_id
        found = self._session.findings_of(item_id) if item_id else []
        open_finding = item_id is not None and self._session.result(item_id) == Result.NOT_COMPLIANT
        self.finding_box.setVisible(bool(found) or open_finding)
        for field, edit in self.finding_edits.items():
            value = getattr(found[0], field) if found else None
            busy = edit.hasFocus() or self.problems[field].shown
            if every_field or not busy:
                edit.setText("" if value is None else str(value))

    def _apply_lock(self) -> None:
        editable = not self._session.locked
        for widget in (self.note, self.value_edit, self.choice_edit, *self.buttons.values()):
            widget.setEnabled(editable)
        for edit in self.finding_edits.values():
            edit.setReadOnly(not editable)

    def _reloaded(self) -> None:
        self._show_answer()
        self._show_finding()
        self._apply_lock()

    def _answer_changed(self, item_id: str) -> None:
        if item_id == self.item_id:
            self._show_answer()
            self._show_finding()
            self.na_reason.show_for(item_id, ask=True)  # 3 pressed: the reason is asked here

    def flush(self) -> None:
        """Save everything typed and not yet saved (item change, focus out, close)."""
        for saver in self._savers:
            saver.flush()

    def _save_note(self) -> None:
        if self._item is not None and not self._session.locked:
            self._session.set_note(self._item.id, self.note.toPlainText())

    def _save_value(self) -> None:
        if self._item is None or self._session.locked:
            return
        text = self.value_edit.text().strip()
        value: str | None = text or None
        if text and self._item.kind is ItemKind.NUMBER:
            try:
                value = number_text(parse_number(text))  # "1,200" and "１２００" are numbers
            except ParseError as error:
                self.problems["value"].show_problem(error)
                return
        self.problems["value"].clear_problem()
        self._session.set_value(self._item.id, value)

    def _choice_edited(self, _row: int) -> None:
        if self._item is not None:
            self._session.set_value(self._item.id, self.choice_edit.currentData())

    def _save_finding(self, field: str) -> None:
        if self._item is None or self._session.locked:
            return
        text = self.finding_edits[field].text().strip()
        value: object = text
        if field == "deadline":
            try:
                value = parse_date(text) if text else None
            except ParseError as error:
                self.problems[field].show_problem(error)
                return
        self.problems[field].clear_problem()
        found = self._session.findings_of(self._item.id)
        if not found and self._session.result(self._item.id) != Result.NOT_COMPLIANT:
            return  # a finding is opened by "not compliant", not by typing
        current = getattr(found[0], field) if found else ("" if field != "deadline" else None)
        if value != current:
            self._session.update_item_finding(self._item.id, field, value)
