"""The current checklist item: text, guidance, legal basis, result, value, note and finding."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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
from inspector_app.core.results import Result
from inspector_app.ui.checklist_model import result_name
from inspector_app.ui.inspection_session import InspectionSession
from inspector_app.ui.na_reason import NaReasonField

NOTE_SAVE_DELAY_MS = 400
RESULT_KEYS = {Result.COMPLIANT: "1", Result.NOT_COMPLIANT: "2", Result.NOT_APPLICABLE: "3"}
FINDING_FIELDS = ("description", "correction", "deadline", "responsible_party")


class _FocusWatcher(QObject):
    """Saves a text the moment its editor loses focus (debounce never loses the last words)."""

    def __init__(self, on_focus_out: object, parent: QObject) -> None:
        super().__init__(parent)
        self._on_focus_out = on_focus_out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._on_focus_out()  # type: ignore[operator]
        return False


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
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.flush_note)
        self._build()
        session.answer_changed.connect(self._answer_changed)
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
        self.note.textChanged.connect(self._note_typed)
        self.note.installEventFilter(_FocusWatcher(self.flush_note, self))
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
        self.value_edit.editingFinished.connect(self._value_edited)
        self.choice_edit = QComboBox()
        self.choice_edit.setObjectName("choice")
        self.choice_edit.setAccessibleName(self.tr("Recorded choice"))
        self.choice_edit.activated.connect(self._choice_edited)
        for widget in (self.value_label, self.value_edit, self.choice_edit):
            row.addWidget(widget)
        return row

    def _finding_box(self) -> QGroupBox:
        self.finding_box = QGroupBox(self.tr("Finding and correction demanded"))
        form = QFormLayout(self.finding_box)
        labels = (
            self.tr("What is wrong"),
            self.tr("Correction demanded"),
            self.tr("Deadline (YYYY-MM-DD)"),
            self.tr("Responsible party"),
        )
        self.finding_edits: dict[str, QLineEdit] = {}
        for field, label in zip(FINDING_FIELDS, labels, strict=True):
            edit = QLineEdit()
            edit.setObjectName(f"finding_{field}")
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda f=field: self._finding_edited(f))
            self.finding_edits[field] = edit
            form.addRow(label, edit)
        return self.finding_box

    @property
    def item_id(self) -> str | None:
        return self._item.id if self._item else None

    def show_item(self, item_id: str) -> None:
        self.flush_note()
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
        self._show_answer()
        self._show_finding()
        self._apply_lock()
        self.na_reason.show_for(item.id)

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
        if note != self.note.toPlainText():
            self.note.blockSignals(True)
            self.note.setPlainText(note)
            self.note.blockSignals(False)

    def _show_finding(self) -> None:
        found = self._session.findings_of(self._item.id) if self._item else []
        self.finding_box.setVisible(bool(found))
        if not found:
            return
        finding = found[0]
        for field, edit in self.finding_edits.items():
            value = getattr(finding, field)
            if not edit.hasFocus():
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
            self.na_reason.show_for(item_id, ask=True)  # 3 pressed: the reason is asked here

    def _note_typed(self) -> None:
        self._note_timer.start()

    def flush_note(self) -> None:
        """Save the note now if it changed (item change, focus out, close)."""
        self._note_timer.stop()
        if self._item is not None and not self._session.locked:
            self._session.set_note(self._item.id, self.note.toPlainText())

    def _value_edited(self) -> None:
        if self._item is not None:
            self._session.set_value(self._item.id, self.value_edit.text().strip() or None)

    def _choice_edited(self, _row: int) -> None:
        if self._item is not None:
            self._session.set_value(self._item.id, self.choice_edit.currentData())

    def _finding_edited(self, field: str) -> None:
        found = self._session.findings_of(self._item.id) if self._item else []
        if not found or self._session.locked:
            return
        text = self.finding_edits[field].text().strip()
        current = getattr(found[0], field)
        if text != ("" if current is None else str(current)):
            value = (text or None) if field == "deadline" else text
            self._session.update_finding(found[0].id, field, value)
