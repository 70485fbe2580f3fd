"""Render an order to correct (劳动保障监察限期整改指令书) to PDF with reportlab.

Text of any length is laid out as paragraphs, which split across pages; tables hold only
short values (clipped), so no cell can outgrow a page (reportlab's LayoutError).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from inspector_app.services.reporting.fonts import FontChoice, registered_cjk_font
from inspector_app.services.reporting.order_data import InspectorSignature, OrderData, OrderFinding
from inspector_app.services.reporting.order_strings import OrderTexts
from inspector_app.services.reporting.pages import PageFacts, numbered_canvas, signature_slot
from inspector_app.services.signing.pades import SignatureBox

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, Table

mm = 72 / 25.4
_MARGIN = 20 * mm
_FRAME_WIDTH = 210 * mm - 2 * _MARGIN
_SLOT_SIZE = (80 * mm, 30 * mm)
_GRID = "#6b7280"
# Values inside table cells are clipped to this many characters: a cell taller than a
# page cannot be laid out; the full text stands in the paragraphs above.
_CELL_CHARS = 160


@dataclass(frozen=True)
class RenderedOrder:
    """The unsigned order and where its digital signature belongs."""

    pdf: bytes
    page_count: int
    signature_box: SignatureBox


@dataclass(frozen=True)
class _Styles:
    authority: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    right: ParagraphStyle


def _styles(font: str, language: str) -> _Styles:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    wrap = "CJK" if language == "zh" else None
    body = ParagraphStyle(
        "order-body",
        fontName=font,
        fontSize=11.5,
        leading=19,
        wordWrap=wrap,
        firstLineIndent=23 if language == "zh" else 0,
        alignment=TA_JUSTIFY if language == "zh" else TA_LEFT,
        spaceAfter=3,
    )
    plain = ParagraphStyle("order-plain", body, firstLineIndent=0)
    return _Styles(
        authority=ParagraphStyle("authority", plain, fontSize=15, leading=22, alignment=TA_CENTER),
        title=ParagraphStyle(
            "title", plain, fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=4
        ),
        number=ParagraphStyle("number", plain, fontSize=11, alignment=TA_RIGHT, spaceAfter=10),
        heading=ParagraphStyle(
            "heading", plain, fontSize=12.5, leading=20, spaceBefore=6, keepWithNext=1
        ),
        body=body,
        cell=ParagraphStyle("cell", plain, fontSize=10, leading=14, spaceAfter=0),
        right=ParagraphStyle("right", plain, alignment=TA_RIGHT),
    )


_HAN = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _wrapping(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """The style, wrapping between any two characters when the text holds Chinese: an
    English order quotes Chinese names and facts, which have no spaces to wrap at."""
    from reportlab.lib.styles import ParagraphStyle

    if style.wordWrap == "CJK" or not _HAN.search(text):
        return style
    return ParagraphStyle(f"{style.name}-cjk", style, wordWrap="CJK")


def _clip(text: str) -> str:
    return text if len(text) <= _CELL_CHARS else text[: _CELL_CHARS - 1] + "…"


class _Order:
    """The story (list of flowables) of one order."""

    def __init__(self, data: OrderData, texts: OrderTexts, styles: _Styles) -> None:
        self.d, self.t, self.s = data, texts, styles

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text), _wrapping(style or self.s.body, text))

    def labelled(self, label: str, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        from reportlab.platypus import Paragraph

        text = f"<b>{escape(label)}</b>{self.t['colon']}{escape(value)}"
        return Paragraph(text, _wrapping(style or self.s.body, value))

    def table(self, rows: list[list[Any]], widths: list[float], heights: Any = None) -> Table:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        cells = [[self.p(_clip(c), self.s.cell) if isinstance(c, str) else c for c in row]
                 for row in rows]  # fmt: skip
        table = Table(cells, colWidths=widths, rowHeights=heights)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor(_GRID)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (0, 0), (-1, -1), self.s.cell.fontName),
                ]
            )
        )
        return table

    def heading(self) -> list[Flowable]:
        d, t = self.d, self.t
        story: list[Flowable] = []
        if d.authority:
            story.append(self.p(d.authority, self.s.authority))
        story += [self.p(t["title"], self.s.title), self.p(d.number, self.s.number)]
        story.append(
            self.p(t["addressed"].format(addressee=d.addressee or t["blank"]), self.s.heading)
        )
        code = d.credit_code or t["blank"]
        story.append(self.labelled(t["credit_code"], code, self.s.cell))
        if d.record_number:
            story.append(self.labelled(t["record_number"], d.record_number, self.s.cell))
        return story

    def intro(self) -> list[Flowable]:
        d, t = self.d, self.t
        address = t["address"].format(address=d.site_address) if d.site_address else ""
        site = d.site_name
        if t.language == "zh" and not site.endswith(("项目", "工程")):
            site += "项目"
        text = t["intro"].format(date=t.date(d.inspected_on), site=site, address=address)
        return [self.p(text)]

    def finding(self, number: int, finding: OrderFinding) -> list[Flowable]:
        t = self.t
        title = finding.rule_title or finding.item_text
        story: list[Flowable] = [self.p(f"{t.ordinal(number)}{title}", self.s.heading)]
        if finding.item_text and finding.item_text != title:
            story.append(self.labelled(t["item"], finding.item_text))
        story.append(self.labelled(t["facts"], finding.facts or finding.item_text))
        if finding.provision:
            story.append(self.labelled(t["provision"], finding.provision))
        story.append(self.labelled(t["correction"], finding.correction))
        story.append(self.labelled(t["deadline"], t.deadline(finding.deadline)))
        return story

    def closing(self) -> list[Flowable]:
        t = self.t
        return [
            self.p(t["consequences_heading"], self.s.heading),
            self.p(t["consequences"]),
            self.p(t["rights_heading"], self.s.heading),
            self.p(t["rights"]),
        ]

    def signatures(self, slot: Flowable) -> list[Flowable]:
        from reportlab.platypus import KeepTogether, Spacer

        t, d = self.t, self.d
        rows: list[list[Any]] = [[t["name"], t["badge"], t["signature"], t["signed_at"]]]
        rows += [self._signature_row(person) for person in d.inspectors]
        widths = [34 * mm, 38 * mm, 58 * mm, _FRAME_WIDTH - 130 * mm]
        issuer = [self.p(d.authority, self.s.right)] if d.authority else []
        block = [
            self.p(t["inspectors"], self.s.heading),
            self.table(rows, widths),
            Spacer(1, 6 * mm),
            *issuer,
            self.p(f"{t['seal']}  {t.date(d.issued_on)}", self.s.right),
            self.p(t["digital_signature"], self.s.cell),
            slot,
        ]
        return [KeepTogether(block)]

    def _signature_row(self, person: InspectorSignature) -> list[Any]:
        drawn: Any = self.t["not_signed"]
        if person.image_png:
            drawn = _image(person.image_png, 54 * mm, 16 * mm)
        moment = person.signed_at.strftime("%Y-%m-%d %H:%M") if person.signed_at else ""
        return [person.name, person.badge_no, drawn, moment]

    def receipt(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        t, d = self.t, self.d
        document = f"{t['title']} {d.number}".strip()
        rows = [
            [t["receipt_document"], document],
            [t["receipt_addressee"], d.addressee],
            [t["receipt_place"], ""],
            [t["receipt_method"], t["receipt_methods"]],
            [t["receipt_received"], t["sign_line"]],
            [t["receipt_agent"], t["sign_line"]],
            [t["receipt_refusal"], t["witness_line"]],
            [t["receipt_server"], t["sign_line"]],
            [t["receipt_note"], ""],
        ]
        heights = [16 * mm, 16 * mm, 16 * mm, 14 * mm, 26 * mm, 26 * mm, 30 * mm, 22 * mm, 22 * mm]
        return [
            PageBreak(),
            self.p(t["receipt_title"], self.s.title),
            self.p(d.number, self.s.number),
            self.table(rows, [40 * mm, _FRAME_WIDTH - 40 * mm], heights),
        ]

    def story(self, slot: Flowable) -> list[Flowable]:
        story = [*self.heading(), *self.intro()]
        for number, finding in enumerate(self.d.findings, 1):
            story += self.finding(number, finding)
        return [*story, *self.closing(), *self.signatures(slot), *self.receipt()]


def _image(png: bytes, max_width: float, max_height: float) -> Any:
    from PIL import Image as PILImage
    from reportlab.platypus import Image

    with PILImage.open(io.BytesIO(png)) as probe:
        width, height = probe.size
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale)


def _build(
    data: OrderData, font: FontChoice, layout: PageFacts, invariant: bool, out: IO[bytes]
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    texts = OrderTexts(data.language)
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 4 * mm,
        title=f"{texts['title']} {data.number}".strip(),
        author=data.authority,
        subject=data.addressee,
        creator="inspector-app",
        invariant=int(invariant),
        lang="zh-CN" if texts.language == "zh" else "en",
    )
    slot = signature_slot(_SLOT_SIZE, layout)
    story = _Order(data, texts, _styles(font.name, texts.language)).story(slot)
    canvas = numbered_canvas(font.name, data.number, texts.page_of, _MARGIN, layout)
    document.build(story, canvasmaker=canvas)


def render_order(
    data: OrderData, *, font_path: Path | None = None, invariant: bool = False
) -> RenderedOrder:
    """The unsigned order, with an empty box reserved for the PAdES signature."""
    from reportlab import rl_config

    rl_config.useA85 = 0
    layout = PageFacts()
    # The canvas leaves the finished file in layout.pdf and writes nothing here.
    _build(data, registered_cjk_font(font_path), layout, invariant, io.BytesIO())
    if layout.signature_box is None:  # cannot happen: the slot is always in the story
        raise RuntimeError("The signature box was not placed in the order.")
    return RenderedOrder(
        pdf=layout.take_pdf(), page_count=layout.page_count, signature_box=layout.signature_box
    )
