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
        return (
            QCoreApplication.translate("supervisor", "⚠ differs from published")
            if row.id in differing
            else ""
        )

    def flagged_text(row: ReceivedRow) -> str:
        count = counts.get(row.id, 0)
        return f"⚠ {count}" if count else ""

    return [
        Column(QCoreApplication.translate("supervisor", "Site"), lambda r: r.site_name),
        Column(
            QCoreApplication.translate("supervisor", "Date"),
            lambda r: day(r.started_at),
            lambda r: r.started_at,
        ),
        Column(QCoreApplication.translate("supervisor", "Inspectors"), lambda r: r.inspectors),
        Column(QCoreApplication.translate("supervisor", "Score"), _score, lambda r: r.score or 0.0),
        Column(
            QCoreApplication.translate("supervisor", "Verdict"), lambda r: verdict_text(r.verdict)
        ),
        Column(
            QCoreApplication.translate("supervisor", "Findings"),
            lambda r: str(r.findings),
            lambda r: r.findings,
        ),
        Column(
            QCoreApplication.translate("supervisor", "Flagged photos"),
            flagged_text,
            lambda r: counts.get(r.id, 0),
        ),
        Column(
            QCoreApplication.translate("supervisor", "Rev."),
            lambda r: str(r.revision),
            lambda r: r.revision,
        ),
        Column(QCoreApplication.translate("supervisor", "Origin"), lambda r: origin_text(r.origin)),
        Column(QCoreApplication.translate("supervisor", "Review"), lambda r: review_text(r.review)),
        Column(QCoreApplication.translate("supervisor", "Form"), form_text),
    ]


def held_columns() -> list[Column[HeldBundle]]:
    # Whom, where and when, as the supervisor knows them; the fingerprint is in "why held".
    return [
        Column(QCoreApplication.translate("supervisor", "Signer and unit"), lambda h: h.signer),
        Column(QCoreApplication.translate("supervisor", "Project"), lambda h: h.project),
        Column(
            QCoreApplication.translate("supervisor", "Date"),
            lambda h: day(h.inspected_on),
            lambda h: h.inspected_on,
        ),
        Column(
            QCoreApplication.translate("supervisor", "Rev."),
            lambda h: "" if h.revision is None else str(h.revision),
        ),
        Column(
            QCoreApplication.translate("supervisor", "Received from"),
            lambda h: Path(h.received_from).name,
        ),
        Column(
            QCoreApplication.translate("supervisor", "Why held"), lambda h: service_text(h.reason)
        ),
    ]


def trust_columns() -> list[Column[InspectorRow]]:
    return [
        Column(QCoreApplication.translate("supervisor", "Name"), lambda i: i.name),
        Column(QCoreApplication.translate("supervisor", "Unit"), lambda i: i.unit),
        Column(QCoreApplication.translate("supervisor", "Badge no."), lambda i: i.badge_no),
        Column(
            QCoreApplication.translate("supervisor", "Fingerprint (SHA-256)"),
            lambda i: i.cert_fingerprint or "",
        ),
    ]


def correction_columns() -> list[Column[SiteCorrections]]:
    return [
        Column(QCoreApplication.translate("supervisor", "Site"), lambda s: s.site_name),
        Column(
            QCoreApplication.translate("supervisor", "Overdue"),
            lambda s: str(s.overdue),
            lambda s: s.overdue,
        ),
        Column(
            QCoreApplication.translate("supervisor", "Open"),
            lambda s: str(s.open),
            lambda s: s.open,
        ),
        Column(
            QCoreApplication.translate("supervisor", "Earliest deadline"),
            lambda s: day(s.earliest_deadline),
        ),
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
