"""Small read queries the GUI needs that no use case offered: rule titles, flagged photos."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from inspector_app.core.forms import Text
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import form_of, list_forms
from inspector_app.storage import models as m


def rule_titles(ctx: AppContext) -> dict[str, Text]:
    """Rule id -> title, newer form versions overriding older ones (figures span versions)."""
    titles: dict[str, Text] = {}
    with ctx.db.reading() as session:
        for row in sorted(list_forms(session), key=lambda r: r.version):
            for rule in form_of(row).rules:
                titles[rule.id] = rule.title
    return titles


def flagged_photo_counts(ctx: AppContext, inspection_ids: Sequence[int]) -> dict[int, int]:
    """How many photos of each inspection carry an integrity flag (only those with any)."""
    counts: dict[int, int] = {}
    if not inspection_ids:
        return counts
    query = select(m.Evidence.inspection_id, m.Evidence.flags).where(
        m.Evidence.inspection_id.in_(list(inspection_ids))
    )
    with ctx.db.reading() as session:
        for inspection_id, flags in session.execute(query):
            if flags:
                counts[inspection_id] = counts.get(inspection_id, 0) + 1
    return counts
