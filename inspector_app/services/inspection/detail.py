"""One inspection read whole, as frozen plain data: what the workspace, the report, the
bundle and the supervisor's detail read. No ORM row leaves the services through here."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from inspector_app.core.errors import NotFoundError
from inspector_app.core.evidence_flags import PhotoFlag, stored_flags
from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.results import Result
from inspector_app.core.scoring import InspectionScore, score_inspection
from inspector_app.core.statuses import ArrearsResolution, InspectionStatus, Origin, SignerRole
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import form_of
from inspector_app.services.records.registry import detail_load
from inspector_app.storage import models as m

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

Info = TypeVar("Info", bound="DataclassInstance")


@dataclass(frozen=True)
class InspectorInfo:
    """An inspector named on the inspection."""

    id: int
    name: str
    unit: str = ""
    badge_no: str = ""
    is_self: bool = False
    cert_fingerprint: str | None = None


@dataclass(frozen=True)
class RepresentativeInfo:
    """A representative of the inspected site."""

    id: int
    name: str
    title: str = ""
    unit: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AnswerInfo:
    """The answer to one form item."""

    item_id: str
    rule_id: str = ""
    result: Result = Result.NOT_CHECKED
    value: str | None = None
    note: str = ""
    na_reason: str = ""


@dataclass(frozen=True)
class FindingInfo:
    """A breach found at an item, with the correction demanded and its deadline."""

    id: int
    item_id: str
    description: str = ""
    correction: str = ""
    deadline: dt.date | None = None
    responsible_party: str = ""


@dataclass(frozen=True)
class ArrearsCaseInfo:
    """A wage-arrears case found on the site."""

    id: int
    employer: str = ""
    workers_affected: int = 0
    amount_owed: Decimal = Decimal(0)
    resolution: ArrearsResolution = ArrearsResolution.OPEN
    note: str = ""
    period_owed: str = ""


@dataclass(frozen=True)
class EvidenceInfo:
    """A photo attached to an item; the original is in the media store under `sha256`."""

    id: int
    item_id: str
    sha256: str
    original_name: str = ""
    mime: str = ""
    size: int = 0
    width: int | None = None
    height: int | None = None
    captured_at: dt.datetime | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    camera: str | None = None
    caption: str = ""
    flags: tuple[PhotoFlag, ...] = ()


@dataclass(frozen=True)
class SignatureInfo:
    """A drawn signature: who, in which role, when, and the PNG drawing."""

    id: int | None
    role: SignerRole
    signer_name: str
    signed_at: dt.datetime | None = None
    image_png: bytes = b""


class ArrearsAmounts(Protocol):
    @property
    def amount_owed(self) -> Decimal | None: ...

    @property
    def workers_affected(self) -> int | None: ...


def arrears_found(cases: Iterable[ArrearsAmounts]) -> bool:
    """Wage arrears recorded on the site (an amount or workers): the verdict is failing."""
    return any((c.amount_owed or 0) > 0 or (c.workers_affected or 0) > 0 for c in cases)


@dataclass(frozen=True)
class InspectionDetail:
    """One inspection with everything the workspace, the report and the bundle need."""

    id: int
    uuid: str
    revision: int
    status: InspectionStatus
    origin: Origin
    form: Form
    form_sha256: str
    site_id: int
    site_name: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    signed_at: dt.datetime | None
    current_item: str | None
    follow_up_of: str | None
    inspectors: tuple[InspectorInfo, ...]
    representatives: tuple[RepresentativeInfo, ...]
    answers: Mapping[str, AnswerInfo]
    findings: tuple[FindingInfo, ...]
    arrears_cases: tuple[ArrearsCaseInfo, ...]
    evidence: tuple[EvidenceInfo, ...]
    signatures: tuple[SignatureInfo, ...]
    document_no: str | None = None
    refusal_reason: str | None = None
    refused_at: dt.datetime | None = None
    refusal_witness: str | None = None
    amend_reason: str | None = None
    score: InspectionScore = field(init=False)

    def __post_init__(self) -> None:
        found = arrears_found(self.arrears_cases)
        score = score_inspection(self.form, self.results(), arrears_found=found)
        object.__setattr__(self, "score", score)  # derived once; the detail is frozen

    def results(self) -> dict[str, Result]:
        return {item_id: Result(a.result) for item_id, a in self.answers.items()}

    @property
    def locked(self) -> bool:
        return self.status.locked


def inspection_detail(ctx: AppContext, inspection_id: int) -> InspectionDetail:
    """Everything about one inspection, as plain data."""
    with ctx.db.reading() as session:
        query = (
            select(m.Inspection)
            .where(m.Inspection.id == inspection_id)
            .options(
                *detail_load(),  # every record kind of the registry the detail holds
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
        status=InspectionStatus(inspection.status),
        origin=Origin(inspection.origin),
        form=form_of(inspection.form),
        form_sha256=inspection.form.sha256,
        site_id=inspection.site_id,
        site_name=inspection.site.name,
        started_at=inspection.started_at,
        finished_at=inspection.finished_at,
        signed_at=inspection.signed_at,
        current_item=inspection.current_item,
        follow_up_of=inspection.follow_up_of,
        inspectors=tuple(inspector_info(link.inspector) for link in inspection.inspectors),
        representatives=tuple(_representative(r) for r in inspection.representatives),
        answers={a.item_id: _answer(a) for a in inspection.answers},
        findings=tuple(finding_info(f) for f in inspection.findings),
        arrears_cases=tuple(_arrears_case(c) for c in inspection.arrears_cases),
        evidence=tuple(evidence_info(e) for e in inspection.evidence),
        signatures=tuple(_signature(s) for s in inspection.signatures),
        document_no=inspection.document_no,
        refusal_reason=inspection.refusal_reason,
        refused_at=inspection.refused_at,
        refusal_witness=inspection.refusal_witness,
        amend_reason=inspection.amend_reason,
    )


def _copied(info: type[Info], row: object, **converted: object) -> Info:
    """A frozen copy of an ORM row: each field of `info` is the row's attribute of the same
    name, unless it is given here already converted (an enum, parsed flags)."""
    names = _field_names(info)
    values = {name: getattr(row, name) for name in names if name not in converted}
    return info(**values, **converted)


@functools.cache
def _field_names(info: type[DataclassInstance]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(info))


def inspector_info(row: m.Inspector) -> InspectorInfo:
    return _copied(InspectorInfo, row)


def _representative(row: m.Representative) -> RepresentativeInfo:
    return _copied(RepresentativeInfo, row)


def _answer(row: m.Answer) -> AnswerInfo:
    return _copied(AnswerInfo, row, result=Result(row.result), na_reason=row.na_reason or "")


def finding_info(row: m.Finding) -> FindingInfo:
    return _copied(FindingInfo, row)


def _arrears_case(row: m.ArrearsCase) -> ArrearsCaseInfo:
    return _copied(ArrearsCaseInfo, row, resolution=ArrearsResolution(row.resolution))


def evidence_info(row: m.Evidence) -> EvidenceInfo:
    return _copied(EvidenceInfo, row, flags=stored_flags(row.flags))


def _signature(row: m.Signature) -> SignatureInfo:
    return _copied(SignatureInfo, row, role=SignerRole(row.role))
