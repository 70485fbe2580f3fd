"""Copying a signed inspection's content into a new draft revision (the signed one stays)."""

from __future__ import annotations

from inspector_app.services.records.registry import copy_rows
from inspector_app.storage import models as m


def copy_for_new_revision(old: m.Inspection, revision: int) -> m.Inspection:
    """A draft copy of a signed inspection's content, as the next revision."""
    new = m.Inspection(
        uuid=old.uuid,
        revision=revision,
        site_id=old.site_id,
        form_pk=old.form_pk,
        status=m.DRAFT,
        origin="local",
        follow_up_of=old.follow_up_of,
        started_at=old.started_at,
        score=old.score,
        verdict=old.verdict,
        current_item=old.current_item,
        # A corrected record keeps its number; the report says which version it is.
        document_no=old.document_no,
        document_year=old.document_year,
        document_seq=old.document_seq,
    )
    copy_rows(old, new)  # every record kind the registry says a revision copies
    return new
