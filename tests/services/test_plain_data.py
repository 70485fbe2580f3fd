"""What the services hand the ui and the command line is plain, frozen data: no ORM row,
statuses, roles, results and flags as enums, blockers as a kind with parameters."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text

from inspector_app.core.evidence_flags import EvidenceFlag, PhotoFlag, stored_flags
from inspector_app.core.results import Result
from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import InspectionStatus, Origin, SignerRole
from inspector_app.services.context import AppContext
from inspector_app.services.directory.inspectors import add_inspector
from inspector_app.services.directory.sites import create_site, site_values
from inspector_app.services.inspection import answers
from inspector_app.services.inspection.detail import InspectionDetail
from inspector_app.services.inspection.lifecycle import (
    inspection_detail,
    list_inspections,
    start_inspection,
)
from inspector_app.services.inspection.listing import InspectionRow
from inspector_app.services.records import findings
from inspector_app.services.signing import sign_inspection
from inspector_app.services.signing.identity import create_identity, describe_certificate
from inspector_app.storage.models import Base


def _values(data: Any) -> Iterator[Any]:
    """Every value reachable from a detail: its fields, their items, their fields."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        for field in dataclasses.fields(data):
            yield from _values(getattr(data, field.name))
    elif isinstance(data, tuple | list):
        for item in data:
            yield from _values(item)
    elif isinstance(data, dict):
        for item in data.values():
            yield from _values(item)
    yield data


@pytest.fixture
def inspection_id(ctx: AppContext) -> int:
    me = add_inspector(ctx, "王检查", "区劳动保障监察大队", "A001", is_self=True)
    site = create_site(ctx, "测试项目", contractor="某建设集团")
    return start_inspection(ctx, site, [me])


def _signed(demo_ctx: AppContext) -> InspectionDetail:
    rows = list_inspections(demo_ctx, status=InspectionStatus.SIGNED)
    return inspection_detail(demo_ctx, rows[0].id)


def test_a_detail_holds_no_orm_row_and_is_frozen(demo_ctx: AppContext) -> None:
    detail = _signed(demo_ctx)
    assert detail.findings and detail.evidence and detail.signatures and detail.answers
    assert not [value for value in _values(detail) if isinstance(value, Base)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        detail.status = InspectionStatus.DRAFT  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        detail.findings[0].deadline = dt.date(2027, 1, 1)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        detail.evidence[0].caption = "changed"  # type: ignore[misc]
    assert isinstance(detail.findings, tuple) and isinstance(detail.evidence, tuple)


def test_statuses_roles_and_results_are_enums_with_the_stored_values(
    demo_ctx: AppContext,
) -> None:
    detail = _signed(demo_ctx)
    assert detail.status is InspectionStatus.SIGNED and detail.locked
    assert {type(s.role) for s in detail.signatures} == {SignerRole}
    assert {type(a.result) for a in detail.answers.values()} == {Result}
    with demo_ctx.db.connection() as conn:
        stored = conn.execute(
            text("SELECT status FROM inspections WHERE id = :id"), {"id": detail.id}
        ).scalar_one()
        roles = set(
            conn.execute(
                text("SELECT role FROM signatures WHERE inspection_id = :id"), {"id": detail.id}
            ).scalars()
        )
    assert stored == "signed" and roles <= {"inspector", "representative"}
    assert [str(status) for status in InspectionStatus] == [
        "draft",
        "complete",
        "signed",
        "exported",
    ]


def test_inspection_list_lines_are_frozen_with_enums(demo_ctx: AppContext) -> None:
    rows = list_inspections(demo_ctx, latest_only=False)
    assert rows and all(type(row) is InspectionRow for row in rows)
    assert {type(row.status) for row in rows} == {InspectionStatus}
    assert {type(row.origin) for row in rows} == {Origin}
    assert {type(row.verdict) for row in rows} <= {Verdict, type(None)}
    assert {type(row.started_at) for row in rows} == {dt.datetime}
    first = rows[0]
    # Built by tuple.__new__ (fast path): the same as one built the ordinary way.
    ordinary = InspectionRow(**first._asdict())
    assert first == ordinary and hash(first) == hash(ordinary) and repr(first) == repr(ordinary)
    with pytest.raises(AttributeError):
        first.status = InspectionStatus.DRAFT  # type: ignore[misc]
    signed = list_inspections(demo_ctx, status=InspectionStatus.SIGNED)
    assert signed and {row.status for row in signed} == {InspectionStatus.SIGNED}


def test_photo_flags_are_typed_and_stored_as_before() -> None:
    entries = [
        {"flag": "time_mismatch", "difference_s": -259200.0},
        {"flag": "recycled", "inspection_uuid": "0f1e2d3c-aaaa", "ref": "0f1e2d3c (甲项目)"},
        {"flag": "from_a_newer_version"},
    ]
    flags = stored_flags(entries)
    assert [flag.kind for flag in flags] == [EvidenceFlag.TIME_MISMATCH, EvidenceFlag.RECYCLED]
    assert [flag.stored() for flag in flags] == entries[:2]
    assert flags[0].describe("en") == "taken 3 days before the inspection"
    assert PhotoFlag(EvidenceFlag.NO_CAPTURE_TIME).stored() == {"flag": "no_capture_time"}


def test_a_signing_problem_is_a_kind_with_its_item_and_finding(
    ctx: AppContext, inspection_id: int
) -> None:
    items = [item.id for item in inspection_detail(ctx, inspection_id).form.items()]
    answers.set_result(ctx, inspection_id, items[0], Result.NOT_COMPLIANT)
    finding = findings.update_item_finding  # opens the item's finding, without a deadline
    finding(ctx, inspection_id, items[0], "description", "无工资台账")
    problems = sign_inspection.signing_problems(ctx, inspection_detail(ctx, inspection_id))
    kinds = {problem.kind for problem in problems}
    assert {sign_inspection.BlockerKind.NO_DEADLINE, sign_inspection.NO_INSPECTOR} <= kinds
    (undated,) = [p for p in problems if p.kind is sign_inspection.BlockerKind.NO_DEADLINE]
    assert undated.item_id == items[0] and undated.finding_id is not None
    assert undated.signer_role is None
    (unsigned,) = [p for p in problems if p.kind is sign_inspection.NO_INSPECTOR]
    assert unsigned.signer_role is SignerRole.INSPECTOR


def test_site_values_and_certificate_facts_are_frozen(ctx: AppContext, tmp_path: Any) -> None:
    site = site_values(ctx, create_site(ctx, "项目甲", contractor="中建八局"))
    assert site.contractor == "中建八局" and site.value("contractor") == "中建八局"
    with pytest.raises(dataclasses.FrozenInstanceError):
        site.name = "改"  # type: ignore[misc]
    identity = create_identity(tmp_path / "keys", "张三", "监察大队", "SX-1", b"pass-phrase-1")
    facts = describe_certificate(identity.certificate)
    assert (facts.name, facts.unit, facts.badge) == ("张三", "监察大队", "SX-1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.name = "李四"  # type: ignore[misc]
