"""Every child table of an inspection (found from the foreign keys in the models) is in the
storage list, the record registry, the lock triggers, the revision copy, the bundle payload
and the report, each by a rule or with a reason why not."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import fields
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, Table
from sqlalchemy import inspect as orm_inspect

from inspector_app.services.context import AppContext
from inspector_app.services.records.registry import (
    RECORDS,
    Copy,
    Omitted,
    RecordKind,
    Section,
    copied_columns,
)
from inspector_app.storage import models as m
from inspector_app.storage.child_tables import CHILD_TABLES, INSPECTIONS

FULL_SIGNED = 4  # the demo's signed inspection with a row of every kind


def _children_in_metadata() -> dict[str, tuple[str, str | None]]:
    """Table -> (link column, parent child table or None), following foreign keys from
    `inspections` down through child tables."""
    found: dict[str, tuple[str, str | None]] = {}
    grown = True
    while grown:
        grown = False
        for table in m.Base.metadata.tables.values():
            if table.name in found:
                continue
            for fk in table.foreign_keys:
                target = fk.column.table.name
                if target == INSPECTIONS or target in found:
                    parent = None if target == INSPECTIONS else target
                    found[table.name] = (fk.parent.name, parent)
                    grown = True
                    break
    return found


CHILDREN = _children_in_metadata()


def _kind(name: str) -> RecordKind:
    return next(kind for kind in RECORDS if kind.table.name == name)


def test_the_storage_list_names_every_child_table() -> None:
    listed = {t.name: (t.link, t.parent) for t in CHILD_TABLES}
    assert listed == CHILDREN
    assert len(CHILD_TABLES) == len(listed)


def test_the_registry_names_every_child_table_once() -> None:
    assert sorted(kind.table.name for kind in RECORDS) == sorted(CHILDREN)
    for kind in RECORDS:
        assert kind.model.__tablename__ == kind.table.name
        assert kind.table in CHILD_TABLES  # the lock comes from the storage entry
        if kind.relationship is not None:
            relation = orm_inspect(m.Inspection).relationships[kind.relationship]
            assert relation.mapper.class_ is kind.model


@pytest.mark.parametrize("table", sorted(CHILDREN))
def test_every_child_table_has_lock_triggers_on_old_and_new_rows(
    ctx: AppContext, table: str
) -> None:
    conn = sqlite3.connect(ctx.data_dir.database)
    try:
        triggers = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            ).fetchall()
        )
    finally:
        conn.close()
    assert set(triggers) == {f"{table}_locked_{op}" for op in ("insert", "update", "delete")}
    assert "NEW." in triggers[f"{table}_locked_insert"]
    assert "OLD." in triggers[f"{table}_locked_update"]
    assert "NEW." in triggers[f"{table}_locked_update"]
    assert "OLD." in triggers[f"{table}_locked_delete"]


@pytest.mark.parametrize("kind", RECORDS, ids=lambda k: k.table.name)
def test_every_kind_has_a_copy_rule_a_payload_and_a_report_place(kind: RecordKind) -> None:
    for rule in (kind.copy, kind.payload, kind.report):
        assert not isinstance(rule, Omitted) or rule.reason.strip()
    if isinstance(kind.copy, Copy):
        assert kind.relationship is not None  # the copy reaches the rows through it
        assert kind.table.parent is None  # a copied parent row gets a new id
        columns = {c.name for c in m.Base.metadata.tables[kind.table.name].columns}
        assert set(kind.copy.reset) <= columns


def test_the_detail_holds_every_kind_it_loads() -> None:
    from inspector_app.services.inspection.lifecycle import InspectionDetail

    names = {f.name for f in fields(InspectionDetail)}
    for kind in RECORDS:
        if kind.detail or (isinstance(kind.payload, Section) and kind.payload.plain):
            assert kind.detail and kind.attribute in names, kind.table.name


def test_report_places_are_fields_of_the_report() -> None:
    from inspector_app.services.reporting.model import ReportData

    names = {f.name for f in fields(ReportData)}
    places = [kind.report for kind in RECORDS if isinstance(kind.report, str)]
    assert set(places) <= names
    assert len(places) == len(set(places))


@pytest.mark.parametrize(
    "kind",
    [k for k in RECORDS if isinstance(k.payload, Section) and k.payload.plain],
    ids=lambda k: k.table.name,
)
def test_every_column_of_a_plain_section_travels_or_is_named_local(kind: RecordKind) -> None:
    assert isinstance(kind.payload, Section)
    columns = {c.name for c in m.Base.metadata.tables[kind.table.name].columns}
    own = {"id", kind.table.link}
    assert columns - own == set(kind.payload.spec) | set(kind.payload.local)
    assert not set(kind.payload.spec) & set(kind.payload.local)


def test_exported_inspection_json_holds_every_section(demo_ctx: AppContext) -> None:

    from inspector_app.services.sync.binding import REPORT_HASH_KEY
    from inspector_app.services.sync.export import bundle_files
    from inspector_app.services.sync.model import INSPECTION, REPORT
    from inspector_app.services.sync.payload import parse_payload

    _, files, _format = bundle_files(demo_ctx, FULL_SIGNED)
    record = json.loads(files[INSPECTION])
    # As import does (binding.payload_data): the report's hash comes from the manifest.
    record[REPORT_HASH_KEY] = hashlib.sha256(files[REPORT]).hexdigest()
    parsed = parse_payload(record)
    for kind in RECORDS:
        if isinstance(kind.payload, Section):
            assert record[kind.payload.key], kind.payload.key
            assert getattr(parsed, kind.payload.key), kind.payload.key


def test_the_report_shows_every_kind_it_names(demo_ctx: AppContext) -> None:
    from inspector_app.services.inspection.lifecycle import inspection_detail
    from inspector_app.services.reporting.report_data import build_report_data

    data = build_report_data(demo_ctx, inspection_detail(demo_ctx, FULL_SIGNED))
    for kind in RECORDS:
        if isinstance(kind.report, str):
            assert getattr(data, kind.report), kind.report


def _value(table: Table, name: str, n: int) -> Any:
    kind = table.columns[name].type
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return n
    if isinstance(kind, Float):
        return n + 0.25
    if isinstance(kind, Numeric):
        return Decimal(n)
    if isinstance(kind, DateTime):
        return dt.datetime(2026, 3, n, 9, 30)
    if isinstance(kind, Date):
        return dt.date(2026, 3, n)
    if isinstance(kind, LargeBinary):
        return bytes([n])
    if isinstance(kind, JSON):
        return [{"n": n}]
    return f"{name} {n}"


def test_a_new_revision_copies_every_column_the_rule_says() -> None:
    """Every column of a copied kind is filled in (so a column the copy forgot shows), and
    each reset one starts again from its default."""
    from inspector_app.services.records.revision_copy import copy_for_new_revision

    inspections = m.Base.metadata.tables[INSPECTIONS]
    old = m.Inspection(**{c.name: _value(inspections, c.name, 5) for c in inspections.columns})
    copied = [k for k in RECORDS if isinstance(k.copy, Copy)]
    for kind in copied:
        table = m.Base.metadata.tables[kind.table.name]
        row = kind.model(**{c.name: _value(table, c.name, 7) for c in table.columns})
        setattr(old, kind.attribute, [row])
    new = copy_for_new_revision(old, 2)
    for kind in copied:
        assert isinstance(kind.copy, Copy)
        [original] = getattr(old, kind.attribute)
        [copy] = getattr(new, kind.attribute)
        for column in copied_columns(kind):
            assert getattr(copy, column) == getattr(original, column), (kind.model, column)
        for column in kind.copy.reset:
            assert getattr(copy, column) is None, (kind.model, column)
    for kind in RECORDS:
        if isinstance(kind.copy, Omitted) and kind.relationship:
            assert getattr(new, kind.relationship) == [], kind.table.name


def test_amending_copies_the_kinds_the_registry_copies(demo_ctx: AppContext) -> None:
    from inspector_app.services.inspection.amendment import amend

    new_id = amend(demo_ctx, FULL_SIGNED, "改正笔误")
    with demo_ctx.db.reading() as session:
        for kind in RECORDS:
            model: Any = kind.model
            count = {
                inspection: session.query(model).filter_by(inspection_id=inspection).count()
                for inspection in (FULL_SIGNED, new_id)
            }
            assert count[FULL_SIGNED] > 0, kind.table.name
            if isinstance(kind.copy, Copy):
                assert count[new_id] == count[FULL_SIGNED], kind.table.name
            elif kind.table.name != "rule_results":  # counted again from the copied answers
                assert count[new_id] == 0, kind.table.name
