"""The supervisor's workspace: models, import with progress, review, figures, trust, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.supervision import review
from inspector_app.services.supervision.received import received_inspections
from inspector_app.ui.supervisor.models import (
    corrections_model,
    held_model,
    received_model,
    trust_model,
)
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import InspectorFolder, supervisor


@pytest.fixture
def workspace(qtbot: QtBot, office: AppContext) -> Iterator[SupervisorWorkspace]:
    widget = SupervisorWorkspace(office)
    qtbot.addWidget(widget)
    yield widget
    widget.runner.drain()


def _import(qtbot: QtBot, workspace: SupervisorWorkspace, paths: list[Path]) -> None:
    with qtbot.waitSignal(workspace.imported, timeout=60_000):
        workspace.import_paths(paths)
    workspace.runner.drain()  # the lists asked for again after the import
    assert workspace.work_bar.isHidden()


def test_import_fills_list_dashboard_and_results(
    qtbot: QtBot, workspace: SupervisorWorkspace, inspector: InspectorFolder
) -> None:
    _import(qtbot, workspace, [inspector.bundles[0].parent])
    assert workspace.received.model.rowCount() == 3
    assert workspace.results.count() == 4  # a line per bundle and a summary
    assert workspace.dashboard.rule_ids == [f"R{n}" for n in range(1, 9)]
    assert workspace.progress.maximum() == 3


def test_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: object,
    workspace: SupervisorWorkspace,
    inspector: InspectorFolder,
    office: AppContext,
) -> None:
    _import(qtbot, workspace, inspector.bundles)
    received = received_model()
    received.set_rows(received_inspections(office))
    for model in (
        received,
        held_model(),
        trust_model(),
        corrections_model(),
        workspace.dashboard.corrections,
    ):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_review_is_recorded_and_filters(
    qtbot: QtBot, workspace: SupervisorWorkspace, inspector: InspectorFolder, office: AppContext
) -> None:
    _import(qtbot, workspace, inspector.bundles)
    first = workspace.received.model.row_at(0)
    workspace.received.table.selectRow(0)
    workspace.received.accept_selected()
    workspace.runner.drain()
    review.return_to_inspector(office, workspace.received.model.row_at(1).id, "照片不清楚")
    assert review.review_of(office, first.uuid, first.revision).state == "accepted"
    index = workspace.received.review_state.findData("returned")
    workspace.received.review_state.setCurrentIndex(index)
    workspace.runner.drain()
    rows = workspace.received.model.rows()
    assert len(rows) == 1 and rows[0].review == "returned"
    with pytest.raises(Exception, match="Say what"):
        review.return_to_inspector(office, first.id, "  ")


def test_figure_opens_the_inspections_behind_it(
    qtbot: QtBot, workspace: SupervisorWorkspace, inspector: InspectorFolder
) -> None:
    _import(qtbot, workspace, inspector.bundles)
    month = workspace.dashboard.months[0]
    everything = workspace.received.model.rows()
    in_month = sorted(r.id for r in everything if f"{r.started_at:%Y-%m}" == month.month)
    assert 0 < len(in_month) == month.inspections < len(everything)  # the filter leaves some out
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    with qtbot.waitSignal(workspace.dashboard.figure_opened):
        workspace.dashboard.open_month(0)
    workspace.runner.drain()
    assert workspace.tabs.currentWidget() is workspace.received
    assert sorted(r.id for r in workspace.received.model.rows()) == in_month


def test_held_bundles_shown_apart_until_trusted(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder
) -> None:
    from inspector_app.services.sync.held import trust_and_release

    office = supervisor(tmp_path / "untrusting", None)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        _import(qtbot, widget, inspector.bundles)
        assert widget.held.rowCount() == 3 and widget.received.model.rowCount() == 0
        assert "3" in widget.tabs.tabText(2)
        trust_and_release(office, inspector.cert_pem)
        widget.refresh()
        widget.runner.drain()
        assert widget.held.rowCount() == 0 and widget.received.model.rowCount() == 3
    finally:
        office.close()


def test_trusting_a_held_signer_imports_in_the_background(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    office = supervisor(tmp_path / "untrusting", None)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        _import(qtbot, widget, inspector.bundles)
        monkeypatch.setattr(
            QMessageBox, "exec", lambda box: box.button(QMessageBox.StandardButton.Yes).click()
        )
        widget.held_view.selectRow(0)
        with qtbot.waitSignal(widget.imported, timeout=60_000) as done:
            assert widget.trust_selected_signer() is not None  # the signer is read first
        assert [o.verdict for o in done.args[0]] == ["imported"] * 3
        widget.runner.drain()
        assert widget.held.rowCount() == 0
        assert widget.received.model.rowCount() == 3
    finally:
        office.close()


def test_adding_a_certificate_in_the_trust_list_imports_held_bundles_in_the_background(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:

    from inspector_app.ui.supervisor.trust_dialog import TrustDialog

    office = supervisor(tmp_path / "untrusting", None)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        _import(qtbot, widget, inspector.bundles)
        told: list[str] = []
        monkeypatch.setattr(
            "inspector_app.ui.supervisor.trust_dialog.inform",
            lambda _p, _t, text, *_icon: told.append(text),
        )
        dialog = TrustDialog(office, runner=widget.runner)  # the window's runner
        qtbot.addWidget(dialog)
        certificate = tmp_path / "inspector.pem"
        certificate.write_bytes(inspector.cert_pem)
        with qtbot.waitSignal(dialog.held_released, timeout=60_000) as done:
            dialog.add_certificate(certificate)
            # Listed as soon as it is written, before the held bundles are checked.
            qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30_000)
        assert [o.verdict for o in done.args[0]] == ["imported"] * 3
        assert len(told) == 1 and "3" in told[0]
        dialog.accept()
        widget.refresh()
        widget.runner.drain()
        assert widget.held.rowCount() == 0 and widget.received.model.rowCount() == 3
    finally:
        office.close()


def test_a_held_bundle_gone_meanwhile_is_a_message(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    office = supervisor(tmp_path / "untrusting", None)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        _import(qtbot, widget, inspector.bundles[:1])
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
        widget.held_view.selectRow(0)
        widget.held.row_at(0).file.unlink()
        widget.trust_selected_signer()
        widget.runner.drain()
        assert warnings and "Cannot read the file" in warnings[0]
        assert widget.held.rowCount() == 0
    finally:
        office.close()


def _export(qtbot: QtBot, workspace: SupervisorWorkspace, path: Path) -> list[Path]:
    with qtbot.waitSignal(workspace.workbook_exported, timeout=60_000) as done:
        workspace.export_to(path)
        assert not workspace.work_bar.isHidden()  # written in the background, GUI free
    assert workspace.work_bar.isHidden()
    return list(done.args[0])


def test_export_workbook_xlsx_and_csv(
    qtbot: QtBot, workspace: SupervisorWorkspace, inspector: InspectorFolder, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _import(qtbot, workspace, inspector.bundles)
    (xlsx,) = _export(qtbot, workspace, tmp_path / "assessment.xlsx")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["检查汇总", "问题与整改", "欠薪线索", "各项制度合规率", "项目"]
    assert book["检查汇总"].max_row == 2 + 3  # title, headers, three inspections
    written = _export(qtbot, workspace, tmp_path / "assessment.csv")
    assert [p.name for p in written] == [f"assessment-{n}.csv" for n in book.sheetnames]
    assert written[0].read_text(encoding="utf-8-sig").count("\n") == 4


def test_export_period_dialog_defaults_to_this_year(qtbot: QtBot) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from inspector_app.ui.supervisor.period_dialog import PeriodDialog

    dialog = PeriodDialog(dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    assert dialog.period().month_texts() == ("2026-01", "2026-12")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.first.setDate(QDate(2027, 3, 1))
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.first.setDate(QDate(2026, 9, 1))
    dialog.last.setDate(QDate(2026, 9, 1))
    assert ok.isEnabled() and dialog.period().month_texts() == ("2026-09", "2026-09")


def test_export_failure_is_a_plain_message(
    qtbot: QtBot, workspace: SupervisorWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inspector_app.ui.supervisor import workspace as module

    shown: list[BaseException] = []
    monkeypatch.setattr(module, "show_error", lambda _parent, error: shown.append(error))
    workspace.export_to(tmp_path / "assessment.txt")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "xlsx" in str(shown[0]) and workspace.work_bar.isHidden()
