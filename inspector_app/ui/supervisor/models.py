"""Item models of the supervisor's lists: received inspections, held bundles, trust list."""

from __future__ import annotations

from typing import Any

from inspector_app.services.bundles.held import HeldBundle
from inspector_app.services.inspectors import InspectorRow
from inspector_app.services.supervision.dashboard import SiteCorrections
from inspector_app.services.supervision.received import ReceivedRow
from inspector_app.ui.table_model import Column, RowTableModel


def _score(row: ReceivedRow) -> str:
    return "" if row.score is None else f"{row.score:.1f}"


RECEIVED_COLUMNS: list[Column[ReceivedRow]] = [
    Column("Site", lambda r: r.site_name),
    Column("Date", lambda r: r.started_at.strftime("%Y-%m-%d"), lambda r: r.started_at),
    Column("Inspectors", lambda r: r.inspectors),
    Column("Score", _score, lambda r: r.score or 0.0),
    Column("Verdict", lambda r: r.verdict or ""),
    Column("Findings", lambda r: str(r.findings), lambda r: r.findings),
    Column("Rev.", lambda r: str(r.revision), lambda r: r.revision),
    Column("Origin", lambda r: r.origin),
    Column("Review", lambda r: str(r.review)),
]

HELD_COLUMNS: list[Column[HeldBundle]] = [
    Column("Inspection", lambda h: (h.inspection_uuid or "")[:8]),
    Column("Rev.", lambda h: "" if h.revision is None else str(h.revision)),
    Column("Received from", lambda h: h.received_from),
    Column("Signer fingerprint", lambda h: h.signer_fingerprint or ""),
    Column("Why held", lambda h: h.reason),
]

TRUST_COLUMNS: list[Column[InspectorRow]] = [
    Column("Name", lambda i: i.name),
    Column("Unit", lambda i: i.unit),
    Column("Badge", lambda i: i.badge_no),
    Column("Fingerprint (SHA-256)", lambda i: i.cert_fingerprint or ""),
]

CORRECTION_COLUMNS: list[Column[SiteCorrections]] = [
    Column("Site", lambda s: s.site_name),
    Column("Overdue", lambda s: str(s.overdue), lambda s: s.overdue),
    Column("Open", lambda s: str(s.open), lambda s: s.open),
    Column(
        "Earliest deadline",
        lambda s: s.earliest_deadline.isoformat() if s.earliest_deadline else "",
    ),
]


def received_model(parent: Any = None) -> RowTableModel[ReceivedRow]:
    return RowTableModel(RECEIVED_COLUMNS, parent)


def held_model(parent: Any = None) -> RowTableModel[HeldBundle]:
    return RowTableModel(HELD_COLUMNS, parent)


def trust_model(parent: Any = None) -> RowTableModel[InspectorRow]:
    return RowTableModel(TRUST_COLUMNS, parent)


def corrections_model(parent: Any = None) -> RowTableModel[SiteCorrections]:
    return RowTableModel(CORRECTION_COLUMNS, parent)
