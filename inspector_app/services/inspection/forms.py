"""Form versions in the database: store the exact definition used, load it back by key."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.core.errors import ValidationError
from inspector_app.core.form_loader import default_form
from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.storage.models import FormVersion


def store_form(session: Session, form: Form) -> FormVersion:
    """The stored row for this exact form, added if new; a changed released form is refused."""
    row = session.scalar(
        select(FormVersion).where(
            FormVersion.form_id == form.id, FormVersion.version == form.version
        )
    )
    if row is not None:
        if row.sha256 != form.sha256:
            raise ValidationError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "Form {form} version {version} differs from the one already in use; "
                        "a changed form needs a new version number.",
                    ),
                    form=form.id,
                    version=form.version,
                )
            )
        return row
    row = FormVersion(
        form_id=form.id,
        version=form.version,
        title_zh=form.title.zh,
        title_en=form.title.en,
        sha256=form.sha256,
        definition=form.to_dict(),
    )
    session.add(row)
    session.flush()
    return row


def store_default_form(session: Session) -> FormVersion:
    return store_form(session, default_form())


# Parsed forms by hash: a stored form never changes, so its parse can be kept.
_parsed: dict[str, Form] = {}


def form_of(row: FormVersion) -> Form:
    """The Form for a stored row, parsed once per hash."""
    form = _parsed.get(row.sha256)
    if form is None:
        form = _parsed[row.sha256] = Form.from_dict(row.definition)
    return form


def list_forms(session: Session) -> list[FormVersion]:
    return list(
        session.scalars(select(FormVersion).order_by(FormVersion.form_id, FormVersion.version))
    )
