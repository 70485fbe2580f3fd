"""Findings with the corrections demanded, and wage-arrears cases, of an inspection."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.errors import NotFoundError, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.parsing import CENT, parse_amount, parse_count, parse_date
from inspector_app.core.statuses import ArrearsResolution
from inspector_app.core.validation import (
    MAX_ARREARS_CASES,
    MAX_FINDINGS,
    Problem,
    amount_problem,
    date_problem,
    item_problem,
    list_problem,
    require,
    text_problem,
)
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import form_of
from inspector_app.services.inspection.lifecycle import editable_inspection, refresh_score
from inspector_app.storage import models as m

FINDING_FIELDS = ("description", "correction", "deadline", "responsible_party")
ARREARS_FIELDS = (
    "employer",
    "workers_affected",
    "amount_owed",
    "resolution",
    "note",
    "period_owed",
)
PERIOD_MAX = 100


def add_finding(
    ctx: AppContext,
    inspection_id: int,
    item_id: str,
    *,
    description: str = "",
    correction: str = "",
    deadline: dt.date | None = None,
    responsible_party: str = "",
) -> int:
    """Open a finding at an item; returns its id.

    The responsible unit, the one the order to correct is served on, is the site's
    general contractor unless another is named.
    """
    require(
        text_problem(description, msg(QT_TRANSLATE_NOOP("service", "description"))),
        text_problem(correction, msg(QT_TRANSLATE_NOOP("service", "correction"))),
        text_problem(responsible_party, msg(QT_TRANSLATE_NOOP("service", "responsible_party"))),
    )
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        require(
            item_problem(
                form_of(inspection.form), item_id, msg(QT_TRANSLATE_NOOP("service", "item_id"))
            ),
            _room_for(
                inspection.findings, msg(QT_TRANSLATE_NOOP("service", "findings")), MAX_FINDINGS
            ),
            date_problem(deadline, msg(QT_TRANSLATE_NOOP("service", "deadline"))),
        )
        finding = m.Finding(
            item_id=item_id,
            description=description,
            correction=correction,
            deadline=deadline,
            responsible_party=responsible_party.strip() or inspection.site.contractor,
        )
        inspection.findings.append(finding)
        session.flush()
        audit.record(
            session,
            ctx.actor,
            "finding",
            finding.id,
            "create",
            inspection=inspection.uuid,
            item=item_id,
        )
        return finding.id


def update_finding(ctx: AppContext, finding_id: int, field: str, value: Any) -> None:
    """Change one field of a finding and commit."""
    if field not in FINDING_FIELDS:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Unknown finding field: {field}"), field=field)
        )
    if field == "deadline":
        value = _date(value)
    else:
        require(text_problem(value, msg(field)))
    _update(ctx, m.Finding, "finding", finding_id, field, value)


def update_item_finding(
    ctx: AppContext, inspection_id: int, item_id: str, field: str, value: Any
) -> None:
    """Change a field of the item's (first) finding, opening one if the item has none yet."""
    if field not in FINDING_FIELDS:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Unknown finding field: {field}"), field=field)
        )
    if field == "deadline":
        value = _date(value)  # refused before a finding is opened for it
    with ctx.db.reading() as session:
        found = session.scalar(
            select(m.Finding.id)
            .where(m.Finding.inspection_id == inspection_id, m.Finding.item_id == item_id)
            .order_by(m.Finding.id)
        )
    finding_id = found if found is not None else add_finding(ctx, inspection_id, item_id)
    update_finding(ctx, finding_id, field, value)


def delete_finding(ctx: AppContext, finding_id: int) -> None:
    _delete(ctx, m.Finding, "finding", finding_id)


def add_arrears_case(
    ctx: AppContext,
    inspection_id: int,
    *,
    employer: str = "",
    workers_affected: int = 0,
    amount_owed: Decimal | str | int = 0,
    resolution: ArrearsResolution = ArrearsResolution.OPEN,
    note: str = "",
    period_owed: str = "",
) -> int:
    """Record a wage-arrears case found on the site; returns its id."""
    values = {
        "employer": employer,
        "workers_affected": _count(workers_affected),
        "amount_owed": _amount(amount_owed),
        "resolution": _resolution(resolution),
        "note": note,
        "period_owed": _period(period_owed),
    }
    require(
        text_problem(employer, msg(QT_TRANSLATE_NOOP("service", "employer"))),
        text_problem(note, msg(QT_TRANSLATE_NOOP("service", "note"))),
    )
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        require(
            _room_for(
                inspection.arrears_cases,
                msg(QT_TRANSLATE_NOOP("service", "arrears_cases")),
                MAX_ARREARS_CASES,
            )
        )
        case = m.ArrearsCase(**values)
        inspection.arrears_cases.append(case)
        session.flush()
        refresh_score(session, inspection)  # arrears found make the verdict failing
        audit.record(
            session,
            ctx.actor,
            "arrears",
            case.id,
            "create",
            inspection=inspection.uuid,
            amount=values["amount_owed"],
        )
        return case.id


def update_arrears_case(ctx: AppContext, case_id: int, field: str, value: Any) -> None:
    parsers = {
        "workers_affected": _count,
        "amount_owed": _amount,
        "resolution": _resolution,
        "period_owed": _period,
    }
    if field not in ARREARS_FIELDS:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Unknown arrears field: {field}"), field=field)
        )
    checked = parsers.get(field, str)(value)
    if isinstance(checked, str):
        require(text_problem(checked, msg(field)))
    _update(ctx, m.ArrearsCase, "arrears", case_id, field, checked)


def _period(value: Any) -> str:
    """The months owed, free text ("2026年3月—5月", "2026-03 至 2026-05")."""
    text = " ".join(str(value or "").split())
    if len(text) > PERIOD_MAX:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "The period owed is longer than {limit} characters."),
                limit=PERIOD_MAX,
            )
        )
    return text


def delete_arrears_case(ctx: AppContext, case_id: int) -> None:
    _delete(ctx, m.ArrearsCase, "arrears", case_id)


def _update(
    ctx: AppContext, model: type[Any], entity: str, row_id: int, field: str, value: Any
) -> None:
    """Set one field of a finding or arrears case of an editable inspection, audited."""
    with ctx.db.transaction() as session:
        row = _owned(session, model, row_id)
        setattr(row, field, value)
        audit.record(session, ctx.actor, entity, row_id, "update", field=field, new=value)
        if model is m.ArrearsCase:
            _rescore(session, row.inspection_id)


def _delete(ctx: AppContext, model: type[Any], entity: str, row_id: int) -> None:
    with ctx.db.transaction() as session:
        row = _owned(session, model, row_id)
        inspection_id = row.inspection_id
        session.delete(row)
        audit.record(session, ctx.actor, entity, row_id, "delete")
        if model is m.ArrearsCase:
            _rescore(session, inspection_id)


def _rescore(session: Session, inspection_id: int) -> None:
    """The stored verdict follows the arrears cases (any arrears found: failing)."""
    session.flush()
    inspection = editable_inspection(session, inspection_id)
    session.expire(inspection, ["arrears_cases"])
    refresh_score(session, inspection)


def _owned(session: Session, model: type[Any], row_id: int) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(
            msg(
                QT_TRANSLATE_NOOP("service", "No {table} row with id {row_id}."),
                table=model.__tablename__,
                row_id=row_id,
            )
        )
    editable_inspection(session, row.inspection_id)
    return row


def _date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return value
    return parse_date(str(value))


def _count(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return parse_count(str(value))


def _amount(value: Any) -> Decimal:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        amount = Decimal(value)
        require(
            amount_problem(amount, msg(QT_TRANSLATE_NOOP("service", "amount_owed")))
        )  # the rule imported amounts meet
        return amount.quantize(CENT)
    text = str(value)
    return parse_amount(text) if text.strip() else Decimal("0.00")


def _room_for(rows: list[Any], kind: str, limit: int) -> Problem | None:
    """One more row must stay within the inspection's bound for its kind."""
    return list_problem(len(rows) + 1, kind, limit)


def _resolution(value: Any) -> ArrearsResolution:
    """A member, or its stored text (as a table's list of choices hands it back)."""
    try:
        return ArrearsResolution(value)
    except ValueError:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP("service", "Resolution must be one of {choices}."),
                choices=", ".join(ArrearsResolution),
            )
        ) from None
