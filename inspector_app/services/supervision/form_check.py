"""Whether an inspection's form is the published one: same id and version, same content.

Forms are identified by id, version and content hash; a bundle may bring a changed copy
under a published id and version. It is imported all the same (tied to the inspections
that used it), and the supervisor sees that its form differs from the published one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from sqlalchemy import select

from inspector_app.core.form_loader import bundled_forms_dir, load_form
from inspector_app.core.form_schema import FormError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.services.context import AppContext
from inspector_app.storage import models as m

_FORM_FILES = ("*.yaml", "*.yml")


@functools.lru_cache(maxsize=1)
def published_forms() -> dict[tuple[str, int], str]:
    """(form id, version) -> content hash of each form shipped with this app."""
    published: dict[tuple[str, int], str] = {}
    folder = bundled_forms_dir()
    for path in sorted(p for pattern in _FORM_FILES for p in folder.glob(pattern)):
        try:
            form = load_form(path)
        except FormError:  # `inspector forms check` reports it; it publishes nothing
            continue
        published[(form.id, form.version)] = form.sha256
    return published


def differs_from_published(form_id: str, version: int, sha256: str) -> bool:
    """True when a form with this id and version is published with other content."""
    published = published_forms().get((form_id, version))
    return published is not None and published != sha256


def forms_differing(ctx: AppContext, inspection_ids: Sequence[int]) -> set[int]:
    """The inspections among `inspection_ids` whose form differs from the published one."""
    if not inspection_ids:
        return set()
    query = (
        select(m.Inspection.id, m.FormVersion.form_id, m.FormVersion.version, m.FormVersion.sha256)
        .join(m.FormVersion, m.FormVersion.id == m.Inspection.form_pk)
        .where(m.Inspection.id.in_(list(inspection_ids)))
    )
    with ctx.db.reading() as session:
        rows = session.execute(query).all()
    return {row[0] for row in rows if differs_from_published(row[1], row[2], row[3])}


def form_differs_note(form_id: str, version: int) -> Message:
    return msg(
        QT_TRANSLATE_NOOP(
            "service", "form differs from the published one (form {form} version {version})"
        ),
        form=form_id,
        version=version,
    )
