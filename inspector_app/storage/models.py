"""SQLAlchemy 2.0 typed models of the data (docs/architecture.md), portable across dialects."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from inspector_app.core.statuses import EDITABLE_STATUSES as EDITABLE_STATUSES
from inspector_app.core.statuses import LOCKED_STATUSES as LOCKED_STATUSES
from inspector_app.core.statuses import InspectionStatus

# Inspection statuses (core.statuses). "complete" is a draft the inspector has finished and
# may still edit.
DRAFT, COMPLETE, SIGNED, EXPORTED = (
    InspectionStatus.DRAFT,
    InspectionStatus.COMPLETE,
    InspectionStatus.SIGNED,
    InspectionStatus.EXPORTED,
)


def utcnow() -> dt.datetime:
    """Naive UTC, for bookkeeping times (created, updated, audit)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def localnow() -> dt.datetime:
    """Naive local wall-clock time, for times people read and compare with photo EXIF
    (which cameras record as local time): inspection start, finish and signing."""
    return dt.datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012


class Inspector(Base):
    """An inspector: the local user (is_self) or another one whose certificate is trusted."""

    __tablename__ = "inspectors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(300), default="")
    badge_no: Mapped[str] = mapped_column(String(64), default="")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    cert_fingerprint: Mapped[str | None] = mapped_column(String(64), unique=True)
    cert_pem: Mapped[str | None] = mapped_column(Text)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Site(Base):
    """A construction project and its parties."""

    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    address: Mapped[str] = mapped_column(String(500), default="")
    permit_no: Mapped[str] = mapped_column(String(64), default="")
    project_code: Mapped[str] = mapped_column(String(64), default="")
    contract_value: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    client: Mapped[str] = mapped_column(String(300), default="")
    client_code: Mapped[str] = mapped_column(String(18), default="")
    contractor: Mapped[str] = mapped_column(String(300), default="")
    contractor_code: Mapped[str] = mapped_column(String(18), default="")
    project_manager: Mapped[str] = mapped_column(String(100), default="")
    wage_administrator: Mapped[str] = mapped_column(String(100), default="")
    responsible_unit: Mapped[str] = mapped_column(String(300), default="")
    workers_on_site: Mapped[int | None] = mapped_column(Integer)
    workers_registered: Mapped[int | None] = mapped_column(Integer)
    account_bank: Mapped[str] = mapped_column(String(200), default="")
    account_no: Mapped[str] = mapped_column(String(64), default="")
    deposit_amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    deposit_form: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    subcontractors: Mapped[list[Subcontractor]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="Subcontractor.id"
    )


class Subcontractor(Base):
    __tablename__ = "subcontractors"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    site: Mapped[Site] = relationship(back_populates="subcontractors")


class FormVersion(Base):
    """An exact form definition, stored with its hash; inspections point at one.

    A form is its id, version and content: two forms with the same id and version but
    other content are two rows (migration 0012), each with the inspections that used it.
    """

    __tablename__ = "forms"
    __table_args__ = (Index("ix_forms_form_id_version", "form_id", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title_zh: Mapped[str] = mapped_column(String(300))
    title_en: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Inspection(Base):
    """One revision of one inspection of a site."""

    __tablename__ = "inspections"
    __table_args__ = (
        UniqueConstraint("uuid", "revision"),
        Index("ix_inspections_site_started", "site_id", "started_at"),
        Index("ix_inspections_latest_started", "is_latest", "started_at"),
        # Covers "each site's latest signed inspection" (migration 0004).
        Index("ix_inspections_site_latest", "site_id", "started_at", "is_latest", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    form_pk: Mapped[int] = mapped_column(ForeignKey("forms.id"))
    status: Mapped[str] = mapped_column(String(16), default=str(DRAFT), index=True)
    # False once a newer revision exists: lists and figures read only the newest revision,
    # and a flag is far cheaper to filter on than a GROUP BY over every uuid.
    is_latest: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    origin: Mapped[str] = mapped_column(String(16), default="local")
    follow_up_of: Mapped[str | None] = mapped_column(String(36))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=localnow, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    exported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    score: Mapped[float | None] = mapped_column(Float)
    verdict: Mapped[str | None] = mapped_column(String(32))
    current_item: Mapped[str | None] = mapped_column(String(32))
    signed_pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # The record's document number (e.g. 雁塔监检〔2026〕007号), issued at signing from the
    # "record" sequence of the year; later revisions keep it (migration 0007).
    document_no: Mapped[str | None] = mapped_column(String(200))
    document_year: Mapped[int | None] = mapped_column(Integer)
    document_seq: Mapped[int | None] = mapped_column(Integer)
    # The site representative refused to sign (拒签): why, when, and the inspector who
    # witnessed it. Takes the place of the representative's drawn signature.
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    refused_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    refusal_witness: Mapped[str | None] = mapped_column(String(200))
    # Why this revision replaced the signed one before it (migration 0009); None on revision 1.
    amend_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    site: Mapped[Site] = relationship()
    form: Mapped[FormVersion] = relationship()
    inspectors: Mapped[list[InspectionInspector]] = relationship(
        cascade="all, delete-orphan", order_by="InspectionInspector.position"
    )
    representatives: Mapped[list[Representative]] = relationship(
        cascade="all, delete-orphan", order_by="Representative.id"
    )
    answers: Mapped[list[Answer]] = relationship(cascade="all, delete-orphan")
    findings: Mapped[list[Finding]] = relationship(
        cascade="all, delete-orphan", order_by="Finding.id"
    )
    arrears_cases: Mapped[list[ArrearsCase]] = relationship(
        cascade="all, delete-orphan", order_by="ArrearsCase.id"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", order_by="Evidence.id"
    )
    signatures: Mapped[list[Signature]] = relationship(
        cascade="all, delete-orphan", order_by="Signature.id"
    )
    rule_results: Mapped[list[RuleResult]] = relationship(
        cascade="all, delete-orphan", order_by="RuleResult.rule_id"
    )


class InspectionInspector(Base):
    __tablename__ = "inspection_inspectors"
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    inspector_id: Mapped[int] = mapped_column(ForeignKey("inspectors.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    inspector: Mapped[Inspector] = relationship()


class Representative(Base):
    """A representative of the inspected site who signs the record."""

    __tablename__ = "representatives"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")


class Answer(Base):
    """The result of one form item in one inspection."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(32))
    # The rule id is derivable from the form, but kept here so that per-rule figures over
    # many inspections are one GROUP BY instead of a join through every form definition.
    rule_id: Mapped[str] = mapped_column(String(16), default="", index=True)
    result: Mapped[str] = mapped_column(String(16), default="not_checked", index=True)
    value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # Why the item is 不适用 (migration 0009); signing waits while an N/A answer lacks it.
    na_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class RuleResult(Base):
    """Counts and score of one rule in one inspection, kept up to date as answers change.

    Derived from the answers, but stored so that figures over thousands of inspections
    read a few rows per inspection instead of every answer.
    """

    __tablename__ = "rule_results"
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    rule_id: Mapped[str] = mapped_column(String(16), primary_key=True, index=True)
    answered: Mapped[int] = mapped_column(Integer, default=0)
    compliant: Mapped[int] = mapped_column(Integer, default=0)
    not_compliant: Mapped[int] = mapped_column(Integer, default=0)
    not_applicable: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float | None] = mapped_column(Float)


class Finding(Base):
    """A breach found at an item, with the correction demanded and its deadline."""

    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    correction: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    responsible_party: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ArrearsCase(Base):
    """A wage-arrears case (欠薪线索) found on the site."""

    __tablename__ = "arrears_cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    employer: Mapped[str] = mapped_column(String(300), default="")
    workers_affected: Mapped[int] = mapped_column(Integer, default=0)
    amount_owed: Mapped[Decimal] = mapped_column(Numeric(16, 2), default=Decimal(0))
    resolution: Mapped[str] = mapped_column(String(16), default="open")
    note: Mapped[str] = mapped_column(Text, default="")
    # The months owed, as the inspector words them ("2026年3月—5月").
    period_owed: Mapped[str] = mapped_column(String(100), default="", server_default="")


class Evidence(Base):
    """A photo attached to an item; the original lives in the media store by hash."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(500), default="")
    mime: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    captured_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    gps_lat: Mapped[float | None] = mapped_column(Float)
    gps_lon: Mapped[float | None] = mapped_column(Float)
    camera: Mapped[str | None] = mapped_column(String(200))
    caption: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Signature(Base):
    """A drawn signature with its signer, role and time."""

    __tablename__ = "signatures"
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32))  # inspector | representative
    signer_name: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    image_png: Mapped[bytes] = mapped_column(LargeBinary)


class SignedReport(Base):
    """The signed PDF of an inspection revision, kept so exports copy it, never re-create it."""

    __tablename__ = "signed_reports"
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), default="zh")
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """A setting of the data folder that every program using it must see (GUI and CLI alike),
    such as the document number pattern; per-user preferences live in QSettings instead."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentSequence(Base):
    """The last number issued for one kind of document ("record", "order") in one year."""

    __tablename__ = "document_sequences"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_issued: Mapped[int] = mapped_column(Integer, default=0)


class SignedOrder(Base):
    """An order to correct (限期整改指令书) served on one responsible unit, signed with the
    record; one row per unit named by the inspection's findings."""

    __tablename__ = "signed_orders"
    __table_args__ = (UniqueConstraint("inspection_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, ... in the order of the findings
    # The document number as printed, and its year and place in the "order" sequence.
    number: Mapped[str] = mapped_column(String(200), default="")
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    addressee: Mapped[str] = mapped_column(String(300), default="")
    credit_code: Mapped[str] = mapped_column(String(18), default="")
    language: Mapped[str] = mapped_column(String(8), default="zh")
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only record of every change: when, who, what."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ImportRecord(Base):
    """Supervisor's log of every bundle seen, its hash, verdict and reason."""

    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    verdict: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    inspection_uuid: Mapped[str | None] = mapped_column(String(36))
    revision: Mapped[int | None] = mapped_column(Integer)
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # Digest of the bundle's listed files (Manifest.content_digest): the same revision
    # exported twice has the same digest, a different one is a conflict.
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    # Name and unit from the signer's certificate, kept for held bundles: with the
    # fingerprint they say whom to trust, in any language.
    signer_name: Mapped[str | None] = mapped_column(String(300))
    # The file's name as the user had it: a released held bundle is read from the holding
    # folder under its hash, and keeps the name it first came with.
    original_name: Mapped[str | None] = mapped_column(Text)
