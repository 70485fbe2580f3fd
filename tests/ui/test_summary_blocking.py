"""The summary blocks signing while a finding has no deadline, and its blocking rows are links."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from inspector_app.core.results import Result
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import answers
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.records import findings
from inspector_app.services.signing import sign_inspection
from inspector_app.ui.inspection.records_page import DEADLINE_COLUMN
from inspector_app.ui.main_window import MainWindow


def _answer_all(ctx: AppContext, inspection_id: int, result: Result) -> list[str]:
    items = [item.id for item in inspection_detail(ctx, inspection_id).form.items()]
    for item_id in items:
        answers.set_result(ctx, inspection_id, item_id, result)
        if result is Result.NOT_APPLICABLE:  # an N/A without its reason blocks signing too
            answers.set_na_reason(ctx, inspection_id, item_id, "本项目不涉及")
    return items


def test_a_finding_without_deadline_is_a_typed_signing_problem(
    ctx: AppContext, inspection_id: int
) -> None:
    items = _answer_all(ctx, inspection_id, Result.NOT_APPLICABLE)
    finding = findings.add_finding(ctx, inspection_id, items[2], description="无工资台账")
    problems = sign_inspection.signing_problems(ctx, inspection_detail(ctx, inspection_id))
    undated = [p for p in problems if p.kind == sign_inspection.NO_DEADLINE]
    assert [(p.item_id, p.finding_id) for p in undated] == [(items[2], finding)]
    findings.update_finding(ctx, finding, "deadline", "2026-12-20")
    problems = sign_inspection.signing_problems(ctx, inspection_detail(ctx, inspection_id))
    assert all(p.kind in sign_inspection.SIGNATURE_KINDS for p in problems)


def test_summary_lists_records_and_links_to_what_blocks(
    window: MainWindow, ctx: AppContext, inspection_id: int, qtbot: QtBot
) -> None:
    items = _answer_all(ctx, inspection_id, Result.NOT_APPLICABLE)
    finding = findings.add_finding(ctx, inspection_id, items[3], description="未设专用账户")
    findings.add_arrears_case(ctx, inspection_id, employer="某劳务公司", workers_affected=3)
    window.open_inspection(inspection_id)
    window.runner.drain()
    ws = window.workspace
    assert ws is not None
    summary = ws.summary
    assert summary.findings.rowCount() == 1 and summary.arrears.rowCount() == 1
    assert summary.findings.index(0, 1).data() == "未设专用账户"
    assert summary.arrears.index(0, 0).data() == "某劳务公司"
    # Not ready: the finding has no deadline.
    assert summary.missing.rowCount() == 1
    assert "Ready" not in summary.missing_label.text()
    assert summary.missing.index(0, 0).data().startswith(items[3] + " ")
    # Clicking the row opens the finding's deadline cell on the records page.
    ws.tabs.setCurrentWidget(summary)
    summary.follow(summary.missing.index(0, 0))
    assert ws.tabs.currentWidget() is ws.records
    current = ws.records.findings_view.currentIndex()
    assert current.column() == DEADLINE_COLUMN
    assert ws.records.findings.row_at(current.row()).id == finding
    # With a deadline, the summary has nothing left against the answers.
    ws.records.findings.setData(current, (dt.date.today() + dt.timedelta(days=10)).isoformat())
    window.runner.drain()
    qtbot.waitUntil(lambda: summary.missing.rowCount() == 0, timeout=5_000)
    assert summary.missing_label.text() == ws.summary.tr("Ready to sign.")


def test_an_unanswered_item_link_goes_to_the_item(window: MainWindow, inspection_id: int) -> None:
    window.open_inspection(inspection_id)
    window.runner.drain()
    ws = window.workspace
    assert ws is not None
    summary = ws.summary
    second = summary.missing.row_at(1)
    ws.tabs.setCurrentWidget(summary)
    summary.follow(summary.missing.index(1, 0))
    assert ws.tabs.currentIndex() == 0
    assert ws.current_item == second.item_id
