"""The dashboard: compliance per rule (chart), open corrections, arrears, inspections per month."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from inspector_app.services.context import AppContext
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.received import ReceivedFilter
from inspector_app.ui.supervisor.models import corrections_model
from inspector_app.ui.table_model import RowTableModel


class DashboardPage(QWidget):
    """Figures over received inspections; clicking one asks for the inspections behind it."""

    figure_opened = Signal(object)  # ReceivedFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule_ids: list[str] = []
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.corrections = corrections_model(self)
        self.corrections_view = QTableView()
        self.corrections_view.setModel(self.corrections)
        self.corrections_view.doubleClicked.connect(self._open_site)
        self.arrears_label = QLabel()
        arrears_button = QPushButton("Show inspections with arrears")
        arrears_button.clicked.connect(lambda: self.figure_opened.emit(dashboard.behind_arrears()))
        self.months_chart = QChartView()
        self.months_chart.setMinimumHeight(200)
        self.months: list[dashboard.MonthCount] = []
        self._lay_out(arrears_button)

    def _lay_out(self, arrears_button: QPushButton) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Compliance per rule across sites (click a bar)"))
        layout.addWidget(self.chart_view)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel("Sites with open corrections, overdue first (double-click)"))
        left.addWidget(self.corrections_view)
        row.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel("Wage arrears"))
        right.addWidget(self.arrears_label)
        right.addWidget(arrears_button)
        right.addWidget(QLabel("Inspections per month (click a bar)"))
        right.addWidget(self.months_chart)
        row.addLayout(right, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        rules = dashboard.rule_compliance(self.ctx)
        self.rule_ids = [r.rule_id for r in rules]
        self.chart_view.setChart(self._rule_chart(rules))
        self.corrections.set_rows(dashboard.open_corrections(self.ctx))
        totals = dashboard.arrears_totals(self.ctx)
        self.arrears_label.setText(
            f"{totals.cases} cases, {totals.workers_affected} workers affected, "
            f"¥{totals.amount_owed:,} owed\n{totals.unresolved_cases} cases not resolved "
            f"on site (¥{totals.unresolved_amount:,})"
        )
        self.months = dashboard.inspections_per_month(self.ctx)[-12:]
        self.months_chart.setChart(self._months_chart())

    def _rule_chart(self, rules: list[dashboard.RuleCompliance]) -> QChart:
        bars = QBarSet("compliant items, %")
        for rule in rules:
            bars.append(0.0 if rule.rate is None else round(rule.rate * 100, 1))
        bars.clicked.connect(self.open_rule)
        return self._bar_chart(bars, self.rule_ids, 100.0)

    def _months_chart(self) -> QChart:
        bars = QBarSet("inspections")
        for month in self.months:
            bars.append(month.inspections)
        bars.clicked.connect(self.open_month)
        top = float(max((m.inspections for m in self.months), default=1))
        return self._bar_chart(bars, [m.month for m in self.months], top)

    @staticmethod
    def _bar_chart(bars: QBarSet, categories: list[str], top: float) -> QChart:
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(top, 1.0))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        return chart

    def open_rule(self, index: int) -> None:
        if 0 <= index < len(self.rule_ids):
            self.figure_opened.emit(dashboard.behind_rule(self.rule_ids[index]))

    def open_month(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.figure_opened.emit(dashboard.behind_month(self.months[index]))

    def _open_site(self, index: QModelIndex) -> None:
        model = self.corrections
        assert isinstance(model, RowTableModel)
        site = model.row_at(index.row())
        self.figure_opened.emit(ReceivedFilter(site_id=site.site_id))
