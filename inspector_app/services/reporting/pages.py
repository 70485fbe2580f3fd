"""Page machinery every signed paper shares: "page x of y" footers and the signature slot.

The record and the order to correct both hold their pages back until the end, so each
footer can give the page count, and both reserve an empty box where pyHanko later draws
the visible PAdES signature. The finished file is left in `PageFacts.pdf`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inspector_app.services.signing.pades import SignatureBox

MM = 72 / 25.4  # PDF points per millimetre
FOOTER_Y = 10 * MM


@dataclass
class PageFacts:
    """Facts only known while reportlab lays out the pages."""

    page_count: int = 0
    signature_box: SignatureBox | None = None
    pdf: bytes = b""

    def take_pdf(self) -> bytes:
        """The finished file, no longer held here: these facts stay reachable from
        reportlab's objects, garbage in reference cycles until a collection, and must not
        keep a file of a hundred photos alive with them."""
        pdf, self.pdf = self.pdf, b""
        return pdf


def numbered_canvas(
    font: str, footer: str, page_of: Callable[[int, int], str], margin: float, facts: PageFacts
) -> type:
    """A canvas class whose pages carry `footer` on the left and "page x of y" on the right."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page names Helvetica, a font the paper never shows and does
            # not embed (the document template passes initialFontName=None).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            facts.page_count = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self._footer(facts.page_count)
                super().showPage()
            # The finished file is kept in memory rather than written to the document's
            # file and read back: two fewer passes over every embedded JPEG.
            facts.pdf = self.getpdfdata()
            # The document still holds every embedded JPEG, in reference cycles that only
            # a full collection (tens of milliseconds over the whole heap) would find;
            # emptying it frees them at once. reportlab's canvas is not used after saving.
            self._held_pages.clear()
            self._doc.__dict__.clear()

        def _footer(self, pages: int) -> None:
            self.saveState()
            self.setFont(font, 8)
            self.setFillGray(0.35)
            self.drawString(margin, FOOTER_Y, footer)
            right = self._pagesize[0] - margin
            self.drawRightString(right, FOOTER_Y, page_of(self._pageNumber, pages))
            self.restoreState()

    return NumberedCanvas


def signature_slot(size: tuple[float, float], facts: PageFacts) -> Any:
    """An empty box that remembers on which page, and where, it landed."""
    from reportlab.platypus import Flowable

    class SignatureSlot(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return size

        def draw(self) -> None:
            # Nothing is drawn: pyHanko puts the visible signature here when signing.
            x, y = self.canv.absolutePosition(0, 0)
            page = self.canv.getPageNumber() - 1
            facts.signature_box = SignatureBox(page, x, y, x + size[0], y + size[1])

    return SignatureSlot()
