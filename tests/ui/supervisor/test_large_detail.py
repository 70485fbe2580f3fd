"""A received inspection with 300 findings and 300 photos: its detail goes into the browser
in parts over several turns of the event loop, ends up complete, and a newer selection
drops what is left of the older one's parts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.ui.supervisor import detail_browser, received
from inspector_app.ui.supervisor.detail import detail_html
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.benchmarks.seeding import seed_received, write_thumbnails

FINDINGS = PHOTOS = 300


@pytest.fixture
def office(ctx: AppContext) -> AppContext:
    """Three signed inspections; inspection 1 with 300 findings and 300 photos."""
    write_thumbnails(ctx, seed_received(ctx, 3, 2, large=(FINDINGS - 1, PHOTOS)))
    return ctx


@pytest.fixture
def page(qtbot: QtBot, office: AppContext) -> Iterator[received.ReceivedPage]:
    widget = SupervisorWorkspace(office, "zh")
    qtbot.addWidget(widget)
    widget.runner.drain()
    yield widget.received
    widget.runner.drain()


def _row_of(page: received.ReceivedPage, inspection_id: int) -> int:
    return [row.id for row in page.model.rows()].index(inspection_id)


def _large_texts() -> list[str]:
    """What the supervisor must be able to read of inspection 1's findings and photos."""
    corrections = ["限期整改。", *(f"整改 {n:03d}：补交工资台账。" for n in range(FINDINGS - 1))]
    photos = [f"P{n + 1} " for n in range(PHOTOS)] + [f"照片 {n:03d}" for n in range(PHOTOS)]
    return corrections + photos


def test_a_large_detail_comes_in_parts_and_ends_up_complete(
    qtbot: QtBot, page: received.ReceivedPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detail_browser, "APPEND_BUDGET_S", 0.0)  # one part a turn
    browser = page.detail
    page.show_row(_row_of(page, 1))
    page.runner.drain()
    assert browser.appending  # not all in one go
    assert "整改 298" not in browser.toPlainText()
    with qtbot.waitSignal(browser.completed, timeout=10_000):
        pass
    shown = browser.toPlainText()
    missing = [text for text in _large_texts() if text not in shown]
    assert not missing, f"{len(missing)} texts missing, first {missing[:3]}"
    assert shown.count("该照片也作为检查 R-2025-0001 的证据") == PHOTOS // 5
    assert len(browser.images) == PHOTOS  # every thumbnail handed over


def test_the_parts_make_the_same_text_as_the_whole_detail(
    qtbot: QtBot, page: received.ReceivedPage, office: AppContext
) -> None:
    page.show_row(_row_of(page, 1))
    page.runner.drain()
    qtbot.waitUntil(lambda: not page.detail.appending, timeout=10_000)
    whole = detail_browser.DetailBrowser()
    qtbot.addWidget(whole)
    whole.setHtml(detail_html(office, page.model.row_at(_row_of(page, 1)), "zh"))
    assert page.detail.toPlainText() == whole.toPlainText()


def test_a_newer_selection_drops_the_rest_of_the_older_detail(
    qtbot: QtBot, page: received.ReceivedPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detail_browser, "APPEND_BUDGET_S", 0.0)
    browser = page.detail
    large, other = page.model.row_at(_row_of(page, 1)), page.model.row_at(_row_of(page, 2))
    page.show_row(_row_of(page, 1))
    page.runner.drain()
    assert browser.appending and large.site_name in browser.toPlainText()
    page.show_row(_row_of(page, 2))
    page.runner.drain()
    qtbot.waitUntil(lambda: not browser.appending, timeout=10_000)
    qtbot.wait(50)  # turns in which a left-over part of the older detail would go in
    shown = browser.toPlainText()
    assert other.site_name in shown and large.site_name not in shown
    assert "整改 " not in shown and "照片 " not in shown
    assert browser.images == {}  # the other inspection has no photo


def test_clearing_the_list_drops_the_parts_still_waiting(
    qtbot: QtBot, page: received.ReceivedPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detail_browser, "APPEND_BUDGET_S", 0.0)
    page.show_row(_row_of(page, 1))
    page.runner.drain()
    assert page.detail.appending
    page.refresh()  # a new list clears the detail
    page.runner.drain()
    qtbot.wait(50)
    assert not page.detail.appending and page.detail.toPlainText() == ""


def test_a_photo_line_keeps_bundle_text_as_text(qtbot: QtBot, ctx: AppContext) -> None:
    from inspector_app.core.evidence_flags import EvidenceFlag, PhotoFlag
    from inspector_app.services.inspection.detail import EvidenceInfo
    from inspector_app.ui.common.tasks import TaskRunner
    from inspector_app.ui.supervisor.detail import _photo_line

    photo = EvidenceInfo(
        1,
        "<b>R1</b>",
        "0" * 64,
        caption="<a href='order:1/1'>x</a>",
        flags=(PhotoFlag(EvidenceFlag.RECYCLED, ref="<i>R-1</i>"),),
    )
    runner, lines = TaskRunner(), list[str]()
    runner.run(lambda: _photo_line(ctx, "P1", photo, "zh"), lines.append)  # reads the disk
    runner.drain()
    (line,) = lines
    assert "<a href" not in line and "<b>R1" not in line and "<i>" not in line
    assert "&lt;a href=&#x27;order:1/1&#x27;&gt;x&lt;/a&gt;" in line and "&lt;i&gt;R-1" in line
