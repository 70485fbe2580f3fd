"""Drawn signatures, then the signed PDF report that locks the inspection, and its export."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.errors import ValidationError
from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, joined, msg
from inspector_app.core.paths import DataDir
from inspector_app.core.results import Result
from inspector_app.core.scoring import missing_for_signing
from inspector_app.core.statuses import SignerRole
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import numbering
from inspector_app.services.inspection.detail import EvidenceInfo, FindingInfo
from inspector_app.services.inspection.lifecycle import (
    InspectionDetail,
    editable_inspection,
    inspection_detail,
    load_inspection,
)
from inspector_app.services.reporting.report_data import build_report_data
from inspector_app.services.signing.keys import own_identity
from inspector_app.storage import models as m
from inspector_app.storage.files import atomic_write_bytes

ROLES = tuple(SignerRole)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# A pad's clock and the service's may disagree by a little (another thread, a slow write).
CLOCK_SLACK = dt.timedelta(minutes=5)


def add_signature(
    ctx: AppContext,
    inspection_id: int,
    role: SignerRole,
    signer_name: str,
    png: bytes,
    *,
    signed_at: dt.datetime | None = None,
) -> int:
    """Store a drawn signature (PNG) of an inspector or a site representative.

    `signed_at` is when the person signed (the pad knows: the last stroke), so that each
    signature keeps its own time even when all are stored together; by default now.
    """
    now = m.localnow()
    signed_at = (signed_at or now).replace(microsecond=0)
    if signed_at > now + CLOCK_SLACK:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "A signature cannot be dated in the future."))
        )
    if role not in ROLES:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "Role must be one of {choices}."),
                choices=", ".join(ROLES),
            )
        )
    if not signer_name.strip():
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "A signature needs the signer's name."))
        )
    if not png.startswith(PNG_MAGIC):
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "The drawn signature is not a PNG image."))
        )
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        signature = m.Signature(
            role=role,
            signer_name=signer_name.strip(),
            image_png=png,
            signed_at=signed_at,
        )
        inspection.signatures.append(signature)
        session.flush()
        audit.record(
            session,
            ctx.actor,
            "signature",
            signature.id,
            "add",
            inspection=inspection.uuid,
            role=role,
            name=signer_name,
        )
        return signature.id


class BlockerKind(StrEnum):
    """What kind of thing blocks signing; the ui words each kind and links it to its place."""

    UNANSWERED = "unanswered"
    PHOTO_REQUIRED = "photo_required"
    NO_DEADLINE = "finding_without_deadline"
    NO_NA_REASON = "not_applicable_without_reason"
    NO_INSPECTOR = "inspector_not_signed"
    NO_REPRESENTATIVE = "representative_not_signed"


UNANSWERED, PHOTO_REQUIRED = BlockerKind.UNANSWERED, BlockerKind.PHOTO_REQUIRED
NO_DEADLINE, NO_NA_REASON = BlockerKind.NO_DEADLINE, BlockerKind.NO_NA_REASON
NO_INSPECTOR, NO_REPRESENTATIVE = BlockerKind.NO_INSPECTOR, BlockerKind.NO_REPRESENTATIVE
# The signer whose missing signature a kind is about.
SIGNATURE_KINDS = {NO_INSPECTOR: SignerRole.INSPECTOR, NO_REPRESENTATIVE: SignerRole.REPRESENTATIVE}


class SigningProblem(Message):
    """One thing that blocks signing, as a code and its parameters: its kind, the item (and
    finding) it is about for the ui to word and link to; still an English message that
    the command line prints."""

    kind: BlockerKind
    item_id: str | None
    finding_id: int | None

    @property
    def signer_role(self) -> SignerRole | None:
        """The signer a missing-signature problem is about; None for other kinds."""
        return SIGNATURE_KINDS.get(self.kind)


def problem(
    kind: BlockerKind,
    message: Message,
    *,
    item_id: str | None = None,
    finding_id: int | None = None,
) -> SigningProblem:
    made = SigningProblem(message.template, **message.params)
    made.kind, made.item_id, made.finding_id = kind, item_id, finding_id
    return made


def content_problems(
    form: Form,
    results: Mapping[str, Result],
    evidence: Iterable[EvidenceInfo],
    findings: Iterable[FindingInfo],
) -> list[SigningProblem]:
    """What the answers, photos and findings still lack (not the signatures), in form order:
    the summary shows this live, from the answers in memory."""
    counts = Counter(photo.item_id for photo in evidence)
    problems = [
        problem(
            UNANSWERED,
            msg(QT_TRANSLATE_NOOP("service", "{item}: not answered"), item=need.item_id),
            item_id=need.item_id,
        )
        if need.reason == "unanswered"
        else problem(
            PHOTO_REQUIRED,
            msg(QT_TRANSLATE_NOOP("service", "{item}: a photo is required"), item=need.item_id),
            item_id=need.item_id,
        )
        for need in missing_for_signing(form, results, counts)
    ]
    # The order to correct names a deadline: a finding without one cannot be served.
    order = {item.id: position for position, item in enumerate(form.items())}
    undated = [f for f in findings if f.deadline is None]
    for finding in sorted(undated, key=lambda f: (order.get(f.item_id, len(order)), f.id or 0)):
        problems.append(
            problem(
                NO_DEADLINE,
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "{item}: the finding has no deadline for correction"
                    ),
                    item=finding.item_id,
                ),
                item_id=finding.item_id,
                finding_id=finding.id,
            )
        )
    return problems


def signing_problems(ctx: AppContext, detail: InspectionDetail) -> list[SigningProblem]:
    """What still stops this inspection from being signed, in plain words."""
    problems = content_problems(detail.form, detail.results(), detail.evidence, detail.findings)
    problems += [
        problem(
            NO_NA_REASON,
            msg(
                QT_TRANSLATE_NOOP("service", "{item}: not applicable, but no reason given"),
                item=item_id,
            ),
            item_id=item_id,
        )
        for item_id, answer in detail.answers.items()
        if answer.result == Result.NOT_APPLICABLE and not (answer.na_reason or "").strip()
    ]
    roles = {s.role for s in detail.signatures}
    if SignerRole.INSPECTOR not in roles:
        problems.append(
            problem(NO_INSPECTOR, msg(QT_TRANSLATE_NOOP("service", "no inspector has signed")))
        )
    # A recorded refusal (拒签, with reason and witness) stands in for the drawn signature.
    refused = bool(detail.refusal_reason)
    if detail.representatives and SignerRole.REPRESENTATIVE not in roles and not refused:
        problems.append(
            problem(
                NO_REPRESENTATIVE,
                msg(QT_TRANSLATE_NOOP("service", "the site representative has not signed")),
            )
        )
    return problems


def sign_inspection(
    ctx: AppContext,
    inspection_id: int,
    passphrase: bytes,
    *,
    language: str = "zh",
    font_path: Path | None = None,
) -> bytes:
    """Number, render, sign (PAdES) and store the report in one transaction, with one signed
    order to correct per responsible unit when there are findings; the inspection is locked
    from then on. The document numbers are issued inside that transaction."""
    from inspector_app.services.reporting.orders import sign_orders
    from inspector_app.services.reporting.render import render_report
    from inspector_app.services.signing.identity import fingerprint
    from inspector_app.services.signing.pades import sign_pdf
    from inspector_app.services.sync.binding import signed_data

    detail = inspection_detail(ctx, inspection_id)
    if detail.locked:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "This inspection is already signed."))
        )
    problems = signing_problems(ctx, detail)
    if problems:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "Cannot sign yet:\n- {problems}"),
                problems=joined("\n- ", list[Message](problems)),
            )
        )
    identity = own_identity(ctx, passphrase)
    stamp = next((s.image_png for s in detail.signatures if s.role == SignerRole.INSPECTOR), None)
    signer = ctx.actor or detail.inspectors[0].name
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        document_no = assign_record_number(session, ctx.data_dir, inspection)
        signed_at = dt.datetime.now().replace(microsecond=0)
        # The orders first, before the status says signed (the lock triggers refuse child
        # rows after that), and before the record: its data names the orders' hashes.
        orders = sign_orders(
            session,
            ctx,
            detail,
            identity,
            language=language,
            signer_name=signer,
            stamp=stamp,
            font_path=font_path,
            record_number=document_no,
        )
        # The bundle's inspection.json and form.json, embedded in the signed report.
        carried = signed_data(
            session,
            detail,
            document_no=document_no,
            signed_at=signed_at,
            signer_fingerprint=fingerprint(identity.certificate),
            orders=orders,
        )
        data = build_report_data(ctx, detail, language, document_no=document_no)
        rendered = render_report(data, font_path=font_path)
        signed = sign_pdf(
            rendered.pdf,
            identity,
            signer_name=signer,
            stamp_image=stamp,
            box=rendered.signature_box,
            reason="现场检查记录 / Site inspection record",
            location=detail.site_name,
            font_path=font_path,
            attachments=carried,
        )
        _store_signed(ctx, session, inspection, signed, language, identity, signed_at)
    return signed


def assign_record_number(session: Session, data_dir: DataDir, inspection: m.Inspection) -> str:
    """The inspection's document number: the one an earlier revision got, else a new one
    from this year's "record" sequence. Stored on the inspection (in `session`)."""
    if not inspection.document_no:
        earlier = session.execute(
            select(m.Inspection.document_no, m.Inspection.document_year, m.Inspection.document_seq)
            .where(m.Inspection.uuid == inspection.uuid, m.Inspection.document_no.is_not(None))
            .order_by(m.Inspection.revision.desc())
            .limit(1)
        ).first()
        if earlier is not None:
            inspection.document_no, inspection.document_year, inspection.document_seq = earlier
        else:
            year = m.localnow().year
            seq = numbering.issue_number(session, data_dir, numbering.RECORD, year)
            settings = numbering.settings_in(session, numbering.RECORD)
            inspection.document_no = settings.format(year, seq)
            inspection.document_year, inspection.document_seq = year, seq
    session.flush()
    return inspection.document_no or ""


def _store_signed(
    ctx: AppContext,
    session: Session,
    inspection: m.Inspection,
    pdf: bytes,
    language: str,
    identity: object,
    signed_at: dt.datetime,
) -> None:
    from inspector_app.services.signing.identity import fingerprint

    sha = hashlib.sha256(pdf).hexdigest()
    # The report row goes in while the inspection is still editable: the lock
    # triggers refuse new rows once the status says signed.
    session.add(m.SignedReport(inspection_id=inspection.id, language=language, sha256=sha, pdf=pdf))
    session.flush()
    inspection.status = m.SIGNED
    inspection.signed_at = signed_at
    inspection.finished_at = inspection.finished_at or inspection.signed_at
    inspection.signed_pdf_sha256 = sha
    inspection.signer_fingerprint = fingerprint(identity.certificate)  # type: ignore[attr-defined]
    audit.record(
        session,
        ctx.actor,
        "inspection",
        inspection.uuid,
        "sign",
        pdf=sha,
        document_no=inspection.document_no,
    )


def signed_pdf(ctx: AppContext, inspection_id: int) -> bytes:
    """The stored signed report of an inspection."""
    with ctx.db.reading() as session:
        pdf = session.scalar(
            select(m.SignedReport.pdf).where(m.SignedReport.inspection_id == inspection_id)
        )
    if pdf is None:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "This inspection is not signed yet; sign it before exporting."
                )
            )
        )
    return pdf


def preview_pdf(ctx: AppContext, inspection_id: int, language: str = "zh") -> bytes:
    """An unsigned rendering for preview (the signed one when it exists)."""
    from inspector_app.services.reporting.render import render_report

    detail = inspection_detail(ctx, inspection_id)
    if detail.locked:
        return signed_pdf(ctx, inspection_id)
    return render_report(build_report_data(ctx, detail, language)).pdf


def export_pdf(ctx: AppContext, inspection_id: int, out: Path) -> Path:
    """Copy the signed report to `out` (never re-created), its signed orders to correct
    beside it (整改指令书_<site>_<unit>_<date>.pdf, ...), and mark the inspection exported."""
    from inspector_app.services.reporting.orders import write_orders_beside
    from inspector_app.services.signing.stored import checked_signed_content

    # Re-hashed against what signing recorded: a changed or missing file stops the export.
    content = checked_signed_content(ctx, inspection_id)
    atomic_write_bytes(Path(out), content.pdf)
    write_orders_beside(ctx, inspection_id, Path(out))
    mark_exported(ctx, inspection_id)
    return Path(out)


def mark_exported(ctx: AppContext, inspection_id: int) -> None:
    with ctx.db.transaction() as session:
        inspection = load_inspection(session, inspection_id)
        if inspection.status in (m.SIGNED, m.EXPORTED):
            inspection.status = m.EXPORTED
            inspection.exported_at = dt.datetime.now().replace(microsecond=0)
            audit.record(session, ctx.actor, "inspection", inspection.uuid, "export")
