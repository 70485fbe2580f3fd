"""Page geometry, paragraph styles and the table helpers every part of the record uses.

Any text from data may be of any length: paragraphs wrap, and tables split inside a row
(reportlab's splitInRow), so no cell is ever taller than a page (LayoutError).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from inspector_app.services.reporting.model import ReportData
from inspector_app.services.reporting.strings import Labels

if TYPE_CHECKING:  # reportlab is imported only when a report is rendered
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Image, Paragraph, Table

mm = 72 / 25.4  # PDF points per millimetre
FRAME_WIDTH = 174 * mm
GRID = "#9aa3ad"
HEADER_FILL = "#e8edf2"
LABEL_WIDTH = 40 * mm


class Plain(str):
    """A short table value drawn as it is, without paragraph wrapping."""

    __slots__ = ()


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one font and language."""

    authority: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle
    small_centred: ParagraphStyle


def make_styles(font: str, language: str) -> Styles:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    # CJK wrapping breaks between any two Han characters; Latin text wraps at spaces.
    wrap = "CJK" if language == "zh" else None
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=15, wordWrap=wrap)
    centred = ParagraphStyle("centred", base, alignment=TA_CENTER)
    return Styles(
        authority=ParagraphStyle("authority", centred, fontSize=15, leading=22, spaceAfter=2),
        title=ParagraphStyle("title", centred, fontSize=19, leading=26, spaceAfter=4),
        number=ParagraphStyle("number", centred, fontSize=11, leading=16, spaceAfter=6),
        heading=ParagraphStyle(
            "heading", base, fontSize=13, leading=19, spaceBefore=9, spaceAfter=5, keepWithNext=1
        ),
        subheading=ParagraphStyle(
            "subheading",
            base,
            fontSize=11,
            leading=16,
            spaceBefore=5,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=ParagraphStyle("paragraph", base, alignment=TA_JUSTIFY if wrap else 0),
        cell=ParagraphStyle("cell", base, fontSize=9, leading=12.5),
        small=ParagraphStyle("small", base, fontSize=8, leading=10.5),
        small_centred=ParagraphStyle("small_centred", centred, fontSize=8.5, leading=11.5),
    )


class Builder:
    """Flowable helpers for one record: paragraphs, tables, labelled facts, headings."""

    def __init__(self, data: ReportData, labels: Labels, styles: Styles) -> None:
        self.data = data
        self.t = labels
        self.s = styles

    def p(self, text: str | None, style: ParagraphStyle | None = None) -> Paragraph:
        # Line breaks typed by the inspector stay line breaks.
        markup = escape(text or "").replace("\n", "<br/>")
        return wrapped_once()(markup, style or self.s.cell)

    def heading(self, number: int, key: str) -> Paragraph:
        """A numbered section heading: 一、检查基本情况 / 1. The inspection."""
        return self.p(self.t.ordinal(number) + self.t[key], self.s.heading)

    def table(
        self,
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        header: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        cells = [[self._cell(c) for c in row] for row in rows]
        # splitInRow: a row taller than the room left (a long note) continues on the next page.
        table = laid_out_once()(
            cells, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1
        )
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(GRID)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Cells default to Helvetica, which would then be named (not embedded) in the PDF.
            ("FONTNAME", (0, 0), (-1, -1), self.s.cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), self.s.cell.fontSize),
            *extra,
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)))
        table.setStyle(TableStyle(commands))
        return table

    def _cell(self, content: Any) -> Any:
        if isinstance(content, Plain) or content == "":  # nothing to wrap
            return str(content)
        return self.p(content) if isinstance(content, str) else content

    def facts(self, pairs: Iterable[tuple[str, Any]], plain_labels: bool = False) -> Table:
        """A two-column table of labelled facts; `plain_labels` for labels known to fit."""
        rows = [
            [Plain(self.t[key]) if plain_labels else self.t[key], value] for key, value in pairs
        ]
        return self.table(rows, [LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], header=False)


@functools.cache
def laid_out_once() -> type[Table]:
    """reportlab's Table, laid out once per width while it fits.

    KeepTogether measures each photo's facts at the frame's width, then the frame measures
    them again at the same width: a second layout of every cell, for the same answer.
    """
    from reportlab.platypus import Table

    class LaidOutTable(Table):
        # (width, height available, height) of the last complete layout.
        _laid_out: tuple[float, float, float] | None = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            done = self._laid_out
            # A layout that fitted was complete (reportlab stops measuring rows only past
            # the height available), so it is the one a new layout would make.
            if done and done[0] == available_width and done[2] <= min(done[1], available_height):
                self.availWidth = available_width
                return self._width, self._height
            width, height = super().wrap(available_width, available_height)
            self._laid_out = (available_width, available_height, height)
            return width, height

    return LaidOutTable


@functools.cache
def wrapped_once() -> type[Paragraph]:
    """reportlab's Paragraph, broken into lines once per width.

    A table measures each cell's paragraph, then measures it again to draw it, at the same
    width; breaking Chinese text into lines, character by character, is the costly part.
    """
    from reportlab.platypus import Paragraph

    class WrappedOnce(Paragraph):
        _wrapped_at: float | None = None  # the width of the lines in blPara

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # The lines depend on the width alone; split() may drop or keep them.
            if available_width == self._wrapped_at and "blPara" in self.__dict__:
                return self.width, self.height
            width, height = super().wrap(available_width, available_height)
            laid_out = width == available_width and height == getattr(self, "height", None)
            self._wrapped_at = available_width if laid_out else None
            return width, height

        def split(self, available_width: float, available_height: float) -> list[Any]:
            self._wrapped_at = None
            parts: list[Any] = super().split(available_width, available_height)
            return parts

    return WrappedOnce


def scaled_image(source: Any, max_width: float, max_height: float) -> Image:
    """An image flowable fitted into the box, keeping its aspect ratio: a drawn signature
    (PNG bytes) or a photo (a JPEG file, embedded byte for byte: no re-encoding).

    reportlab learns the size itself (for a JPEG from its header, as it does again when it
    embeds the file); asking Pillow first made a third parse of every photo.
    """
    import io

    from reportlab.platypus import Image

    image = Image(io.BytesIO(source) if isinstance(source, bytes) else str(source))
    width, height = image.imageWidth, image.imageHeight
    scale = min(max_width / width, max_height / height)
    image.drawWidth, image.drawHeight = width * scale, height * scale
    return image
