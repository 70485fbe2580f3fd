"""Opening a signed order to correct (限期整改指令书) in the system's PDF viewer."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from inspector_app.core.errors import InspectorError
from inspector_app.services.context import AppContext
from inspector_app.services.reporting.orders import order_file_for_viewing, signed_orders
from inspector_app.ui.common.messages import show_error

ORDER_SCHEME = "order"


def order_link(inspection_id: int, position: int) -> str:
    """The href of a link that opens one order (handled by open_order_link)."""
    return f"{ORDER_SCHEME}:{inspection_id}/{position}"


def open_order(parent: QWidget | None, ctx: AppContext, inspection_id: int, position: int) -> bool:
    """Write the signed order out (exports/orders/) and open it; False when it cannot be."""
    try:
        path = order_file_for_viewing(ctx, inspection_id, position)
    except InspectorError as error:
        show_error(parent, error)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_order_link(parent: QWidget | None, ctx: AppContext, url: QUrl) -> bool:
    """Open the order an `order:` link names; other links are not ours (False)."""
    if url.scheme() != ORDER_SCHEME:
        return False
    inspection, _, position = url.path().partition("/")
    if not (inspection.isdigit() and position.isdigit()):
        return False
    return open_order(parent, ctx, int(inspection), int(position))


def open_orders(parent: QWidget | None, ctx: AppContext, inspection_id: int) -> int:
    """Open every order of an inspection; returns how many were opened."""
    return sum(
        open_order(parent, ctx, inspection_id, order.position)
        for order in signed_orders(ctx, inspection_id)
    )
