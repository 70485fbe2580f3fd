"""The dashboard's figures and the received list as tables, written to XLSX or CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import msg
from inspector_app.services.context import AppContext
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.received import ReceivedRow
from inspector_app.storage.files import atomic_write_bytes


@dataclass(frozen=True)
class Table:
    name: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]


def received_table(rows: Sequence[ReceivedRow]) -> Table:
    return Table(
        "inspections",
        [
            "uuid",
            "revision",
            "site",
            "inspectors",
            "date",
            "score",
            "verdict",
            "findings",
            "origin",
            "review",
        ],
        [
            (
                r.uuid,
                r.revision,
                r.site_name,
                r.inspectors,
                r.started_at.date(),
                None if r.score is None else round(r.score, 1),
                r.verdict or "",
                r.findings,
                r.origin,
                str(r.review),
            )
            for r in rows
        ],
    )


def figure_tables(ctx: AppContext, today: dt.date | None = None) -> list[Table]:
    """Compliance per rule, open corrections, arrears and inspections per month."""
    rules = dashboard.rule_compliance(ctx)
    arrears = dashboard.arrears_totals(ctx)
    return [
        Table(
            "compliance_by_rule",
            [
                "rule",
                "compliant items",
                "not compliant items",
                "not applicable",
                "inspections",
                "compliance rate",
            ],
            [
                (
                    r.rule_id,
                    r.compliant,
                    r.not_compliant,
                    r.not_applicable,
                    r.inspections,
                    None if r.rate is None else round(r.rate, 4),
                )
                for r in rules
            ],
        ),
        Table(
            "open_corrections",
            ["site", "open corrections", "overdue", "earliest deadline"],
            [
                (s.site_name, s.open, s.overdue, s.earliest_deadline)
                for s in dashboard.open_corrections(ctx, today)
            ],
        ),
        Table(
            "wage_arrears",
            ["cases", "workers affected", "amount owed", "unresolved cases", "unresolved amount"],
            [
                (
                    arrears.cases,
                    arrears.workers_affected,
                    arrears.amount_owed,
                    arrears.unresolved_cases,
                    arrears.unresolved_amount,
                )
            ],
        ),
        Table(
            "inspections_per_month",
            ["month", "inspections"],
            [(mc.month, mc.inspections) for mc in dashboard.inspections_per_month(ctx)],
        ),
    ]


def _csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.headers)
    writer.writerows(["" if v is None else v for v in row] for row in table.rows)
    # Excel opens UTF-8 CSV with Chinese text correctly only with the byte-order mark.
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any) -> Any:
    from decimal import Decimal

    return float(value) if isinstance(value, Decimal) else value


def _xlsx_bytes(tables: Sequence[Table]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(list(table.headers))
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_tables(tables: Sequence[Table], path: Path) -> list[Path]:
    """XLSX: one sheet per table. CSV: one file per table (name-<table>.csv if several)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        atomic_write_bytes(path, _xlsx_bytes(tables))
        return [path]
    if suffix != ".csv":
        raise ValidationError(msg("Export to a file ending in .xlsx or .csv."))
    if len(tables) == 1:
        atomic_write_bytes(path, _csv_bytes(tables[0]))
        return [path]
    written = []
    for table in tables:
        target = path.with_name(f"{path.stem}-{table.name}.csv")
        atomic_write_bytes(target, _csv_bytes(table))
        written.append(target)
    return written
