"""Item models of the site list and of a site's inspection history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from inspector_app.core.statuses import InspectionStatus
from inspector_app.ui.common.table_model import Column, RowTableModel

if TYPE_CHECKING:  # the services (and SQLAlchemy) load after the window is up
    from inspector_app.services.directory.sites import SiteRow
    from inspector_app.services.inspection.listing import InspectionRow


def _date(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d") if moment else ""


def status_text(status: InspectionStatus) -> str:
    names = {
        InspectionStatus.DRAFT: QCoreApplication.translate("site_models", "draft"),
        InspectionStatus.COMPLETE: QCoreApplication.translate("site_models", "complete"),
        InspectionStatus.SIGNED: QCoreApplication.translate("site_models", "signed"),
        InspectionStatus.EXPORTED: QCoreApplication.translate("site_models", "exported"),
    }
    return names[status]


class SiteListModel(RowTableModel["SiteRow"]):
    """All sites, one row each; searched and sorted through a proxy model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.columns(), parent)

    @staticmethod
    def columns() -> list[Column[SiteRow]]:
        """The columns in the current language."""
        return [
            Column(QCoreApplication.translate("site_models", "Project"), lambda s: s.name),
            Column(QCoreApplication.translate("site_models", "Address"), lambda s: s.address),
            Column(
                QCoreApplication.translate("site_models", "General contractor"),
                lambda s: s.contractor,
            ),
            Column(QCoreApplication.translate("site_models", "Permit no."), lambda s: s.permit_no),
            Column(
                QCoreApplication.translate("site_models", "Inspections"),
                lambda s: str(s.inspections),
                lambda s: s.inspections,
            ),
            Column(
                QCoreApplication.translate("site_models", "Last inspected"),
                lambda s: _date(s.last_inspected),
            ),
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
            Column(
                QCoreApplication.translate("site_models", "Started"),
                lambda r: r.started_at.strftime("%Y-%m-%d %H:%M"),
            ),
            Column(
                QCoreApplication.translate("site_models", "Revision"), lambda r: str(r.revision)
            ),
            Column(
                QCoreApplication.translate("site_models", "Status"), lambda r: status_text(r.status)
            ),
            Column(
                QCoreApplication.translate("site_models", "Score"), _score, lambda r: r.score or 0.0
            ),
        ]
