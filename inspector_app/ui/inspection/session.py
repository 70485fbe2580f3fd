"""The open inspection as the workspace sees it: answers in memory, each change saved at once."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from inspector_app.core.forms import Form, FormItem, Rule
from inspector_app.core.results import Result
from inspector_app.core.scoring import (
    InspectionScore,
    MissingRequirement,
    missing_for_signing,
    score_inspection,
)
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.inspection.detail import (
    ArrearsCaseInfo,
    EvidenceInfo,
    FindingInfo,
    InspectionDetail,
    arrears_found,
)
from inspector_app.services.records import findings
from inspector_app.services.reporting.order_data import Party, site_parties
from inspector_app.ui.common.tasks import TaskRunner, background_work
from inspector_app.ui.common.undo import SetNoteCommand, SetResultCommand

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedInspection:
    """Everything the workspace shows when it opens, read in one go off the GUI thread."""

    detail: InspectionDetail
    parties: tuple[Party, ...]  # the site's units a finding can be served on


@background_work
def load_inspection(ctx: AppContext, inspection_id: int) -> LoadedInspection:
    """Read an inspection for the workspace (on the runner: it touches the database)."""
    detail = inspections.inspection_detail(ctx, inspection_id)
    return LoadedInspection(detail, tuple(site_parties(ctx, detail.site_id)))


class InspectionSession(QObject):
    """One inspection being worked on; widgets read it and change it only through it.
    It is built from what was loaded: nothing here reads the database on the GUI thread."""

    answer_changed = Signal(str)  # an item's result
    note_changed = Signal(str)  # an item's note (the checklist does not show notes)
    score_changed = Signal()
    records_reloaded = Signal()
    records_edited = Signal()  # a finding or arrears case changed in memory (no reload)
    write_failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        loaded: LoadedInspection,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.runner, self.id = ctx, runner, loaded.detail.id
        self.parties = loaded.parties
        self.undo_stack = QUndoStack(self)
        self._writes_queued, self._reloading = 0, False  # see reload_everything
        self._after_reload: list[Callable[[], object]] = []
        self._take_all(loaded.detail)
        self.values = {item_id: a.value for item_id, a in self.detail.answers.items()}
        self.score: InspectionScore = self.detail.score

    def _take(self, detail: InspectionDetail) -> None:
        self.detail = detail
        # Copies the session edits as the user types (the detail itself is frozen).
        self.findings: list[FindingInfo] = list(detail.findings)
        self.arrears_cases: list[ArrearsCaseInfo] = list(detail.arrears_cases)
        self.evidence: list[EvidenceInfo] = list(detail.evidence)

    @property
    def form(self) -> Form:
        return self.detail.form

    @property
    def locked(self) -> bool:
        return self.detail.locked

    def item_ids(self) -> list[str]:
        return [item.id for item in self.form.items()]

    def item(self, item_id: str) -> FormItem:
        return self.form.item(item_id)

    def rule_of(self, item_id: str) -> Rule:
        return self.form.rule_of(item_id)

    def result(self, item_id: str) -> Result:
        return self.results.get(item_id, Result.NOT_CHECKED)

    def findings_of(self, item_id: str) -> list[FindingInfo]:
        return [finding for finding in self.findings if finding.item_id == item_id]

    def evidence_of(self, item_id: str) -> list[EvidenceInfo]:
        return [photo for photo in self.evidence if photo.item_id == item_id]

    def missing(self) -> list[MissingRequirement]:
        counts = Counter(photo.item_id for photo in self.evidence)
        return missing_for_signing(self.form, self.results, counts)

    # Changes the inspector makes go through the undo stack.

    def set_result(self, item_id: str, result: Result) -> None:
        old = self.result(item_id)
        if old != result and not self.locked:
            self.undo_stack.push(SetResultCommand(self, item_id, old, result))

    def set_note(self, item_id: str, note: str) -> None:
        old = self.notes.get(item_id, "")
        if old != note and not self.locked:
            self.undo_stack.push(SetNoteCommand(self, item_id, old, note))

    # What the undo commands call: memory first, then the database in the write queue.

    def apply_result(self, item_id: str, result: Result) -> None:
        self.results[item_id] = result
        self.score = self._rescored()
        self.answer_changed.emit(item_id)
        self.score_changed.emit()
        in_step = self._findings_in_step(item_id, result)

        def work() -> None:
            answers.set_result(self.ctx, self.id, item_id, result)
            if in_step is not None:
                in_step()

        # One job for the answer and its finding: the key press hands one job to the queue.
        self.write(work, self.reload if in_step is not None else None)

    def apply_note(self, item_id: str, note: str) -> None:
        self.notes[item_id] = note
        self.note_changed.emit(item_id)
        self.write(lambda: answers.set_note(self.ctx, self.id, item_id, note))

    def _rescored(self) -> InspectionScore:
        found = arrears_found(self.arrears_cases)
        return score_inspection(self.form, self.results, arrears_found=found)

    def set_na_reason(self, item_id: str, reason: str) -> None:
        """Why the item is not applicable (signing waits for it on every N/A answer)."""
        reason = reason.strip()
        if self.na_reasons.get(item_id, "") == reason or self.locked:
            return
        self.na_reasons[item_id] = reason
        self.write(lambda: answers.set_na_reason(self.ctx, self.id, item_id, reason))

    def set_value(self, item_id: str, value: str | None) -> None:
        if self.values.get(item_id) == value or self.locked:
            return
        self.values[item_id] = value
        self.write(lambda: answers.set_value(self.ctx, self.id, item_id, value))

    def set_current_item(self, item_id: str) -> None:
        """Remember the place, so a crash or power loss reopens here."""
        self.write(lambda: inspections.set_current_item(self.ctx, self.id, item_id))

    def _findings_in_step(self, item_id: str, result: Result) -> Callable[[], object] | None:
        # A not-compliant item opens a finding; one left empty goes away when the answer changes.
        existing = self.findings_of(item_id)
        if result == Result.NOT_COMPLIANT and not existing:
            return lambda: findings.add_finding(self.ctx, self.id, item_id)
        empty = [f.id for f in existing if not (f.description or f.correction)]
        if result != Result.NOT_COMPLIANT and empty:
            return lambda: self._delete_findings(empty)
        return None

    def _delete_findings(self, finding_ids: list[int]) -> None:
        for finding_id in finding_ids:
            findings.delete_finding(self.ctx, finding_id)

    # Findings and arrears cases: typed values change the copy in memory at once (nothing is
    # read back while the user types, which would reset an open table editor), then are saved.

    def update_finding(self, finding_id: int, field: str, value: object) -> None:
        self._edit_row(self.findings, finding_id, field, value)
        self.write(lambda: findings.update_finding(self.ctx, finding_id, field, value))

    def update_item_finding(self, item_id: str, field: str, value: object) -> None:
        """A field of the item's finding, typed perhaps before the finding is in the database
        (it is queued right behind the answer that opens it)."""
        found = self.findings_of(item_id)
        if found:
            self.update_finding(found[0].id, field, value)
            return
        self.write(
            lambda: findings.update_item_finding(self.ctx, self.id, item_id, field, value),
            self.reload,
        )

    def add_arrears_case(self) -> None:
        self.write(lambda: findings.add_arrears_case(self.ctx, self.id), self.reload)

    def update_arrears_case(self, case_id: int, field: str, value: object) -> None:
        self._edit_row(self.arrears_cases, case_id, field, value)
        self.write(lambda: findings.update_arrears_case(self.ctx, case_id, field, value))

    def _edit_row(self, rows: list[Any], row_id: int, field: str, value: object) -> None:
        for position, row in enumerate(rows):
            if row.id == row_id:
                rows[position] = replace(row, **{field: value})
        self.records_edited.emit()

    def remember_caption(self, evidence_id: int, caption: str) -> None:
        """A photo's new caption in the copy in memory (the strip saves it)."""
        self._edit_row(self.evidence, evidence_id, "caption", caption)

    def delete_arrears_case(self, case_id: int) -> None:
        self.write(lambda: findings.delete_arrears_case(self.ctx, case_id), self.reload)

    def reload(self, _result: object = None) -> None:
        """Read findings, cases, evidence, signatures and status back from the database."""
        self.runner.run(lambda: inspections.inspection_detail(self.ctx, self.id), self._reloaded)

    def _reloaded(self, detail: InspectionDetail) -> None:
        self._take(detail)
        self.score = self._rescored()  # arrears cases change the verdict
        self.score_changed.emit()
        self.records_reloaded.emit()

    def write(self, work: object, on_done: object = None) -> None:
        self._writes_queued += 1
        self.runner.run(work, on_done, self._failed, write=True)  # type: ignore[arg-type]

    def _failed(self, error: BaseException) -> None:
        log.warning("write refused: %s", error)
        self.write_failed.emit(error)
        self.reload_everything()

    def reload_everything(self, then: Callable[[], object] | None = None) -> None:
        """After a refused write or a signing, show what the database really holds: read
        behind the queued writes and applied only when no newer write was queued meanwhile
        (else read again, so an answer typed during the read is not shown as undone); `then`
        runs once it is shown (or the read failed). One read at a time: a write refused while
        it runs was queued before it, or makes it read again."""
        if then is not None:
            self._after_reload.append(then)
        if self._reloading:
            return
        self._reloading = True
        queued = self._writes_queued
        self.runner.run(
            lambda: inspections.inspection_detail(self.ctx, self.id),
            lambda detail: self._reloaded_everything(detail, queued),
            self._reload_failed,
            write=True,
        )

    def _reloaded_everything(self, detail: InspectionDetail, queued: int) -> None:
        self._reloading = False
        if queued != self._writes_queued:
            self.reload_everything()
            return
        self._take_all(detail)
        self.score = self._rescored()
        self.score_changed.emit()
        self.records_reloaded.emit()
        self._reload_settled()

    def _reload_failed(self, error: BaseException) -> None:
        self._reloading = False
        self.runner.default_error(error)
        self._reload_settled()

    def _reload_settled(self) -> None:
        waiting, self._after_reload = self._after_reload, []
        for then in waiting:
            then()

    def _take_all(self, detail: InspectionDetail) -> None:
        self._take(detail)
        self.results = detail.results()
        self.notes = {item_id: a.note for item_id, a in detail.answers.items()}
        self.na_reasons = {item_id: a.na_reason for item_id, a in detail.answers.items()}
