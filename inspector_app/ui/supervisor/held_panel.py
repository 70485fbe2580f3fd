"""Below the held list: the selected bundle beside the revision here it would follow, and
the supervisor's accept and refuse actions for another inspector's revision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from inspector_app.core.statuses import HeldKind
from inspector_app.services.sync.authorship import HeldFacts, held_facts
from inspector_app.services.sync.held import HeldBundle
from inspector_app.ui.common.tasks import LatestRequest, TaskRunner
from inspector_app.ui.supervisor.words import verdict_text


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def side_by_side(bundle: HeldBundle, facts: HeldFacts) -> str:
    """The held revision and the one here, one line each, as plain text."""
    held = (
        QCoreApplication.translate("supervisor", "Held: revision %1, signed by %2, score %3 (%4)")
        .replace("%1", str(bundle.revision or ""))
        .replace("%2", bundle.signer)
        .replace("%3", _score(facts.score))
        .replace("%4", verdict_text(facts.verdict))
    )
    earlier = bundle.earlier
    if earlier is None:
        return held
    here = (
        QCoreApplication.translate("supervisor", "Here: revision %1, signed by %2, score %3 (%4)")
        .replace("%1", str(earlier.revision))
        .replace("%2", earlier.signer)
        .replace("%3", _score(earlier.score))
        .replace("%4", verdict_text(earlier.verdict))
    )
    return f"{held}\n{here}"


class HeldPanel(QWidget):
    """Shows the selected held bundle against the revision here; accepts or refuses it."""

    accept_requested = Signal(object)  # HeldBundle: the workspace imports it off the thread
    refuse_requested = Signal(object)  # HeldBundle: the workspace writes the refusal

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts = LatestRequest(runner)  # the bundle's score is read from its file
        self.bundle: HeldBundle | None = None
        self.compare = QLabel()
        self.compare.setTextFormat(Qt.TextFormat.PlainText)  # names come from bundles
        self.compare.setWordWrap(True)
        self.compare.setAccessibleName(
            QCoreApplication.translate("supervisor", "Held revision and the revision here")
        )
        self.accept_button = QPushButton(
            QCoreApplication.translate("supervisor", "Accept this revision")
        )
        self.refuse_button = QPushButton(QCoreApplication.translate("supervisor", "Refuse…"))
        self.accept_button.clicked.connect(self._accept)
        self.refuse_button.clicked.connect(self._ask_refuse)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compare)
        layout.addLayout(buttons)
        self.show_bundle(None)

    def show_bundle(self, bundle: HeldBundle | None) -> None:
        self.bundle = bundle
        self.compare.setText("")
        foreign = bundle is not None and bundle.kind is HeldKind.ANOTHER_INSPECTOR
        self.accept_button.setEnabled(foreign)
        self.refuse_button.setEnabled(bundle is not None)
        if bundle is not None and foreign:
            self._facts.run(
                lambda: held_facts(bundle.sha256, bundle.file),
                lambda facts: self._show_facts(bundle, facts),
            )

    def _show_facts(self, bundle: HeldBundle, facts: HeldFacts) -> None:
        if bundle is self.bundle:  # still the one selected
            self.compare.setText(side_by_side(bundle, facts))

    def _accept(self) -> None:
        if self.bundle is not None:
            self.accept_requested.emit(self.bundle)

    def _ask_refuse(self) -> None:
        if self.bundle is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("supervisor", "Refuse this bundle?"),
            QCoreApplication.translate(
                "supervisor", "The bundle is logged as refused and removed from the held list."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.refuse()

    def refuse(self) -> None:
        """Ask the workspace to log the bundle as refused (a write, done off this thread)."""
        if self.bundle is not None:
            self.refuse_requested.emit(self.bundle)
