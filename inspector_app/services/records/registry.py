"""An inspection's child records, each described once: its model, its lock, its place in the
bundle, what a new revision does with it, and where the report shows it.

Revision copy, the bundle payload (export, parsing and import) and the detail load read
this list; the lock triggers are generated from the storage list each entry names
(storage.child_tables). tests/services/test_record_registry.py fails when a child table of
an inspection is missing here or from one of the readers.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect as orm_inspect
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.base import ExecutableOption

from inspector_app.services.sync import payload as p
from inspector_app.storage import models as m
from inspector_app.storage.child_tables import ChildTable, child_table


@dataclass(frozen=True)
class Omitted:
    """The record kind takes no part in one reader, and why."""

    reason: str


@dataclass(frozen=True)
class Copy:
    """A new revision copies the rows; the `reset` columns start again from their defaults."""

    reset: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """The record kind's list in inspection.json.

    A plain section is exactly the spec's fields of each row, dumped and loaded by the
    generic code; the others carry more (a file, a person) and export and import write
    them by hand, as `note` says. `local` names the columns that never leave this machine.
    """

    key: str
    spec: dict[str, p.Checker]
    plain: bool = True
    note: str = ""
    local: tuple[str, ...] = ()
    sort_by: str | None = None  # export order, when not the rows' own
    optional: bool = False  # absent from version 1 bundles: read as an empty list


@dataclass(frozen=True)
class RecordKind:
    """One kind of child record of an inspection."""

    table: ChildTable  # the storage entry, which the lock triggers are made from
    model: type[m.Base]
    relationship: str | None  # Inspection's attribute holding the rows, if it has one
    payload: Section | Omitted
    copy: Copy | Omitted
    report: str | Omitted  # the ReportData field that shows the rows
    detail: bool = True  # read with the inspection by inspection_detail
    detail_also: str | None = None  # a relationship of each row read along with it

    @property
    def attribute(self) -> str:
        """The attribute of the inspection (and of its detail) that holds the rows."""
        if self.relationship is None:
            raise ValueError(f"{self.table.name}: the inspection has no attribute for its rows")
        return self.relationship


NEW_SIGNATURES = "a new revision is signed anew"

RECORDS: tuple[RecordKind, ...] = (
    RecordKind(
        child_table("inspection_inspectors"),
        m.InspectionInspector,
        "inspectors",
        Section("inspectors", p.INSPECTOR, plain=False, note="the inspectors themselves, in order"),
        Copy(),
        "inspectors",
        detail_also="inspector",
    ),
    RecordKind(
        child_table("representatives"),
        m.Representative,
        "representatives",
        Section("representatives", p.REPRESENTATIVE),
        Copy(),
        "representatives",
    ),
    RecordKind(
        child_table("answers"),
        m.Answer,
        "answers",
        Section("answers", p.ANSWER, local=("updated_at",), sort_by="item_id"),
        Copy(reset=("updated_at",)),
        "rules",
    ),
    RecordKind(
        child_table("rule_results"),
        m.RuleResult,
        "rule_results",
        Omitted("derived from the answers; import counts them again"),
        Omitted("derived from the answers; counted again for the new revision"),
        Omitted("per-rule counts for the supervisor's figures; the report scores the answers"),
        detail=False,
    ),
    RecordKind(
        child_table("findings"),
        m.Finding,
        "findings",
        Section("findings", p.FINDING, local=("created_at",)),
        Copy(reset=("created_at",)),
        "findings",
    ),
    RecordKind(
        child_table("arrears_cases"),
        m.ArrearsCase,
        "arrears_cases",
        Section("arrears_cases", p.ARREARS),
        Copy(),
        "arrears",
    ),
    RecordKind(
        child_table("evidence"),
        m.Evidence,
        "evidence",
        Section("evidence", p.EVIDENCE, local=("added_at",)),
        Copy(reset=("added_at",)),
        "photos",
    ),
    RecordKind(
        child_table("signatures"),
        m.Signature,
        "signatures",
        Section("signatures", p.SIGNATURE, plain=False, note="the drawn image as signatures/*.png"),
        Omitted(NEW_SIGNATURES),
        "signatures",
    ),
    RecordKind(
        child_table("signed_reports"),
        m.SignedReport,
        None,
        Omitted("the bundle carries the signed PDF itself, as report.pdf"),
        Omitted(NEW_SIGNATURES + ", with its own report"),
        Omitted("it is the report"),
        detail=False,
    ),
    RecordKind(
        child_table("signed_orders"),
        m.SignedOrder,
        None,
        Section(
            "orders", p.ORDER, plain=False, optional=True, note="each order's PDF as notices/*.pdf"
        ),
        Omitted(NEW_SIGNATURES + ", serving its own orders"),
        Omitted("each order to correct is its own paper (services.reporting.order_pdf)"),
        detail=False,
    ),
)


def plain_sections() -> Iterator[tuple[RecordKind, Section]]:
    """The kinds whose bundle list the generic code writes and reads, in registry order."""
    for kind in RECORDS:
        if isinstance(kind.payload, Section) and kind.payload.plain:
            yield kind, kind.payload


def detail_load() -> list[ExecutableOption]:
    """The loader options that read every record kind of the detail with the inspection."""
    options: list[ExecutableOption] = []
    for kind in RECORDS:
        if kind.detail:
            option = selectinload(getattr(m.Inspection, kind.attribute))
            if kind.detail_also:
                option = option.selectinload(getattr(kind.model, kind.detail_also))
            options.append(option)
    return options


def copied_columns(kind: RecordKind) -> list[str]:
    """The columns a new revision takes over: all but the row's own id, its link to the
    inspection and the reset ones."""
    assert isinstance(kind.copy, Copy)
    mapper = orm_inspect(kind.model)
    own_id = {c.key for c in mapper.primary_key if c.key == "id"}
    skipped = own_id | {kind.table.link, *kind.copy.reset}
    return [attr.key for attr in mapper.column_attrs if attr.key not in skipped]


def copy_rows(old: m.Inspection, new: m.Inspection) -> None:
    """Give the new revision a copy of the old one's rows of every kind that is copied."""
    for kind in RECORDS:
        if not isinstance(kind.copy, Copy):
            continue
        # Rows reached through a parent row would need their parent's new id: none are copied.
        assert kind.table.parent is None
        columns = copied_columns(kind)
        rows = [
            kind.model(**{c: copy.deepcopy(getattr(row, c)) for c in columns})
            for row in getattr(old, kind.attribute)
        ]
        setattr(new, kind.attribute, rows)


def section_rows(kind: RecordKind, rows: Any) -> list[Any]:
    """The rows of a kind as export lists them (the detail keeps answers by item)."""
    assert isinstance(kind.payload, Section)
    listed = list(rows.values()) if isinstance(rows, Mapping) else list(rows)
    sort_by = kind.payload.sort_by
    if sort_by:
        listed.sort(key=lambda row: getattr(row, sort_by))
    return listed
