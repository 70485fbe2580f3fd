"""Render an inspection report to PDF with reportlab (imported only when rendering)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from inspector_app.services.reporting.closing import Closing
from inspector_app.services.reporting.fonts import FontChoice, registered_cjk_font
from inspector_app.services.reporting.model import ReportData
from inspector_app.services.reporting.pages import PageFacts, numbered_canvas, signature_slot
from inspector_app.services.reporting.sections import SIGNATURE_SLOT_SIZE, Section, make_styles, mm
from inspector_app.services.reporting.strings import Labels
from inspector_app.services.signing.pades import SignatureBox, release_freed_memory

_MARGIN = 18 * mm


@dataclass(frozen=True)
class RenderedReport:
    """The unsigned report and where its digital signature belongs."""

    pdf: bytes
    page_count: int
    font_name: str
    signature_box: SignatureBox


def _story(data: ReportData, labels: Labels, font: FontChoice, slot: Any) -> list[Any]:
    styles = make_styles(font.name, labels.language)
    body, closing = Section(data, labels, styles), Closing(data, labels, styles)
    return [
        *body.heading_block(),
        *body.visit(1),
        *body.site_facts(2),
        *body.parties(3),
        *body.summary(4),
        *body.detail(5),
        *body.findings(6),
        *body.arrears(7),
        *closing.closing(8, slot),
        *closing.photos(),
    ]


def _footer_text(data: ReportData, labels: Labels) -> str:
    """Every page names the record it belongs to; the number may be very long, so cut it."""
    text = labels.labelled(labels["document_no"], labels.numbered(data.document_no, data.revision))
    return text if len(text) <= 60 else text[:59] + "…"


def _build(
    data: ReportData,
    labels: Labels,
    font: FontChoice,
    layout: PageFacts,
    invariant: bool,
    out: IO[bytes],
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        title=f"{labels['report_title']} {data.document_no or data.report_id}",
        author=", ".join(person.name for person in data.inspectors),
        subject=data.site.name[:500],
        keywords=data.report_id,
        creator="inspector-app",
        invariant=int(invariant),
        lang="zh-CN" if labels.language == "zh" else "en",
    )
    canvas_class = numbered_canvas(
        font.name, _footer_text(data, labels), labels.page_of, _MARGIN, layout
    )
    document.build(
        _story(data, labels, font, signature_slot(SIGNATURE_SLOT_SIZE, layout)),
        canvasmaker=canvas_class,
    )


def render_report(
    data: ReportData, *, font_path: Path | None = None, invariant: bool = False
) -> RenderedReport:
    """The unsigned PDF report, with an empty box reserved for the PAdES signature.

    `invariant` makes the output byte-identical for the same data (reportlab's
    invariant mode: fixed dates and document id), for tests.
    """
    from reportlab import rl_config

    # ASCII85 would inflate every embedded JPEG by a quarter and cost time.
    rl_config.useA85 = 0
    labels = Labels(data.language)
    font = registered_cjk_font(font_path)
    layout = PageFacts()
    # The canvas leaves the finished file in layout.pdf and writes nothing here.
    _build(data, labels, font, layout, invariant, io.BytesIO())
    # Hand reportlab's copies of the images (freed when the canvas saved) back to the system.
    release_freed_memory(collect=False)
    if layout.signature_box is None:  # cannot happen: the slot is always in the story
        raise RuntimeError("The signature box was not placed in the report.")
    return RenderedReport(
        pdf=layout.take_pdf(),
        page_count=layout.page_count,
        font_name=font.name,
        signature_box=layout.signature_box,
    )
