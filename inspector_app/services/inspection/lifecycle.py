"""Inspections: start one, list them, read one whole, finish it, amend a signed one."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, cast

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, selectinload

from inspector_app.core.errors import InspectionLockedError, NotFoundError, ValidationError
from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.results import Result
from inspector_app.core.scoring import InspectionScore, score_inspection
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import form_of, store_default_form, store_form
from inspector_app.services.inspection.prefill import prefill_answers
from inspector_app.services.records.revision_copy import copy_for_new_revision
from inspector_app.storage import models as m


@dataclass(frozen=True)
class RepresentativeInput:
    name: str
    title: str = ""
    unit: str = ""
    phone: str = ""


class InspectionRow(Protocol):
    """A line of the inspection list (a database row with these named columns).

    Lists of thousands are read as plain rows: wrapping each in an object of our own
    cost more than the query itself.
    """

    id: int
    uuid: str
    revision: int
    site_id: int
    site_name: str
    status: str
    origin: str
    started_at: dt.datetime
    score: float | None
    verdict: str | None


@dataclass
class InspectionDetail:
    """One inspection with everything the workspace, the report and the bundle need."""

    id: int
    uuid: str
    revision: int
    status: str
    origin: str
    form: Form
    form_sha256: str
    site_id: int
    site_name: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    signed_at: dt.datetime | None
    current_item: str | None
    follow_up_of: str | None
    inspectors: list[m.Inspector]
    representatives: list[m.Representative]
    answers: dict[str, m.Answer]
    findings: list[m.Finding]
    arrears_cases: list[m.ArrearsCase]
    evidence: list[m.Evidence]
    signatures: list[m.Signature]
    document_no: str | None = None
    refusal_reason: str | None = None
    refused_at: dt.datetime | None = None
    refusal_witness: str | None = None
    amend_reason: str | None = None
    score: InspectionScore = field(init=False)

    def __post_init__(self) -> None:
        self.score = score_inspection(
            self.form, self.results(), arrears_found=arrears_found(self.arrears_cases)
        )

    def results(self) -> dict[str, Result]:
        return {item_id: Result(a.result) for item_id, a in self.answers.items()}

    @property
    def locked(self) -> bool:
        return self.status in m.LOCKED_STATUSES


def load_inspection(session: Session, inspection_id: int) -> m.Inspection:
    inspection = session.get(m.Inspection, inspection_id)
    if inspection is None:
        raise NotFoundError(
            msg(QT_TRANSLATE_NOOP("service", "No inspection with id {id}."), id=inspection_id)
        )
    return inspection


def editable_inspection(session: Session, inspection_id: int) -> m.Inspection:
    """The inspection, if it may still be changed; signed ones raise InspectionLockedError."""
    inspection = load_inspection(session, inspection_id)
    if inspection.status in m.LOCKED_STATUSES:
        raise InspectionLockedError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "This inspection is signed and cannot be changed; "
                    "start a new revision to amend it.",
                )
            )
        )
    return inspection


def start_inspection(
    ctx: AppContext,
    site_id: int,
    inspector_ids: Sequence[int],
    representatives: Sequence[RepresentativeInput] = (),
    *,
    form: Form | None = None,
    started_at: dt.datetime | None = None,
) -> int:
    """Open a new draft inspection of a site; returns its id."""
    if not inspector_ids:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "An inspection needs at least one inspector."))
        )
    with ctx.db.transaction() as session:
        site = session.get(m.Site, site_id)
        if site is None:
            raise NotFoundError(
                msg(QT_TRANSLATE_NOOP("service", "No site with id {site_id}."), site_id=site_id)
            )
        form_row = store_form(session, form) if form else store_default_form(session)
        inspection = m.Inspection(
            uuid=str(uuid.uuid4()),
            revision=1,
            site_id=site_id,
            form_pk=form_row.id,
            started_at=started_at or m.localnow(),
        )
        _attach_people(inspection, inspector_ids, representatives)
        # Items that repeat a site fact (deposit, account) start with the site's value.
        prefilled = prefill_answers(inspection, site, form_of(form_row))
        session.add(inspection)
        session.flush()
        _refresh_score(inspection, form_of(form_row))
        audit.record(
            session,
            ctx.actor,
            "inspection",
            inspection.uuid,
            "start",
            site_id=site_id,
            form=f"{form_row.form_id} v{form_row.version}",
            prefilled=prefilled,
        )
        return inspection.id


def _attach_people(
    inspection: m.Inspection,
    inspector_ids: Sequence[int],
    representatives: Sequence[RepresentativeInput],
) -> None:
    inspection.inspectors = [
        m.InspectionInspector(inspector_id=inspector_id, position=position)
        for position, inspector_id in enumerate(dict.fromkeys(inspector_ids))
    ]
    inspection.representatives = [
        m.Representative(name=r.name, title=r.title, unit=r.unit, phone=r.phone)
        for r in representatives
        if r.name.strip()
    ]


def start_follow_up(ctx: AppContext, previous_id: int, inspector_ids: Sequence[int]) -> int:
    """A new inspection of the same site, prefilled with the open findings of an earlier one."""
    with ctx.db.reading() as session:
        previous = load_inspection(session, previous_id)
        site_id, previous_uuid = previous.site_id, previous.uuid
        form = form_of(previous.form)
        carried = [
            (f.item_id, f.description, f.correction, f.deadline, f.responsible_party)
            for f in previous.findings
        ]
    new_id = start_inspection(ctx, site_id, inspector_ids, form=form)
    with ctx.db.transaction() as session:
        inspection = load_inspection(session, new_id)
        inspection.follow_up_of = previous_uuid
        for item_id, description, correction, deadline, party in carried:
            inspection.findings.append(
                m.Finding(
                    item_id=item_id,
                    description=description,
                    correction=correction,
                    deadline=deadline,
                    responsible_party=party,
                )
            )
        audit.record(
            session,
            ctx.actor,
            "inspection",
            inspection.uuid,
            "follow_up",
            of=previous_uuid,
            findings=len(carried),
        )
    return new_id


def arrears_found(cases: Sequence[m.ArrearsCase]) -> bool:
    """Wage arrears recorded on the site (an amount or workers): the verdict is failing."""
    return any((c.amount_owed or 0) > 0 or (c.workers_affected or 0) > 0 for c in cases)


def _refresh_score(inspection: m.Inspection, form: Form) -> InspectionScore:
    results = {a.item_id: Result(a.result) for a in inspection.answers}
    score = score_inspection(form, results, arrears_found=arrears_found(inspection.arrears_cases))
    inspection.score = score.overall
    inspection.verdict = str(score.verdict) if score.verdict else None
    _store_rule_results(inspection, score, results, form)
    return score


def _store_rule_results(
    inspection: m.Inspection, score: InspectionScore, results: dict[str, Result], form: Form
) -> None:
    stored = {row.rule_id: row for row in inspection.rule_results}
    for rule_score in score.rules:
        row = stored.get(rule_score.rule_id)
        if row is None:
            row = m.RuleResult(rule_id=rule_score.rule_id)
            inspection.rule_results.append(row)
        answers = [results.get(item.id) for item in form.rule(rule_score.rule_id).items]
        row.answered = rule_score.answered
        row.compliant = answers.count(Result.COMPLIANT)
        row.not_compliant = answers.count(Result.NOT_COMPLIANT)
        row.not_applicable = answers.count(Result.NOT_APPLICABLE)
        row.score = rule_score.score


def refresh_score(session: Session, inspection: m.Inspection) -> InspectionScore:
    """Recompute and store the score after an answer changed."""
    return _refresh_score(inspection, form_of(inspection.form))


def inspection_detail(ctx: AppContext, inspection_id: int) -> InspectionDetail:
    """Everything about one inspection, detached from the session."""
    with ctx.db.reading() as session:
        query = (
            select(m.Inspection)
            .where(m.Inspection.id == inspection_id)
            .options(
                selectinload(m.Inspection.inspectors).selectinload(m.InspectionInspector.inspector),
                selectinload(m.Inspection.representatives),
                selectinload(m.Inspection.answers),
                selectinload(m.Inspection.findings),
                selectinload(m.Inspection.arrears_cases),
                selectinload(m.Inspection.evidence),
                selectinload(m.Inspection.signatures),
                selectinload(m.Inspection.site),
                selectinload(m.Inspection.form),
            )
        )
        inspection = session.scalar(query)
        if inspection is None:
            raise NotFoundError(
                msg(QT_TRANSLATE_NOOP("service", "No inspection with id {id}."), id=inspection_id)
            )
        return _detail_of(inspection)


def _detail_of(inspection: m.Inspection) -> InspectionDetail:
    return InspectionDetail(
        id=inspection.id,
        uuid=inspection.uuid,
        revision=inspection.revision,
        status=inspection.status,
        origin=inspection.origin,
        form=form_of(inspection.form),
        form_sha256=inspection.form.sha256,
        site_id=inspection.site_id,
        site_name=inspection.site.name,
        started_at=inspection.started_at,
        finished_at=inspection.finished_at,
        signed_at=inspection.signed_at,
        current_item=inspection.current_item,
        follow_up_of=inspection.follow_up_of,
        inspectors=[link.inspector for link in inspection.inspectors],
        representatives=list(inspection.representatives),
        answers={a.item_id: a for a in inspection.answers},
        findings=list(inspection.findings),
        arrears_cases=list(inspection.arrears_cases),
        evidence=list(inspection.evidence),
        signatures=list(inspection.signatures),
        document_no=inspection.document_no,
        refusal_reason=inspection.refusal_reason,
        refused_at=inspection.refused_at,
        refusal_witness=inspection.refusal_witness,
        amend_reason=inspection.amend_reason,
    )


def list_inspections_query(
    *, site_id: int | None = None, status: str | None = None, latest_only: bool = True
) -> Select:
    """The statement behind the inspection list, newest first."""
    query = (
        select(
            m.Inspection.id,
            m.Inspection.uuid,
            m.Inspection.revision,
            m.Inspection.site_id,
            m.Site.name.label("site_name"),
            m.Inspection.status,
            m.Inspection.origin,
            m.Inspection.started_at,
            m.Inspection.score,
            m.Inspection.verdict,
        )
        .join(m.Site, m.Site.id == m.Inspection.site_id)
        .order_by(m.Inspection.started_at.desc(), m.Inspection.id.desc())
    )
    if latest_only:
        query = query.where(m.Inspection.is_latest)
    if site_id is not None:
        query = query.where(m.Inspection.site_id == site_id)
    if status is not None:
        query = query.where(m.Inspection.status == status)
    return query


def list_inspections(
    ctx: AppContext,
    *,
    site_id: int | None = None,
    status: str | None = None,
    latest_only: bool = True,
) -> list[InspectionRow]:
    """Inspections newest first; by default only the newest revision of each."""
    query = list_inspections_query(site_id=site_id, status=status, latest_only=latest_only)
    with ctx.db.connection() as conn:
        return cast(list[InspectionRow], conn.execute(query).all())


def find_inspection(ctx: AppContext, reference: str) -> int:
    """The id of the inspection a user named by id, uuid or uuid prefix (newest revision)."""
    reference = reference.strip()
    with ctx.db.reading() as session:
        if reference.isdigit() and session.get(m.Inspection, int(reference)) is not None:
            return int(reference)
        query = (
            select(m.Inspection.id, m.Inspection.uuid)
            .where(m.Inspection.uuid.startswith(reference))
            .order_by(m.Inspection.revision.desc())
        )
        rows = session.execute(query).all() if len(reference) >= 4 else []
    uuids = {row.uuid for row in rows}
    if len(uuids) > 1:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "'{reference}' matches several inspections; give more of it."
                ),
                reference=reference,
            )
        )
    if not rows:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("service", "No inspection matches '{reference}'."),
                reference=reference,
            )
        )
    return int(rows[0].id)


def mark_complete(
    ctx: AppContext,
    inspection_id: int,
    complete: bool = True,
    finished_at: dt.datetime | None = None,
) -> None:
    """The inspector says the checklist is done (still editable until signed)."""
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        inspection.status = m.COMPLETE if complete else m.DRAFT
        inspection.finished_at = (finished_at or m.localnow()) if complete else None
        audit.record(
            session, ctx.actor, "inspection", inspection.uuid, "complete" if complete else "reopen"
        )


def set_current_item(ctx: AppContext, inspection_id: int, item_id: str) -> None:
    """Remember where the inspector is, so the app reopens there after a crash."""
    with ctx.db.transaction() as session:
        load_inspection(session, inspection_id).current_item = item_id


def new_revision(ctx: AppContext, inspection_id: int, reason: str | None = None) -> int:
    """Copy a signed inspection into a new draft revision; the signed one stays as it is."""
    with ctx.db.transaction() as session:
        old = load_inspection(session, inspection_id)
        if old.status not in m.LOCKED_STATUSES:
            raise ValidationError(
                msg(QT_TRANSLATE_NOOP("service", "Only a signed inspection needs a new revision."))
            )
        if not old.is_latest:
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "A newer revision of this inspection exists already: amend that one.",
                    )
                )
            )
        top = session.scalar(
            select(func.max(m.Inspection.revision)).where(m.Inspection.uuid == old.uuid)
        )
        new = copy_for_new_revision(old, (top or old.revision) + 1)
        new.amend_reason = reason
        session.execute(
            update(m.Inspection).where(m.Inspection.uuid == old.uuid).values(is_latest=False)
        )
        session.add(new)
        session.flush()
        refresh_score(session, new)
        audit.record(
            session,
            ctx.actor,
            "inspection",
            old.uuid,
            "new_revision",
            revision=new.revision,
            reason=reason or "",
        )
        return new.id
