"""Answering checklist items: each result, value or note is committed as it is given."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.errors import ValidationError
from inspector_app.core.forms import FormItem, ItemKind
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.parsing import number_text, parse_number
from inspector_app.core.results import Result
from inspector_app.core.scoring import InspectionScore
from inspector_app.core.validation import item_problem, require, text_problem
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import form_of
from inspector_app.services.inspection.lifecycle import editable_inspection, refresh_score
from inspector_app.storage import models as m


@dataclass(frozen=True)
class AnswerState:
    """An item's answer as stored (what undo needs to put back)."""

    result: Result
    value: str | None
    note: str


def _answer(session: Session, inspection: m.Inspection, item_id: str) -> m.Answer:
    form = form_of(inspection.form)
    require(item_problem(form, item_id, msg(QT_TRANSLATE_NOOP("service", "item_id"))))
    answer = session.scalar(
        select(m.Answer).where(m.Answer.inspection_id == inspection.id, m.Answer.item_id == item_id)
    )
    if answer is None:
        answer = m.Answer(
            inspection_id=inspection.id,
            item_id=item_id,
            rule_id=form.rule_of(item_id).id,
            result=Result.NOT_CHECKED,
            note="",
        )
        session.add(answer)
        inspection.answers.append(answer)
    return answer


def answer_state(ctx: AppContext, inspection_id: int, item_id: str) -> AnswerState:
    with ctx.db.reading() as session:
        answer = session.scalar(
            select(m.Answer).where(
                m.Answer.inspection_id == inspection_id, m.Answer.item_id == item_id
            )
        )
    if answer is None:
        return AnswerState(Result.NOT_CHECKED, None, "")
    return AnswerState(Result(answer.result), answer.value, answer.note)


def set_result(
    ctx: AppContext, inspection_id: int, item_id: str, result: Result
) -> InspectionScore:
    """Record the result of an item; returns the inspection's new score."""
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        answer = _answer(session, inspection, item_id)
        old, answer.result = answer.result, str(Result(result))
        session.flush()
        score = refresh_score(session, inspection)
        audit.record(
            session,
            ctx.actor,
            "answer",
            f"{inspection.uuid}/{item_id}",
            "result",
            old=old,
            new=answer.result,
        )
        return score


def set_note(ctx: AppContext, inspection_id: int, item_id: str, note: str) -> None:
    """Store the inspector's note on an item."""
    require(text_problem(note, msg(QT_TRANSLATE_NOOP("service", "note"))))
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        answer = _answer(session, inspection, item_id)
        if answer.note == note:
            return
        answer.note = note
        audit.record(
            session, ctx.actor, "answer", f"{inspection.uuid}/{item_id}", "note", length=len(note)
        )


NA_REASON_MAX = 200


def set_na_reason(ctx: AppContext, inspection_id: int, item_id: str, reason: str) -> None:
    """Store why an item is not applicable (a preset choice or a short text)."""
    reason = " ".join(reason.split())
    if len(reason) > NA_REASON_MAX:
        raise ValidationError(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The reason is too long (at most {limit} characters)."
                ),
                limit=NA_REASON_MAX,
            )
        )
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        answer = _answer(session, inspection, item_id)
        if answer.na_reason == reason:
            return
        answer.na_reason = reason
        audit.record(
            session, ctx.actor, "answer", f"{inspection.uuid}/{item_id}", "na_reason", new=reason
        )


def set_value(ctx: AppContext, inspection_id: int, item_id: str, value: str | None) -> None:
    """Store the recorded value of a number, text or choice item."""
    with ctx.db.transaction() as session:
        inspection = editable_inspection(session, inspection_id)
        answer = _answer(session, inspection, item_id)  # refuses an item not on the form
        answer.value = _checked_value(form_of(inspection.form).item(item_id), value)
        audit.record(
            session, ctx.actor, "answer", f"{inspection.uuid}/{item_id}", "value", new=answer.value
        )


def _checked_value(item: FormItem, value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    require(text_problem(text, msg(QT_TRANSLATE_NOOP("service", "value"))))
    if item.kind == ItemKind.NUMBER:
        return number_text(parse_number(text))  # "1200万" is stored as "12000000"
    if item.kind == ItemKind.CHOICE:
        allowed = {choice.value for choice in item.choices}
        if text not in allowed:
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "'{text}' is not one of the choices of this item."
                    ),
                    text=text,
                )
            )
    return text
