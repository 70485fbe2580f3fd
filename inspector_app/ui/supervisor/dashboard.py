"""The dashboard: compliance per rule (chart), open corrections, arrears, inspections per month.

The figures are read in the workspace's TaskRunner and drawn when they come back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.forms import Text
from inspector_app.services.context import AppContext
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.figures import RuleCompliance
from inspector_app.services.supervision.lookups import rule_titles
from inspector_app.services.supervision.received import ReceivedFilter
from inspector_app.ui.common.table_model import RowTableModel
from inspector_app.ui.common.tasks import LatestRequest, TaskRunner
from inspector_app.ui.supervisor.models import corrections_model
from inspector_app.ui.supervisor.orders import open_orders
from inspector_app.ui.supervisor.words import rule_label


def _money(amount: object) -> str:
    return f"¥{amount:,}"


@dataclass(frozen=True)
class Figures:
    """Everything the dashboard shows, read in one background job."""

    rules: list[RuleCompliance]
    corrections: list[dashboard.SiteCorrections]
    arrears: dashboard.ArrearsTotals
    months: list[dashboard.MonthCount]
    titles: dict[str, Text]


def read_figures(ctx: AppContext) -> Figures:
    return Figures(
        dashboard.rule_compliance(ctx),
        dashboard.open_corrections(ctx),
        dashboard.arrears_totals(ctx),
        dashboard.inspections_per_month(ctx)[-12:],
        rule_titles(ctx),
    )


class DashboardPage(QWidget):
    """Figures over received inspections; clicking one asks for the inspections behind it."""

    figure_opened = Signal(object)  # ReceivedFilter

    refreshed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        lang: str = "zh",
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self.runner = runner or TaskRunner(self)
        self.loading = QLabel(QCoreApplication.translate("supervisor", "Loading…"))
        self.loading.setVisible(False)
        self._request = LatestRequest(self.runner, self.loading.setVisible)
        self.rule_ids: list[str] = []
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.corrections = corrections_model(self)
        self.corrections_view = QTableView()
        self.corrections_view.setModel(self.corrections)
        self.corrections_view.verticalHeader().hide()
        header = self.corrections_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Sized by the rows in sight: a big office has thousands of sites, and Qt measures
        # each cell through the model, on the GUI thread, at every change.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.corrections_view.doubleClicked.connect(self._open_site)
        self.corrections_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.order_button = QPushButton(
            QCoreApplication.translate("supervisor", "Open the order to correct")
        )
        self.order_button.setToolTip(
            QCoreApplication.translate(
                "supervisor",
                "Open the signed orders to correct of the selected site's latest inspection.",
            )
        )
        self.order_button.clicked.connect(self.open_selected_orders)
        self.arrears_label = QLabel()
        self.arrears_label.setWordWrap(True)
        arrears_button = QPushButton(
            QCoreApplication.translate("supervisor", "Show inspections with arrears")
        )
        arrears_button.clicked.connect(lambda: self.figure_opened.emit(dashboard.behind_arrears()))
        self.months_chart = QChartView()
        self.months_chart.setMinimumHeight(200)
        self.months: list[dashboard.MonthCount] = []
        self._lay_out(arrears_button)

    def _lay_out(self, arrears_button: QPushButton) -> None:
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "supervisor",
                    "Compliance per rule across sites, % of items compliant (click a bar)",
                )
            ),
            1,
        )
        heading.addWidget(self.loading)
        layout.addLayout(heading)
        layout.addWidget(self.chart_view)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "supervisor", "Sites with open corrections, overdue first (double-click)"
                )
            )
        )
        left.addWidget(self.corrections_view)
        left.addWidget(self.order_button)
        row.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(QCoreApplication.translate("supervisor", "Wage arrears")))
        right.addWidget(self.arrears_label)
        right.addWidget(arrears_button)
        right.addWidget(
            QLabel(QCoreApplication.translate("supervisor", "Inspections per month (click a bar)"))
        )
        right.addWidget(self.months_chart)
        row.addLayout(right, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        """Ask for the figures again; they are drawn when they come back."""
        ctx = self.ctx
        self._request.run(lambda: read_figures(ctx), self.show_figures)

    def show_figures(self, figures: Figures) -> None:
        rules = figures.rules
        self.rule_ids = [r.rule_id for r in rules]
        self.chart_view.setChart(self._rule_chart(rules, figures.titles))
        self.corrections.set_rows(figures.corrections)
        totals = figures.arrears
        self.arrears_label.setText(
            QCoreApplication.translate(
                "supervisor",
                "%1 cases, %2 workers affected, %3 owed\n%4 cases not resolved on site (%5)",
            )
            .replace("%1", str(totals.cases))
            .replace("%2", str(totals.workers_affected))
            .replace("%3", _money(totals.amount_owed))
            .replace("%4", str(totals.unresolved_cases))
            .replace("%5", _money(totals.unresolved_amount))
        )
        self.months = figures.months
        # Each chart is its own turn of the event loop: built together they held it for
        # tens of milliseconds on a loaded machine.
        QTimer.singleShot(0, self, self._show_months)

    def _show_months(self) -> None:
        self.months_chart.setChart(self._months_chart())
        self.refreshed.emit()

    def _rule_chart(self, rules: list[RuleCompliance], rule_texts: dict[str, Text]) -> QChart:
        bars = QBarSet(QCoreApplication.translate("supervisor", "compliant items, %"))
        # Horizontal bars run bottom-up: reversed, R1 is on top as in the form.
        for rule in reversed(rules):
            bars.append(0.0 if rule.rate is None else round(rule.rate * 100, 1))
        last = len(rules) - 1
        bars.clicked.connect(lambda bar: self.open_rule(last - bar))
        titles = {key: text.get(self.lang) for key, text in rule_texts.items()}
        labels = [rule_label(rule_id, titles) for rule_id in reversed(self.rule_ids)]
        # Horizontal bars: the rules' titles are long and read best as a column on the left.
        chart = self._bar_chart(bars, labels, 100.0, QHorizontalBarSeries())
        chart.setToolTip(
            QCoreApplication.translate(
                "supervisor", "Click a bar to list the inspections with findings in that rule."
            )
        )
        return chart

    def _months_chart(self) -> QChart:
        bars = QBarSet(QCoreApplication.translate("supervisor", "inspections"))
        for month in self.months:
            bars.append(month.inspections)
        bars.clicked.connect(self.open_month)
        top = float(max((m.inspections for m in self.months), default=1))
        return self._bar_chart(bars, [m.month for m in self.months], top)

    @staticmethod
    def _bar_chart(
        bars: QBarSet, categories: list[str], top: float, series: QAbstractBarSeries | None = None
    ) -> QChart:
        series = series or QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart = QChart()
        chart.addSeries(series)
        axis_categories = QBarCategoryAxis()
        axis_categories.append(categories)
        axis_values = QValueAxis()
        axis_values.setRange(0, max(top, 1.0))
        axis_values.setLabelFormat("%d")
        if top <= 10:  # small counts: one tick per whole number, none repeated by rounding
            axis_values.setTickCount(int(max(top, 1.0)) + 1)
        # The rules' titles are the point of the chart: room for them, not "…".
        axis_categories.setTruncateLabels(False)
        horizontal = isinstance(series, QHorizontalBarSeries)
        bottom, left = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        chart.addAxis(axis_categories, left if horizontal else bottom)
        chart.addAxis(axis_values, bottom if horizontal else left)
        series.attachAxis(axis_categories)
        series.attachAxis(axis_values)
        chart.legend().setVisible(False)
        return chart

    def open_rule(self, index: int) -> None:
        if 0 <= index < len(self.rule_ids):
            self.figure_opened.emit(dashboard.behind_rule(self.rule_ids[index]))

    def open_month(self, index: int) -> None:
        if 0 <= index < len(self.months):
            self.figure_opened.emit(dashboard.behind_month(self.months[index]))

    def open_selected_orders(self) -> int:
        """Open the orders behind the selected (else the first, most overdue) site."""
        model = self.corrections
        assert isinstance(model, RowTableModel)
        rows = self.corrections_view.selectionModel().selectedRows()
        if not rows and model.rowCount() == 0:
            return 0
        site = model.row_at(rows[0].row() if rows else 0)
        return open_orders(self, self.ctx, self.runner, site.inspection_id)

    def _open_site(self, index: QModelIndex) -> None:
        model = self.corrections
        assert isinstance(model, RowTableModel)
        site = model.row_at(index.row())
        self.figure_opened.emit(ReceivedFilter(site_id=site.site_id))
