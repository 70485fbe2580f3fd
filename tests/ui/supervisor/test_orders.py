"""The supervisor opens signed orders to correct from the detail and from the dashboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from inspector_app.services.context import AppContext
from inspector_app.services.reporting.orders import order_pdfs, signed_orders
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.supervisor.detail import detail_html
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace

SIGNED = 3  # the demo's first signed inspection; it has findings, so orders


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files handed to the system's viewer, instead of opening them."""
    files: list[Path] = []

    def open_url(url: QUrl) -> bool:
        files.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return files


def _workspace(qtbot: QtBot, ctx: AppContext) -> SupervisorWorkspace:
    widget = SupervisorWorkspace(ctx, "zh")
    qtbot.addWidget(widget)
    widget.runner.drain()
    return widget


def test_detail_links_each_order(qtbot: QtBot, chinese: None, demo_ctx: AppContext) -> None:
    widget = _workspace(qtbot, demo_ctx)
    model = widget.received.model
    (row,) = [model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).id == SIGNED]

    html = detail_html(demo_ctx, row, "zh")

    orders = signed_orders(demo_ctx, SIGNED)
    assert orders
    assert "限期整改指令书" in html
    for order in orders:
        assert f"href='order:{SIGNED}/{order.position}'" in html
        assert f"打开限期整改指令书 {order.number}" in html and order.addressee in html


def test_clicking_the_link_opens_the_signed_order(
    qtbot: QtBot, demo_ctx: AppContext, opened: list[Path]
) -> None:
    widget = _workspace(qtbot, demo_ctx)

    widget.received.detail.anchorClicked.emit(QUrl(f"order:{SIGNED}/1"))
    widget.received.detail.anchorClicked.emit(QUrl("https://example.com/"))  # not ours
    widget.runner.drain()

    (_facts, pdf), *_ = order_pdfs(demo_ctx, SIGNED)
    assert len(opened) == 1 and opened[0].read_bytes() == pdf


def test_dashboard_opens_the_orders_behind_overdue_corrections(
    qtbot: QtBot, demo_ctx: AppContext, opened: list[Path]
) -> None:
    dashboard = _workspace(qtbot, demo_ctx).dashboard
    dashboard.refresh()
    dashboard.runner.drain()
    first = dashboard.corrections.row_at(0)  # overdue first

    dashboard.order_button.click()
    dashboard.runner.drain()

    stored = {pdf for _, pdf in order_pdfs(demo_ctx, first.inspection_id)}
    assert stored and {path.read_bytes() for path in opened} == stored
