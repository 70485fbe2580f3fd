"""Item models of the site list and of a site's inspection history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from inspector_app.core.statuses import InspectionStatus
from inspector_app.ui.common.table_model import Column, RowTableModel

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after the window is up
    from inspector_app.services.directory.sites import SiteRow
    from inspector_app.services.inspection.lifecycle import InspectionRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("site_models", text)


def _date(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment else ""


def status_text(status: InspectionStatus | str) -> str:
    names: dict[str, str] = {
        InspectionStatus.DRAFT: _tr("draft"),
        InspectionStatus.COMPLETE: _tr("complete"),
        InspectionStatus.SIGNED: _tr("signed"),
        InspectionStatus.EXPORTED: _tr("exported"),
    }
    return names.get(status, status)  # a stored text finds its member: same value and hash


class SiteListModel(RowTableModel["SiteRow"]):
    """All sites, one row each; searched and sorted through a proxy model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.columns(), parent)

    @staticmethod
    def columns() -> list[Column[SiteRow]]:
        """The columns in the current language."""
        return [
            Column(_tr("Project"), lambda s: s.name),
            Column(_tr("Address"), lambda s: s.address),
            Column(_tr("General contractor"), lambda s: s.contractor),
            Column(_tr("Permit no."), lambda s: s.permit_no),
            Column(_tr("Inspections"), lambda s: str(s.inspections), lambda s: s.inspections),
            Column(_tr("Last inspected"), lambda s: _date(s.last_inspected)),
        ]

    def row_of_site(self, site_id: int) -> int | None:
        for row, site in enumerate(self.rows()):
            if site.id == site_id:
                return row
        return None


def _score(row: InspectionRow) -> str:
    return "" if row.score is None else f"{row.score:.1f}"


class InspectionHistoryModel(RowTableModel["InspectionRow"]):
    """The inspections of one site, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.columns(), parent)

    @staticmethod
    def columns() -> list[Column[InspectionRow]]:
        """The columns in the current language."""
        return [
            Column(_tr("Started"), lambda r: r.started_at.strftime("%Y-%m-%d %H:%M")),
            Column(_tr("Revision"), lambda r: str(r.revision)),
            Column(_tr("Status"), lambda r: status_text(r.status)),
            Column(_tr("Score"), _score, lambda r: r.score or 0.0),
        ]
