"""The browser that shows a received inspection's detail, and the background read of it.

The detail comes in HTML parts (detail_parts): the browser takes them in over several
turns of the event loop, so that a large inspection does not stall the window."""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from inspector_app.services.context import AppContext
from inspector_app.services.supervision.received import ReceivedRow
from inspector_app.ui.supervisor.detail import detail_parts

_IMAGE_SOURCE = re.compile(r"<img src='([^']+)'")


def read_detail(
    ctx: AppContext, row: ReceivedRow, lang: str
) -> tuple[list[str], dict[str, QImage]]:
    """The detail's HTML parts with its thumbnails already read, so that showing it reads
    no file on the GUI thread (QImage may be made in any thread)."""
    parts = detail_parts(ctx, row, lang)
    images = {}
    for source in _IMAGE_SOURCE.findall("".join(parts)):
        image = QImage(QUrl(source).toLocalFile())
        if not image.isNull():
            images[source] = image
    return parts, images


# The GUI thread's time per event-loop turn for taking in parts of a detail: a large
# inspection (300 findings, 300 photos) in one setHtml stalled the window about 70 ms.
# Laying out and painting what came in takes about as long again within the same turn.
APPEND_BUDGET_S = 0.006
# A detail of up to this many parts (up to PART_SIZE findings and photos: a few ms) goes
# in at once, as every detail did before, its text complete as soon as it is shown.
PARTS_AT_ONCE = 4


class DetailBrowser(QTextBrowser):
    """Shows the detail with images handed to it; it never reads a file itself.

    The parts go in as many as fit in APPEND_BUDGET_S per turn of the event loop, the
    rest on the next turns; a new detail (or clear) drops what is left of the last one."""

    completed = Signal()  # every part of the detail shown is in

    def __init__(self) -> None:
        super().__init__()
        self.images: dict[str, QImage] = {}
        self._waiting: deque[str] = deque()
        self._next_turn = QTimer(self, singleShot=True, interval=0)
        self._next_turn.timeout.connect(self._append_parts)

    @property
    def appending(self) -> bool:
        """Parts of the detail shown are still waiting for their turn."""
        return bool(self._waiting)

    def show_detail(self, parts: Sequence[str], images: dict[str, QImage]) -> None:
        self._next_turn.stop()
        self.images = images
        if len(parts) <= PARTS_AT_ONCE:
            self._waiting.clear()
            self.setHtml("".join(parts))
            self.completed.emit()
            return
        self._waiting = deque(parts)
        self.setHtml(self._waiting.popleft())
        self._append_parts()

    def clear(self) -> None:
        self._next_turn.stop()
        self._waiting.clear()
        super().clear()

    def _append_parts(self) -> None:
        started = time.perf_counter()
        cursor = QTextCursor(self.document())
        while self._waiting:  # one part a turn at least, however slow the machine
            cursor.movePosition(QTextCursor.MoveOperation.End)
            # A block of its own, so that the part's first paragraph does not join the last
            # one: a list item's (a list goes on in parts), or a plain one unless the last
            # is empty already (the one Qt keeps after a table).
            if cursor.currentList() is not None:
                cursor.insertBlock(cursor.blockFormat(), QTextCharFormat())
            elif cursor.block().length() > 1:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertHtml(self._waiting.popleft())
            if time.perf_counter() - started >= APPEND_BUDGET_S:
                break
        if self._waiting:
            self._next_turn.start()
        else:
            self.completed.emit()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self.images.get(url.toString() if isinstance(url, QUrl) else url)
        return None
