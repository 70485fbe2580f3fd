"""The record's closing and appendix: the site's acknowledgement (or the recorded refusal),
the inspectors' signatures each with its time, the digital signature beside the seal
area, and the photo evidence two to a page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inspector_app.services.reporting.layout import (
    FRAME_WIDTH,
    LABEL_WIDTH,
    Builder,
    Plain,
    mm,
    scaled_image,
)
from inspector_app.services.reporting.model import PersonFacts, PhotoFacts, SignatureFacts
from inspector_app.services.reporting.sections import DASH, SIGNATURE_SLOT_SIZE, or_dash

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

_SIGNATURE_SIZE = (52 * mm, 18 * mm)
_SEAL_DIAMETER = 40 * mm
_PHOTO_BOX = (FRAME_WIDTH, 84 * mm)
_SEAL_GREY = 0.55


class Closing(Builder):
    """Builds the closing and the appendix; every method returns a list for the story."""

    def closing(self, number: int, slot: Flowable) -> list[Flowable]:
        from reportlab.platypus import KeepTogether, Spacer

        block = [
            *self.acknowledgement(number),
            Spacer(1, 4 * mm),
            *self.inspector_signatures(),
            Spacer(1, 5 * mm),
            self.stamp_and_seal(slot),
        ]
        return [KeepTogether(block)]

    def acknowledgement(self, number: int) -> list[Flowable]:
        """The site's word (以上检查情况属实), then the representative's signature or the
        recorded refusal to sign."""
        d, t = self.data, self.t
        story: list[Flowable] = [
            self.heading(number, "acknowledgement"),
            self.p(t["acknowledgement_text"], self.s.body),
        ]
        if d.refusal is not None:
            witness = self._person(d.refusal.witness, d.inspectors)
            badge = t.aside(f"{t['badge']} {witness.badge_no}") if witness.badge_no else ""
            pairs = [
                ("refusal_reason", or_dash(d.refusal.reason)),
                ("refused_at", t.moment(d.refusal.refused_at)),
                ("witness", f"{witness.name}{badge}"),
            ]
            return [*story, self.p(t["refused"], self.s.subheading), self.facts(pairs)]
        signatures = [s for s in d.signatures if s.role_code == "representative"]
        rows = [self._representative_row(s) for s in signatures]
        if not rows:
            rows = [[t["representative_signature"], t["not_signed"], ""]]
        widths = [LABEL_WIDTH, _SIGNATURE_SIZE[0] + 6 * mm, FRAME_WIDTH - LABEL_WIDTH - 58 * mm]
        return [*story, self.table(rows, widths, header=False)]

    def _representative_row(self, signature: SignatureFacts) -> list[Any]:
        person = self._person(signature.name, self.data.representatives)
        who = " ".join(part for part in (person.name, person.badge_no) if part)
        when = self.t.moment(signature.signed_at) if signature.signed_at else ""
        return [self.t["representative_signature"], self._drawn(signature), f"{who}\n{when}"]

    def inspector_signatures(self) -> list[Flowable]:
        d, t = self.data, self.t
        rows: list[list[Any]] = [[t["name"], t["badge"], t["signature"], t["signed_at"]]]
        for signature in (s for s in d.signatures if s.role_code == "inspector"):
            person = self._person(signature.name, d.inspectors)
            when = t.moment(signature.signed_at) if signature.signed_at else DASH
            rows.append([person.name, or_dash(person.badge_no), self._drawn(signature), when])
        widths = [32 * mm, 38 * mm, _SIGNATURE_SIZE[0] + 6 * mm, FRAME_WIDTH - 128 * mm]
        return [self.p(t["inspector_signatures"], self.s.subheading), self.table(rows, widths)]

    def _drawn(self, signature: SignatureFacts) -> Any:
        if not signature.image_png:
            return self.t["not_signed"]
        return scaled_image(signature.image_png, *_SIGNATURE_SIZE)

    @staticmethod
    def _person(name: str, people: list[PersonFacts]) -> PersonFacts:
        return next((p for p in people if p.name == name), PersonFacts(name))

    def stamp_and_seal(self, slot: Flowable) -> Flowable:
        """The box pyHanko stamps the digital signature into, beside the seal area."""
        from reportlab.platypus import Table, TableStyle

        t = self.t
        stamp = [self.p(t["digital_signature"], self.s.small), slot]
        seal = [
            _seal_area(self.s.small.fontName, t["seal"]),
            self.p(self._seal_line(), self.s.small_centred),
        ]
        table = Table(
            [[stamp, seal]],
            colWidths=[
                SIGNATURE_SLOT_SIZE[0] + 12 * mm,
                FRAME_WIDTH - SIGNATURE_SLOT_SIZE[0] - 12 * mm,
            ],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "CENTER"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    # A table's own font would otherwise be Helvetica, named but not embedded.
                    ("FONTNAME", (0, 0), (-1, -1), self.s.small.fontName),
                ]
            )
        )
        return table

    def _seal_line(self) -> str:
        """The issuing unit and the date under the seal, as a stamped paper carries them."""
        d, t = self.data, self.t
        times = [s.signed_at for s in d.signatures if s.signed_at]
        date = t.date(max(times)) if times and d.document_no else t["seal_date"]
        return "\n".join(part for part in (d.authority, date) if part)

    def photos(self) -> list[Flowable]:
        """The photo appendix, two photos to a page (the heading with the first two)."""
        from reportlab.platypus import PageBreak, Spacer

        photos = self.data.photos
        if not photos:
            return []
        story: list[Flowable] = []
        for first in range(0, len(photos), 2):
            story.append(PageBreak())
            if not first:
                story.append(self.p(self.t["photos"], self.s.heading))
            for photo in photos[first : first + 2]:
                story += [self._photo(photo), Spacer(1, 5 * mm)]
        return story

    def _photo(self, photo: PhotoFacts) -> Flowable:
        """The photo, then what it shows and where it comes from in a compact table."""
        from reportlab.platypus import KeepTogether, Spacer

        image = scaled_image(photo.image_path, *_PHOTO_BOX)
        return KeepTogether([image, Spacer(1, 2 * mm), self._photo_facts(photo)])

    def _photo_facts(self, photo: PhotoFacts) -> Flowable:
        t = self.t
        # One-line values skip paragraph layout: a hundred photos make it add up.
        rows: list[list[Any]] = [
            [Plain(t["photo"]), f"{photo.ref} · {photo.item_id} {photo.item_text}", "", ""],
            [Plain(t["caption"]), or_dash(photo.caption), "", ""],
            [
                Plain(t["captured_at"]),
                Plain(t.moment(photo.captured_at)),
                Plain(t["gps"]),
                Plain(photo.gps or t["no_gps"]),
            ],
            [Plain(t["hash"]), Plain(f"SHA-256 {photo.sha256[:16]}"), "", ""],
        ]
        spans = [("SPAN", (1, row), (3, row)) for row in (0, 1, 3)]
        # Only where one applies: a note on every photo would hide the ones that matter.
        if photo.flags:
            rows.append([Plain(t["flags"]), t["separator"].join(photo.flags), "", ""])
            spans.append(("SPAN", (1, 4), (3, 4)))
        label, value = 23 * mm, FRAME_WIDTH / 2 - 23 * mm
        return self.table(rows, [label, value, label, value], header=False, extra=spans)


def _seal_area(font: str, label: str) -> Flowable:
    """A dashed circle where the issuing unit presses its seal on the printed record."""
    from reportlab.platypus import Flowable

    class SealArea(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self._width = available_width
            return available_width, _SEAL_DIAMETER + 2 * mm

        def draw(self) -> None:
            canvas = self.canv
            radius = _SEAL_DIAMETER / 2
            centre_x, centre_y = self._width / 2, radius + 1 * mm
            canvas.saveState()
            canvas.setStrokeGray(_SEAL_GREY)
            canvas.setFillGray(_SEAL_GREY)
            canvas.setDash(3, 2)
            canvas.circle(centre_x, centre_y, radius, stroke=1, fill=0)
            canvas.setFont(font, 10)
            canvas.drawCentredString(centre_x, centre_y - 3.5, label)
            canvas.restoreState()

    return SealArea()
