"""Every item model of the UI passes Qt's model tester, filled with real data."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import list_inspectors
from inspector_app.services.directory.sites import list_sites
from inspector_app.services.inspection.answers import set_result
from inspector_app.services.inspection.lifecycle import list_inspections
from inspector_app.services.records.findings import add_arrears_case, add_finding
from inspector_app.services.signing.sign_inspection import content_problems
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.directory.site_models import InspectionHistoryModel, SiteListModel
from inspector_app.ui.evidence.evidence_strip import EvidenceModel
from inspector_app.ui.inspection.checklist_model import ChecklistModel
from inspector_app.ui.inspection.new_inspection import InspectorChoiceModel, RepresentativeModel
from inspector_app.ui.inspection.records_page import ArrearsModel, FindingsModel
from inspector_app.ui.inspection.session import InspectionSession, load_inspection
from inspector_app.ui.inspection.summary_page import BlockingModel, RuleScoreModel


def session_with_records(
    ctx: AppContext, inspection_id: int, runner: TaskRunner
) -> InspectionSession:
    set_result(ctx, inspection_id, "R1.1", Result.NOT_COMPLIANT)
    set_result(ctx, inspection_id, "R2.1", Result.COMPLIANT)
    add_finding(ctx, inspection_id, "R1.1", description="无门禁", deadline=dt.date(2025, 7, 1))
    add_arrears_case(
        ctx, inspection_id, employer="某劳务公司", workers_affected=12, amount_owed="86000"
    )
    return InspectionSession(ctx, runner, load_inspection(ctx, inspection_id))


def test_site_and_history_models(
    qtmodeltester: ModelTester, ctx: AppContext, inspection_id: int
) -> None:
    sites = SiteListModel()
    sites.set_rows(list_sites(ctx))
    qtmodeltester.check(sites)
    history = InspectionHistoryModel()
    history.set_rows(list_inspections(ctx))
    qtmodeltester.check(history)
    assert history.rowCount() == 1


def test_checklist_model(qtmodeltester: ModelTester, ctx: AppContext, inspection_id: int) -> None:
    runner = TaskRunner()
    session = session_with_records(ctx, inspection_id, runner)
    model = ChecklistModel(session.form, session.results, session.score, "zh")
    qtmodeltester.check(model)
    assert model.rowCount() == len(session.form.rules)
    assert model.index(0, 1).data() == "1/7  ✗1"
    assert model.item_index("R1.1", 1).data() == "✗"
    session.apply_result("R1.2", Result.COMPLIANT)
    model.update("R1.2", session.score)
    assert model.index(0, 1).data() == "2/7  ✗1"
    qtmodeltester.check(model)
    runner.drain()


def test_record_and_summary_models(
    qtmodeltester: ModelTester, ctx: AppContext, inspection_id: int
) -> None:
    runner = TaskRunner()
    session = session_with_records(ctx, inspection_id, runner)
    findings = FindingsModel(session)
    findings.set_rows(session.findings)
    qtmodeltester.check(findings)
    arrears = ArrearsModel(session)
    arrears.set_rows(session.arrears_cases)
    qtmodeltester.check(arrears)
    assert arrears.index(0, 2).data() == "86,000.00"
    rules = RuleScoreModel(session.form, "en")
    rules.set_rows(session.score.rules)
    qtmodeltester.check(rules)
    missing = BlockingModel(session.form, "zh")
    missing.set_rows(content_problems(session.form, {}, session.evidence, session.findings))
    qtmodeltester.check(missing)
    evidence = EvidenceModel(session, "zh")
    evidence.show_photos(session.evidence)
    qtmodeltester.check(evidence)
    runner.drain()


def test_dialog_models(qtmodeltester: ModelTester, ctx: AppContext, inspection_id: int) -> None:
    choice = InspectorChoiceModel(list_inspectors(ctx))
    qtmodeltester.check(choice)
    assert len(choice.checked_ids()) == 1
    representatives = RepresentativeModel()
    qtmodeltester.check(representatives)
