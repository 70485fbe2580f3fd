"""Item models of the supervisor's lists: received inspections, held bundles, trust list."""

from __future__ import annotations

from collections.abc import Mapping, Set
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from inspector_app.services.directory.inspectors import InspectorRow
from inspector_app.services.supervision.dashboard import SiteCorrections
from inspector_app.services.supervision.received import ReceivedRow
from inspector_app.services.sync.held import HeldBundle
from inspector_app.ui.common.messages import service_text
from inspector_app.ui.common.table_model import Column, RowTableModel
from inspector_app.ui.supervisor.words import day, origin_text, review_text, verdict_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervisor", text)


def _score(row: ReceivedRow) -> str:
    return "" if row.score is None else f"{row.score:.1f}"


def received_columns(
    flagged: Mapping[int, int] | None = None, form_differs: Set[int] | None = None
) -> list[Column[ReceivedRow]]:
    """The received list; `flagged` (inspection id -> photos with integrity flags) and
    `form_differs` (inspections whose form is not the published one) are read when a row
    is shown, so the page can refill them in place."""
    counts: Mapping[int, int] = flagged if flagged is not None else {}
    differing: Set[int] = form_differs if form_differs is not None else set()

    def form_text(row: ReceivedRow) -> str:
        return _tr("⚠ differs from published") if row.id in differing else ""

    def flagged_text(row: ReceivedRow) -> str:
        count = counts.get(row.id, 0)
        return f"⚠ {count}" if count else ""

    return [
        Column(_tr("Site"), lambda r: r.site_name),
        Column(_tr("Date"), lambda r: day(r.started_at), lambda r: r.started_at),
        Column(_tr("Inspectors"), lambda r: r.inspectors),
        Column(_tr("Score"), _score, lambda r: r.score or 0.0),
        Column(_tr("Verdict"), lambda r: verdict_text(r.verdict)),
        Column(_tr("Findings"), lambda r: str(r.findings), lambda r: r.findings),
        Column(_tr("Flagged photos"), flagged_text, lambda r: counts.get(r.id, 0)),
        Column(_tr("Rev."), lambda r: str(r.revision), lambda r: r.revision),
        Column(_tr("Origin"), lambda r: origin_text(r.origin)),
        Column(_tr("Review"), lambda r: review_text(r.review)),
        Column(_tr("Form"), form_text),
    ]


def held_columns() -> list[Column[HeldBundle]]:
    # Whom, where and when, as the supervisor knows them; the fingerprint is in "why held".
    return [
        Column(_tr("Signer and unit"), lambda h: h.signer),
        Column(_tr("Project"), lambda h: h.project),
        Column(_tr("Date"), lambda h: day(h.inspected_on), lambda h: h.inspected_on),
        Column(_tr("Rev."), lambda h: "" if h.revision is None else str(h.revision)),
        Column(_tr("Received from"), lambda h: Path(h.received_from).name),
        Column(_tr("Why held"), lambda h: service_text(h.reason)),
    ]


def trust_columns() -> list[Column[InspectorRow]]:
    return [
        Column(_tr("Name"), lambda i: i.name),
        Column(_tr("Unit"), lambda i: i.unit),
        Column(_tr("Badge no."), lambda i: i.badge_no),
        Column(_tr("Fingerprint (SHA-256)"), lambda i: i.cert_fingerprint or ""),
    ]


def correction_columns() -> list[Column[SiteCorrections]]:
    return [
        Column(_tr("Site"), lambda s: s.site_name),
        Column(_tr("Overdue"), lambda s: str(s.overdue), lambda s: s.overdue),
        Column(_tr("Open"), lambda s: str(s.open), lambda s: s.open),
        Column(_tr("Earliest deadline"), lambda s: day(s.earliest_deadline)),
    ]


def received_model(
    parent: Any = None,
    flagged: Mapping[int, int] | None = None,
    form_differs: Set[int] | None = None,
) -> RowTableModel[ReceivedRow]:
    return RowTableModel(received_columns(flagged, form_differs), parent)


def held_model(parent: Any = None) -> RowTableModel[HeldBundle]:
    return RowTableModel(held_columns(), parent)


def trust_model(parent: Any = None) -> RowTableModel[InspectorRow]:
    return RowTableModel(trust_columns(), parent)


def corrections_model(parent: Any = None) -> RowTableModel[SiteCorrections]:
    return RowTableModel(correction_columns(), parent)
