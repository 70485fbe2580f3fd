"""Opening a signed order to correct (限期整改指令书) in the system's PDF viewer.

The order is read from the database and written out in the background; only opening the
written file happens on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from inspector_app.services.context import AppContext
from inspector_app.services.reporting.orders import order_file_for_viewing, signed_orders
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import TaskRunner

ORDER_SCHEME = "order"


def order_link(inspection_id: int, position: int) -> str:
    """The href of a link that opens one order (handled by open_order_link)."""
    return f"{ORDER_SCHEME}:{inspection_id}/{position}"


def _show(paths: list[Path]) -> None:
    for path in paths:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_order(
    parent: QWidget | None, ctx: AppContext, runner: TaskRunner, inspection_id: int, position: int
) -> int:
    """Write the signed order out (exports/orders/) and open it; a message if it cannot be."""
    return runner.run(
        lambda: [order_file_for_viewing(ctx, inspection_id, position)],
        _show,
        lambda error: show_error(parent, error),
        write=True,
    )


def open_order_link(
    parent: QWidget | None, ctx: AppContext, runner: TaskRunner, url: QUrl
) -> int | None:
    """Open the order an `order:` link names; other links are not ours (None)."""
    if url.scheme() != ORDER_SCHEME:
        return None
    inspection, _, position = url.path().partition("/")
    if not (inspection.isdigit() and position.isdigit()):
        return None
    return open_order(parent, ctx, runner, int(inspection), int(position))


def open_orders(
    parent: QWidget | None, ctx: AppContext, runner: TaskRunner, inspection_id: int
) -> int:
    """Open every order of an inspection."""

    def write_out() -> list[Path]:
        return [
            order_file_for_viewing(ctx, inspection_id, order.position)
            for order in signed_orders(ctx, inspection_id)
        ]

    return runner.run(write_out, _show, lambda error: show_error(parent, error), write=True)
