"""Inspections: start one, list them, read one whole, finish it, amend a signed one."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inspector_app.core.errors import InspectionLockedError, NotFoundError, ValidationError
from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.results import Result
from inspector_app.core.scoring import InspectionScore, score_inspection
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.detail import InspectionDetail as InspectionDetail
from inspector_app.services.inspection.detail import arrears_found
from inspector_app.services.inspection.detail import inspection_detail as inspection_detail
from inspector_app.services.inspection.forms import form_of, store_default_form, store_form
from inspector_app.services.inspection.listing import InspectionRow as InspectionRow
from inspector_app.services.inspection.listing import list_inspections as list_inspections
from inspector_app.services.inspection.listing import (
    list_inspections_query as list_inspections_query,
)
from inspector_app.services.inspection.prefill import prefill_answers
from inspector_app.services.records.revision_copy import copy_for_new_revision
from inspector_app.storage import models as m


@dataclass(frozen=True)
class RepresentativeInput:
    name: str
    title: str = ""
    unit: str = ""
    phone: str = ""


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
