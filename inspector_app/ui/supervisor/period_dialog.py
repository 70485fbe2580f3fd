"""Choosing the months the assessment workbook covers: from one month to another."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from inspector_app.services.supervision.period import Period


def _month_picker(first_of_month: dt.date) -> QDateEdit:
    picker = QDateEdit(QDate(first_of_month.year, first_of_month.month, 1))
    picker.setDisplayFormat("yyyy-MM")
    picker.setCalendarPopup(False)  # a calendar offers days; only the month counts here
    return picker


class PeriodDialog(QDialog):
    """Two month pickers, this year by default; OK is off while the period runs backwards."""

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("supervisor", "Export the assessment workbook")
        )
        year = Period.year_of(today or dt.date.today())
        assert year.first is not None and year.last is not None
        self.first = _month_picker(year.first)
        self.last = _month_picker(year.last)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(
            QLabel(QCoreApplication.translate("supervisor", "Inspections started in the months:"))
        )
        layout.addRow(QCoreApplication.translate("supervisor", "First month"), self.first)
        layout.addRow(QCoreApplication.translate("supervisor", "Last month"), self.last)
        layout.addRow(self.problem)
        layout.addRow(self.buttons)
        self.first.dateChanged.connect(self._check)
        self.last.dateChanged.connect(self._check)
        self._check()

    def _months(self) -> tuple[dt.date, dt.date]:
        first, last = self.first.date(), self.last.date()
        return dt.date(first.year(), first.month(), 1), dt.date(last.year(), last.month(), 1)

    def _check(self) -> None:
        first, last = self._months()
        backwards = first > last
        self.problem.setText(
            QCoreApplication.translate("supervisor", "The first month comes after the last.")
            if backwards
            else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not backwards)

    def period(self) -> Period:
        return Period(*self._months())
