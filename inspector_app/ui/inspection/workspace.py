"""The inspection workspace: checklist, findings and arrears, summary and signing, in tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.results import Result
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.directory.site_models import status_text
from inspector_app.ui.evidence.evidence_strip import EvidenceStrip
from inspector_app.ui.inspection.checklist_model import ITEM_ID_ROLE, ChecklistModel
from inspector_app.ui.inspection.item_panel import RESULT_KEYS, ItemPanel
from inspector_app.ui.inspection.records_page import RecordsPage
from inspector_app.ui.inspection.session import InspectionSession
from inspector_app.ui.inspection.summary_page import SummaryPage
from inspector_app.ui.signing.signing_page import SigningPage


class ResultKeys(QObject):
    """Keys 1, 2, 3 on the widgets it watches (the checklist, the item panel) choose a result."""

    def __init__(self, choose: Callable[[Result], None], parent: QObject) -> None:
        super().__init__(parent)
        self._choose = choose
        self._results = {key: result for result, key in RESULT_KEYS.items()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        result = self._results.get(event.text())
        if result is None or plain != Qt.KeyboardModifier.NoModifier:
            return False
        self._choose(result)
        return True


class Workspace(QWidget):
    """Everything about one open inspection; the keyboard alone can answer the whole checklist."""

    current_item_changed = Signal(str)

    def __init__(
        self, session: InspectionSession, lang: str, preferences: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self._lang = session, lang
        self._items = session.item_ids()
        self.model = ChecklistModel(session.form, session.results, session.score, lang, self)
        self.panel = ItemPanel(session, lang)
        self.evidence = EvidenceStrip(session, lang, preferences)
        self.records = RecordsPage(session)
        self.summary = SummaryPage(session, lang)
        self.signing = SigningPage(session, lang, preferences)
        self._build()
        self._make_actions()
        session.answer_changed.connect(lambda item_id: self.model.update(item_id, session.score))
        session.score_changed.connect(self._show_header)
        session.records_reloaded.connect(self._reloaded)
        session.write_failed.connect(lambda error: show_error(self, error))
        self.panel.result_chosen.connect(self.choose_result)
        self.signing.inspection_signed.connect(self._show_header)
        self.summary.item_requested.connect(self.show_item)
        self.summary.finding_requested.connect(self.show_finding)
        self.go_to(session.detail.current_item or self._items[0], remember=False)

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setObjectName("inspection_header")
        self.header.setStyleSheet("font-size: 12pt; padding: 4px;")
        self.tree = QTreeView()
        self.tree.setObjectName("checklist")
        self.tree.setAccessibleName(self.tr("Rules and items"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)  # one line each: no row is measured on a repaint
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 90)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._tree_moved)
        right = QWidget()
        box = QVBoxLayout(right)
        box.addWidget(self.panel, 1)
        box.addWidget(QLabel(self.tr("Photos (drop files here, or paste)")))
        box.addWidget(self.evidence)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspace_tabs")
        self.tabs.addTab(splitter, self.tr("Checklist"))
        self.tabs.addTab(self.records, self.tr("Findings and arrears"))
        self.tabs.addTab(self.summary, self.tr("Summary"))
        self.tabs.addTab(self.signing, self.tr("Signing"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self._show_header()

    def _make_actions(self) -> None:
        # Keys 1, 2, 3 are no shortcuts: a shortcut fires from any child (a table, the summary)
        # and changes the answer of an item the user does not see. They answer only from the
        # checklist or the item panel itself, never from a field.
        self.result_keys = ResultKeys(self.choose_result, self)
        for widget in (self.tree, self.panel, *self.panel.buttons.values()):
            widget.installEventFilter(self.result_keys)
        self.next_action = self._action(self.tr("Next item"), ["Alt+Right", "PgDown"])
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = self._action(self.tr("Previous item"), ["Alt+Left", "PgUp"])
        self.previous_action.triggered.connect(lambda: self.step(-1))

    def _action(self, text: str, keys: list[str]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    @property
    def current_item(self) -> str | None:
        return self.panel.item_id

    def go_to(self, item_id: str, *, remember: bool = True) -> None:
        if item_id not in self._items:
            item_id = self._items[0]
        if item_id == self.current_item:
            return
        self.panel.show_item(item_id)
        self.evidence.show_item(item_id)
        index = self.model.item_index(item_id)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        if remember:
            self.session.set_current_item(item_id)
        self.current_item_changed.emit(item_id)

    def show_item(self, item_id: str) -> None:
        """From the summary's link: the checklist, at that item."""
        self.tabs.setCurrentIndex(0)
        self.go_to(item_id)
        self.panel.setFocus()

    def show_finding(self, finding_id: int) -> None:
        """From the summary's link: the findings table, at that finding's deadline."""
        self.tabs.setCurrentWidget(self.records)
        self.records.edit_finding_deadline(finding_id)

    def step(self, delta: int) -> None:
        position = self._items.index(self.current_item) if self.current_item else 0
        self.go_to(self._items[max(0, min(len(self._items) - 1, position + delta))])

    def choose_result(self, result: Result) -> None:
        """Record a result; compliant moves on, a finding stays to be described, N/A stays
        until its reason is given (then moves on like compliant)."""
        item_id = self.current_item
        if item_id is None or self.session.locked:
            return
        if self.session.item(item_id).record_only:  # a value only: nothing to judge
            if result != Result.NOT_COMPLIANT:
                self.step(1)
            return
        self.session.set_result(item_id, result)
        if result == Result.NOT_COMPLIANT:
            self.panel.begin_finding()
            return
        if result == Result.NOT_APPLICABLE and not self.session.na_reasons.get(item_id):
            return
        self.step(1)

    def _tree_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ITEM_ID_ROLE)
        if item_id:
            self.go_to(item_id)

    def _reloaded(self) -> None:
        self.model.refresh(self.session.results, self.session.score)
        self.tree.expandAll()
        if self.current_item:
            index = self.model.item_index(self.current_item)
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_header()

    def _show_header(self) -> None:
        detail, score = self.session.detail, self.session.score
        overall = "—" if score.overall is None else f"{score.overall:.1f}"
        self.header.setText(
            self.tr("%1 · %2 · revision %3 · %4 of %5 answered · score %6")
            .replace("%1", detail.site_name)
            .replace("%2", status_text(detail.status))
            .replace("%3", str(detail.revision))
            .replace("%4", str(score.answered))
            .replace("%5", str(score.total))
            .replace("%6", overall)
        )

    def flush(self) -> None:
        """Save anything typed but not yet saved (closing, switching inspections)."""
        self.panel.flush()
        self.records.flush()
