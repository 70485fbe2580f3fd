"""Orders to correct: numbered, rendered and signed with the record; then read and exported.

Signing an inspection with findings makes one signed order (劳动保障监察限期整改指令书)
per responsible unit, in the same transaction as the signed record. The rows are children
of the inspection, so the lock triggers freeze them with it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.core.errors import NotFoundError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import numbering
from inspector_app.services.inspection.lifecycle import InspectionDetail
from inspector_app.services.reporting.order_data import build_orders
from inspector_app.storage import models as m
from inspector_app.storage.files import atomic_write_bytes

KIND = numbering.ORDER
NOTICE_FOLDER = "notices"
SIGNING_REASON = "劳动保障监察限期整改指令书 / Order to correct"


@dataclass(frozen=True)
class OrderFacts:
    """A stored signed order, without its bytes."""

    position: int
    number: str
    addressee: str
    credit_code: str
    language: str
    sha256: str

    @property
    def bundle_path(self) -> str:
        return notice_path(self.position)


def notice_path(position: int) -> str:
    """Where an order travels in a sync bundle."""
    return f"{NOTICE_FOLDER}/order-{position}.pdf"


def _recorded_orders(session: Session, year: int) -> int:
    # This data folder's own orders only: imported ones follow other offices' sequences.
    query = (
        select(func.max(m.SignedOrder.number_seq))
        .join(m.Inspection, m.Inspection.id == m.SignedOrder.inspection_id)
        .where(m.SignedOrder.number_year == year, m.Inspection.origin == "local")
    )
    return session.scalar(query) or 0


numbering.register_recorded(KIND, _recorded_orders)


def _earlier_number(session: Session, detail: InspectionDetail, addressee: str) -> Any:
    """The number an earlier revision's order to the same unit carried, if any."""
    return session.execute(
        select(m.SignedOrder.number, m.SignedOrder.number_year, m.SignedOrder.number_seq)
        .join(m.Inspection, m.Inspection.id == m.SignedOrder.inspection_id)
        .where(
            m.Inspection.uuid == detail.uuid,
            m.Inspection.revision < detail.revision,
            m.SignedOrder.addressee == addressee,
        )
        .order_by(m.Inspection.revision.desc())
        .limit(1)
    ).first()


class _Numbers:
    """Issues the orders' numbers inside the signing transaction, keeping year and seq."""

    def __init__(
        self, session: Session, ctx: AppContext, detail: InspectionDetail, addressees: list[str]
    ) -> None:
        self.session, self.ctx, self.detail = session, ctx, detail
        self.addressees = addressees
        self.issued: dict[int, tuple[str, int | None, int | None]] = {}

    def __call__(self, position: int) -> str:
        earlier = _earlier_number(self.session, self.detail, self.addressees[position - 1])
        if earlier is not None:
            self.issued[position] = (earlier[0], earlier[1], earlier[2])
            return str(earlier[0])
        year = m.localnow().year
        seq = numbering.issue_number(self.session, self.ctx.data_dir, KIND, year)
        number = numbering.settings_in(self.session, KIND).format(year, seq)
        self.issued[position] = (number, year, seq)
        return number


def sign_orders(
    session: Session,
    ctx: AppContext,
    detail: InspectionDetail,
    identity: Any,
    *,
    language: str,
    signer_name: str,
    stamp: bytes | None,
    font_path: Path | None = None,
    record_number: str = "",
) -> list[m.SignedOrder]:
    """Number, render and sign the inspection's orders; adds their rows to `session`.

    Call it before the inspection's status says signed: the lock triggers refuse new
    child rows after that.
    """
    from inspector_app.services.directory.sites import site_values
    from inspector_app.services.reporting.order_data import group_findings
    from inspector_app.services.reporting.order_pdf import render_order
    from inspector_app.services.signing.pades import sign_pdf

    if not detail.findings:
        return []
    values = site_values(ctx, detail.site_id)
    addressees = [unit for unit, _ in group_findings(detail.findings, values)]
    numbers = _Numbers(session, ctx, detail, addressees)
    rows = []
    orders = build_orders(ctx, detail, language, number_for=numbers, record_number=record_number)
    for order in orders:
        rendered = render_order(order, font_path=font_path)
        pdf = sign_pdf(
            rendered.pdf,
            identity,
            signer_name=signer_name,
            stamp_image=stamp,
            box=rendered.signature_box,
            reason=SIGNING_REASON,
            location=detail.site_name,
            font_path=font_path,
        )
        number, year, seq = numbers.issued[order.position]
        row = m.SignedOrder(
            inspection_id=detail.id,
            position=order.position,
            number=number,
            number_year=year,
            number_seq=seq,
            addressee=order.addressee,
            credit_code=order.credit_code,
            language=order.language,
            sha256=hashlib.sha256(pdf).hexdigest(),
            pdf=pdf,
        )
        session.add(row)
        rows.append(row)
    session.flush()
    return rows


def _facts(row: Any) -> OrderFacts:
    return OrderFacts(
        row.position, row.number, row.addressee, row.credit_code, row.language, row.sha256
    )


def signed_orders(ctx: AppContext, inspection_id: int) -> list[OrderFacts]:
    """The signed orders of an inspection, in their order (none before signing)."""
    o = m.SignedOrder
    query = (
        select(o.position, o.number, o.addressee, o.credit_code, o.language, o.sha256)
        .where(o.inspection_id == inspection_id)
        .order_by(o.position)
    )
    with ctx.db.reading() as session:
        return [_facts(row) for row in session.execute(query)]


def order_pdfs(ctx: AppContext, inspection_id: int) -> list[tuple[OrderFacts, bytes]]:
    """Every signed order of an inspection with its PDF bytes."""
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(m.SignedOrder)
            .where(m.SignedOrder.inspection_id == inspection_id)
            .order_by(m.SignedOrder.position)
        )
        return [(_facts(row), row.pdf) for row in rows]


def order_pdf(ctx: AppContext, inspection_id: int, position: int) -> bytes:
    with ctx.db.reading() as session:
        pdf = session.scalar(
            select(m.SignedOrder.pdf).where(
                m.SignedOrder.inspection_id == inspection_id, m.SignedOrder.position == position
            )
        )
    if pdf is None:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("service", "This inspection has no order to correct {n}."),
                n=position,
            )
        )
    return pdf


def order_paths(ctx: AppContext, inspection_id: int, report: Path) -> list[Path]:
    """Where an exported report's orders go: beside it, named for the site, the unit served
    and the day (整改指令书_<site>_<unit>_<date>.pdf), in the orders' own order."""
    from inspector_app.services.inspection.lifecycle import inspection_detail
    from inspector_app.services.reporting.file_names import order_file_name

    detail = inspection_detail(ctx, inspection_id)
    folder = Path(report).parent
    return [
        folder / order_file_name(detail.site_name, facts.addressee, detail.started_at)
        for facts in signed_orders(ctx, inspection_id)
    ]


def write_orders_beside(ctx: AppContext, inspection_id: int, report: Path) -> list[Path]:
    """Copy the signed orders next to an exported report; returns the files written."""
    targets = order_paths(ctx, inspection_id, report)
    for target, (_facts, pdf) in zip(targets, order_pdfs(ctx, inspection_id), strict=True):
        atomic_write_bytes(target, pdf)
    return targets


def order_file_for_viewing(ctx: AppContext, inspection_id: int, position: int) -> Path:
    """The signed order as a file a PDF viewer can open (under exports/orders/)."""
    pdf = order_pdf(ctx, inspection_id, position)
    digest = hashlib.sha256(pdf).hexdigest()[:16]
    target = ctx.data_dir.exports / "orders" / f"order-{inspection_id}-{position}-{digest}.pdf"
    if not target.is_file():
        atomic_write_bytes(target, pdf)
    return target
