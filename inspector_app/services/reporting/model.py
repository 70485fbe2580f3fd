"""Plain data a report is rendered from; the inspection service fills it from the database.

Text that comes from data (rule titles, item texts, verdicts, flags, recorded values and
dates) arrives already in the report's language and wording; the labels around it come
from strings.py. Item results may be a
result code ("compliant", "not_compliant", "not_applicable", "not_checked"), which the
renderer translates, or any text, which it prints as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SiteFacts:
    """The construction project and the parties responsible for paying its workers."""

    name: str
    address: str = ""
    permit_no: str = ""
    project_code: str = ""
    contract_value: str = ""
    start_date: str = ""
    end_date: str = ""
    client: str = ""
    client_code: str = ""
    contractor: str = ""
    contractor_code: str = ""
    subcontractors: list[tuple[str, str]] = field(default_factory=list)
    project_manager: str = ""
    wage_administrator: str = ""
    responsible_unit: str = ""
    workers_on_site: int | None = None
    workers_registered: int | None = None
    account_bank: str = ""
    account_no: str = ""
    deposit: str = ""


@dataclass(frozen=True)
class PersonFacts:
    """An inspector or a representative of the inspected unit.

    `badge_no` is the inspector's badge number; for a representative it holds the post.
    """

    name: str
    unit: str = ""
    badge_no: str = ""


@dataclass(frozen=True)
class ItemLine:
    """One checklist item as answered on site; `photo_refs` name appendix photos ("P3")."""

    item_id: str
    text: str
    result: str
    note: str = ""
    value: str = ""
    photo_refs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RuleSection:
    """One of the eight rules with its score and the items checked under it."""

    number: int
    title: str
    score: str
    verdict_text: str
    items: list[ItemLine] = field(default_factory=list)


@dataclass(frozen=True)
class FindingFacts:
    """A breach found, with the correction ordered (责令限期改正) and its deadline."""

    item_id: str
    rule_title: str
    description: str
    correction: str
    deadline: str
    responsible_party: str
    legal_basis: str = ""


@dataclass(frozen=True)
class ArrearsFacts:
    """A wage-arrears case found on site (欠薪线索)."""

    employer: str
    workers_affected: int
    amount_owed: str
    resolution: str
    note: str = ""
    period_owed: str = ""


@dataclass(frozen=True)
class SignatureFacts:
    """A drawn signature; `image_png` is None when the person has not signed.

    `role` is the signer's role in words; `role_code` says which part of the record the
    signature belongs to: "inspector" or "representative".
    """

    role: str
    name: str
    signed_at: dt.datetime | None
    image_png: bytes | None = None
    role_code: str = "inspector"


@dataclass(frozen=True)
class PhotoFacts:
    """A piece of photo evidence; `image_path` is the report-size JPEG, embedded as it is."""

    ref: str
    item_id: str
    caption: str
    captured_at: dt.datetime | None
    gps: str
    sha256: str
    image_path: Path
    flags: list[str] = field(default_factory=list)
    item_text: str = ""


@dataclass(frozen=True)
class RefusalFacts:
    """The site representative refused to sign (拒签): why, when, witnessed by whom."""

    reason: str
    refused_at: dt.datetime | None
    witness: str


@dataclass(frozen=True)
class ReportData:
    """Everything one inspection report shows.

    `authority` is the issuing unit (the signing inspector's), `document_no` the record's
    number ("" before signing), `revision` its version: from 2 on the number stays and
    the report says which version it is.
    """

    report_id: str
    language: str
    form_title: str
    form_id: str
    form_version: str
    site: SiteFacts
    inspectors: list[PersonFacts]
    representatives: list[PersonFacts]
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    rules: list[RuleSection]
    overall_score: str
    grade: str
    verdict: str
    findings: list[FindingFacts] = field(default_factory=list)
    arrears: list[ArrearsFacts] = field(default_factory=list)
    signatures: list[SignatureFacts] = field(default_factory=list)
    photos: list[PhotoFacts] = field(default_factory=list)
    authority: str = ""
    document_no: str = ""
    revision: int = 1
    amend_reason: str = ""  # why this revision replaced the signed one before it
    verdict_reasons: list[str] = field(default_factory=list)  # why failing beyond points
    refusal: RefusalFacts | None = None
