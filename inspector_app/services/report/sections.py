"""The report's sections as reportlab flowables, one function per section."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from inspector_app.services.report.model import PersonFacts, PhotoFacts, ReportData, SignatureFacts
from inspector_app.services.report.strings import Labels

if TYPE_CHECKING:  # reportlab is imported only when a report is rendered
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Image, Paragraph, Table

mm = 72 / 25.4  # PDF points per millimetre
FRAME_WIDTH = 174 * mm
_GRID = "#9aa3ad"
_HEADER_FILL = "#e8edf2"
# Two photos with their facts fit on one A4 page.
_PHOTO_MAX_HEIGHT = 84 * mm
_SIGNATURE_HEIGHT = 22 * mm
SIGNATURE_SLOT_SIZE = (80 * mm, 32 * mm)


class Plain(str):
    """A short table value drawn as it is, without paragraph wrapping."""

    __slots__ = ()


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one font and language."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle


def make_styles(font: str, language: str) -> Styles:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    # CJK wrapping breaks between any two Han characters; Latin text wraps at spaces.
    wrap = "CJK" if language == "zh" else None
    base = ParagraphStyle("body", fontName=font, fontSize=10, leading=14, wordWrap=wrap)
    return Styles(
        title=ParagraphStyle("title", base, fontSize=18, leading=24, alignment=TA_CENTER),
        heading=ParagraphStyle(
            "heading", base, fontSize=14, leading=20, spaceBefore=8, spaceAfter=6, keepWithNext=1
        ),
        subheading=ParagraphStyle(
            "subheading",
            base,
            fontSize=11.5,
            leading=16,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=base,
        cell=ParagraphStyle("cell", base, fontSize=9, leading=12),
        small=ParagraphStyle("small", base, fontSize=8, leading=10.5),
    )


class Section:
    """Builds flowables for one report; every method returns a list to add to the story."""

    def __init__(self, data: ReportData, labels: Labels, styles: Styles) -> None:
        self.data = data
        self.t = labels
        self.s = styles

    def p(self, text: str | None, style: ParagraphStyle | None = None) -> Paragraph:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text or ""), style or self.s.cell)

    def table(
        self, rows: Sequence[Sequence[Any]], widths: Sequence[float], header: bool = True
    ) -> Table:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        cells = [[self._cell(c) for c in row] for row in rows]
        table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0)
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(_GRID)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Cells default to Helvetica, which would then be named (not embedded) in the PDF.
            ("FONTNAME", (0, 0), (-1, -1), self.s.cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), self.s.cell.fontSize),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(_HEADER_FILL)))
        table.setStyle(TableStyle(commands))
        return table

    def _cell(self, content: Any) -> Any:
        if isinstance(content, Plain):
            return str(content)
        return self.p(content) if isinstance(content, str) else content

    def facts(self, pairs: Iterable[tuple[str, str]], plain_labels: bool = False) -> Table:
        """A two-column table of labelled facts; `plain_labels` for labels known to fit."""
        rows = [
            [Plain(self.t[key]) if plain_labels else self.t[key], value] for key, value in pairs
        ]
        return self.table(rows, [46 * mm, FRAME_WIDTH - 46 * mm], header=False)

    def cover(self) -> list[Flowable]:
        from reportlab.platypus import Spacer

        d, t = self.data, self.t
        story: list[Flowable] = [
            self.p(t["report_title"], self.s.title),
            self.p(d.site.name, self.s.title),
            Spacer(1, 4 * mm),
            self.p(f"{t['report_id']}: {d.report_id}", self.s.body),
            self.p(
                f"{t['form']}: {d.form_title} ({d.form_id}, {t['form_version']} {d.form_version})",
                self.s.body,
            ),
        ]
        story += self.site_facts() + self.parties() + self.inspection_facts()
        return story

    def site_facts(self) -> list[Flowable]:
        site = self.data.site
        workers = f"{_count(site.workers_on_site)} / {_count(site.workers_registered)}"
        account = " ".join(part for part in (site.account_bank, site.account_no) if part)
        pairs = [
            ("site_name", site.name),
            ("address", site.address),
            ("permit_no", site.permit_no),
            ("project_code", site.project_code),
            ("contract_value", site.contract_value),
            ("start_date", site.start_date),
            ("responsible_unit", site.responsible_unit),
            ("workers", workers),
            ("account", account),
            ("deposit", site.deposit),
        ]
        return [self.p(self.t["site_facts"], self.s.heading), self.facts(pairs)]

    def parties(self) -> list[Flowable]:
        t, site = self.t, self.data.site
        rows: list[list[Any]] = [[t["party_role"], t["party_name"], t["credit_code"]]]
        rows.append([t["client"], site.client, site.client_code])
        rows.append([t["contractor"], site.contractor, site.contractor_code])
        rows += [[t["subcontractor"], name, code] for name, code in site.subcontractors]
        rows.append([t["project_manager"], site.project_manager, ""])
        rows.append([t["wage_administrator"], site.wage_administrator, ""])
        widths = [40 * mm, 84 * mm, FRAME_WIDTH - 124 * mm]
        return [self.p(t["parties"], self.s.heading), self.table(rows, widths)]

    def people(self, people: Sequence[PersonFacts], third: str = "badge") -> Table:
        """Name, unit and a third column: the badge for inspectors, the post otherwise."""
        t = self.t
        rows = [[t["name"], t["unit"], t[third]]]
        rows += [[person.name, person.unit, person.badge_no] for person in people]
        return self.table(rows, [40 * mm, 94 * mm, FRAME_WIDTH - 134 * mm])

    def inspection_facts(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = [self.p(t["inspection_facts"], self.s.heading)]
        story.append(
            self.facts(
                [("started_at", t.moment(d.started_at)), ("finished_at", t.moment(d.finished_at))]
            )
        )
        story += [self.p(t["inspectors"], self.s.subheading), self.people(d.inspectors)]
        if d.representatives:
            story += [
                self.p(t["representatives"], self.s.subheading),
                self.people(d.representatives, third="post"),
            ]
        return story

    def summary(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        d, t = self.data, self.t
        rows: list[list[Any]] = [[t["rule_no"], t["rule"], t["score"], t["verdict"]]]
        rows += [[str(r.number), r.title, r.score, r.verdict_text] for r in d.rules]
        rows.append(["", f"{t['overall']} ({t['grade']} {d.grade})", d.overall_score, d.verdict])
        widths = [14 * mm, 96 * mm, 22 * mm, FRAME_WIDTH - 132 * mm]
        return [PageBreak(), self.p(t["summary"], self.s.heading), self.table(rows, widths)]

    def detail(self) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.p(t["detail"], self.s.heading)]
        header = [t["item"], t["result"], t["note"], t["evidence"]]
        widths = [74 * mm, 22 * mm, 56 * mm, FRAME_WIDTH - 152 * mm]
        for rule in self.data.rules:
            rows: list[list[Any]] = [header]
            for item in rule.items:
                note = " ".join(part for part in (item.value, item.note) if part)
                rows.append(
                    [
                        f"{item.item_id} {item.text}",
                        t.result(item.result),
                        note,
                        ", ".join(item.photo_refs),
                    ]
                )
            story += [
                self.p(f"{rule.number}. {rule.title}", self.s.subheading),
                self.table(rows, widths),
            ]
        return story

    def findings(self) -> list[Flowable]:
        from reportlab.platypus import KeepTogether, PageBreak

        t = self.t
        story: list[Flowable] = [PageBreak(), self.p(t["findings"], self.s.heading)]
        if not self.data.findings:
            return [*story, self.p(t["no_findings"], self.s.body)]
        story.append(self.p(t["findings_intro"], self.s.body))
        for number, finding in enumerate(self.data.findings, start=1):
            pairs = [
                ("finding", f"{finding.item_id} {finding.description}"),
                ("correction", finding.correction),
                ("deadline", finding.deadline),
                ("responsible_party", finding.responsible_party),
                ("legal_basis", finding.legal_basis),
            ]
            story.append(
                KeepTogether(
                    [
                        self.p(f"{number}. {finding.rule_title}", self.s.subheading),
                        self.facts(pairs),
                    ]
                )
            )
        return story

    def arrears(self) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.p(t["arrears"], self.s.heading)]
        if not self.data.arrears:
            return [*story, self.p(t["no_arrears"], self.s.body)]
        rows: list[list[Any]] = [
            [t["employer"], t["workers_affected"], t["amount_owed"], t["resolution"], t["note"]]
        ]
        rows += [
            [a.employer, str(a.workers_affected), a.amount_owed, a.resolution, a.note]
            for a in self.data.arrears
        ]
        widths = [48 * mm, 18 * mm, 28 * mm, 40 * mm, FRAME_WIDTH - 134 * mm]
        return [*story, self.table(rows, widths)]

    def signatures(self, slot: Flowable) -> list[Flowable]:
        from reportlab.platypus import PageBreak, Spacer

        t = self.t
        rows: list[list[Any]] = [[t["role"], t["name"], t["signatures"], t["signed_at"]]]
        rows += [self._signature_row(s) for s in self.data.signatures]
        widths = [36 * mm, 36 * mm, 62 * mm, FRAME_WIDTH - 134 * mm]
        return [
            PageBreak(),
            self.p(t["signatures"], self.s.heading),
            self.table(rows, widths),
            Spacer(1, 8 * mm),
            self.p(t["digital_signature"], self.s.subheading),
            slot,
        ]

    def _signature_row(self, signature: SignatureFacts) -> list[Any]:
        drawn: Any = self.t["not_signed"]
        if signature.image_png:
            drawn = scaled_image(signature.image_png, 58 * mm, _SIGNATURE_HEIGHT)
        moment = self.t.moment(signature.signed_at) if signature.signed_at else ""
        return [signature.role, signature.name, drawn, moment]

    def photos(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        if not self.data.photos:
            return []
        story: list[Flowable] = [PageBreak(), self.p(self.t["photos"], self.s.heading)]
        story += [self._photo(photo) for photo in self.data.photos]
        return story

    def _photo(self, photo: PhotoFacts) -> Flowable:
        from reportlab.platypus import KeepTogether, Spacer

        t = self.t
        # Short one-line values skip paragraph layout: a hundred photos make it add up.
        pairs = [
            ("caption", f"{photo.ref} · {photo.item_id} · {photo.caption}"),
            ("captured_at", Plain(t.moment(photo.captured_at))),
            ("gps", Plain(photo.gps or t["unknown"])),
            ("hash", Plain(photo.sha256[:16])),
        ]
        if photo.flags:
            pairs.append(("flags", "; ".join(photo.flags)))
        image = scaled_image(photo.image_path, FRAME_WIDTH, _PHOTO_MAX_HEIGHT)
        facts = self.facts(pairs, plain_labels=True)
        return KeepTogether([image, Spacer(1, 2 * mm), facts, Spacer(1, 5 * mm)])


def scaled_image(source: Any, max_width: float, max_height: float) -> Image:
    """An image flowable fitted into the box, keeping its aspect ratio.

    A JPEG given by path is embedded byte for byte by reportlab (no re-encoding).
    """
    import io

    from PIL import Image as PILImage
    from reportlab.platypus import Image

    opened = io.BytesIO(source) if isinstance(source, bytes) else source
    with PILImage.open(opened) as probe:  # reads the header only
        width, height = probe.size
    scale = min(max_width / width, max_height / height)
    if isinstance(opened, io.BytesIO):
        opened.seek(0)
    return Image(
        opened if isinstance(source, bytes) else str(source),
        width=width * scale,
        height=height * scale,
    )


def _count(value: int | None) -> str:
    return "—" if value is None else str(value)
