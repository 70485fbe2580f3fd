"""Copying a signed inspection's content into a new draft revision (the signed one stays)."""

from __future__ import annotations

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
    new.inspectors = [
        m.InspectionInspector(inspector_id=link.inspector_id, position=link.position)
        for link in old.inspectors
    ]
    new.representatives = [
        m.Representative(name=r.name, title=r.title, unit=r.unit, phone=r.phone)
        for r in old.representatives
    ]
    new.answers = [
        m.Answer(
            item_id=a.item_id,
            rule_id=a.rule_id,
            result=a.result,
            value=a.value,
            note=a.note,
            na_reason=a.na_reason,
        )
        for a in old.answers
    ]
    new.findings = [
        m.Finding(
            item_id=f.item_id,
            description=f.description,
            correction=f.correction,
            deadline=f.deadline,
            responsible_party=f.responsible_party,
        )
        for f in old.findings
    ]
    new.arrears_cases = [
        m.ArrearsCase(
            employer=c.employer,
            workers_affected=c.workers_affected,
            amount_owed=c.amount_owed,
            resolution=c.resolution,
            note=c.note,
        )
        for c in old.arrears_cases
    ]
    new.evidence = [_copy_evidence(e) for e in old.evidence]
    return new


def _copy_evidence(e: m.Evidence) -> m.Evidence:
    return m.Evidence(
        item_id=e.item_id,
        sha256=e.sha256,
        original_name=e.original_name,
        mime=e.mime,
        size=e.size,
        width=e.width,
        height=e.height,
        captured_at=e.captured_at,
        gps_lat=e.gps_lat,
        gps_lon=e.gps_lon,
        camera=e.camera,
        caption=e.caption,
        flags=list(e.flags),
    )
