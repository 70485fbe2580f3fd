"""Starting an inspection: site, form version, two or more inspectors, site representatives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.core.errors import InspectorError
from inspector_app.core.form_loader import bundled_forms_dir, load_form
from inspector_app.core.forms import Form
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors, sites
from inspector_app.services.directory.inspectors import InspectorRow
from inspector_app.services.directory.sites import SiteRow
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.inspection.lifecycle import RepresentativeInput
from inspector_app.ui.common.keyboard_table import KeyboardTable
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.table_model import Column, RowTableModel
from inspector_app.ui.common.tasks import TaskRunner, background_work

Index = QModelIndex | QPersistentModelIndex
LAW_MINIMUM_INSPECTORS = 2


class InspectorChoiceModel(QAbstractListModel):
    """The known inspectors, each with a check box; the local user is checked first."""

    def __init__(self, rows: list[InspectorRow], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._checked = {row.id for row in rows if row.is_self}

    def set_rows(self, rows: list[InspectorRow], checked: set[int]) -> None:
        self.beginResetModel()
        self._rows, self._checked = rows, self._checked | checked
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        return [row.id for row in self._rows if row.id in self._checked]

    def rows(self) -> list[InspectorRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} ({row.badge_no})" if row.badge_no else row.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row_id = self._rows[index.row()].id
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        (self._checked.add if checked else self._checked.discard)(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


@dataclass
class RepresentativeLine:
    name: str = ""
    title: str = ""
    unit: str = ""
    phone: str = ""


def _setter(field: str) -> Any:
    return lambda row, value: setattr(row, field, str(value).strip())


class RepresentativeModel(RowTableModel[RepresentativeLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("RepresentativeModel", "Name"),
                    lambda r: r.name,
                    edit=_setter("name"),
                ),
                Column(
                    QCoreApplication.translate("RepresentativeModel", "Title"),
                    lambda r: r.title,
                    edit=_setter("title"),
                ),
                Column(
                    QCoreApplication.translate("RepresentativeModel", "Unit"),
                    lambda r: r.unit,
                    edit=_setter("unit"),
                ),
                Column(
                    QCoreApplication.translate("RepresentativeModel", "Phone"),
                    lambda r: r.phone,
                    edit=_setter("phone"),
                ),
            ],
            parent,
        )
        self.set_rows([RepresentativeLine()])


def bundled_forms() -> list[Form]:
    """The shipped forms, newest version of each first: a new inspection takes the newest
    unless the inspector chooses an older one."""
    forms = [load_form(path) for path in bundled_forms_dir().glob("*.yaml")]
    return sorted(forms, key=lambda form: (form.id, -form.version))


@dataclass(frozen=True)
class NewInspectionChoices:
    """What the dialog offers, read on the runner before it is built: the sites, the shipped
    forms (files on disk) and the known inspectors. A follow-up keeps the site and form of
    the inspection it follows, so only the inspectors are read for it."""

    inspectors: tuple[InspectorRow, ...]
    sites: tuple[SiteRow, ...] = ()
    forms: tuple[Form, ...] = ()


@background_work
def read_choices(ctx: AppContext, *, follow_up: bool = False) -> NewInspectionChoices:
    """Runs on the runner: the database and the forms folder are read off the GUI thread."""
    people = tuple(inspectors.list_inspectors(ctx))
    if follow_up:
        return NewInspectionChoices(people)
    return NewInspectionChoices(people, tuple(sites.list_sites(ctx)), tuple(bundled_forms()))


class NewInspectionDialog(QDialog):
    """A new inspection of a site, or (with `follow_up_of`) a follow-up of an earlier one.

    It is built from `choices` (see read_choices), never reading the data folder itself.
    Adding a colleague and starting the inspection are written in the runner's write queue;
    the dialog closes (and `inspection_started` is emitted) once the inspection is stored.
    """

    inspection_started = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        choices: NewInspectionChoices,
        lang: str,
        *,
        site_id: int | None = None,
        follow_up_of: int | None = None,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._lang, self._follow_up_of = ctx, lang, follow_up_of
        self._runner = runner or TaskRunner(self)
        self.inspection_id: int | None = None
        self.setWindowTitle(
            self.tr("Follow-up inspection") if follow_up_of else self.tr("New inspection")
        )
        self.inspectors = InspectorChoiceModel(list(choices.inspectors), self)
        self.inspectors.dataChanged.connect(self._check_count)
        self.representatives = RepresentativeModel(self)
        form = QFormLayout(self)
        self._site_and_form(form, choices, site_id)
        form.addRow(self.tr("Inspectors"), self._inspector_box())
        self.count_warning = QLabel()
        self.count_warning.setObjectName("inspector_count_warning")
        self.count_warning.setStyleSheet("color: #b45309;")
        form.addRow(self.count_warning)
        if follow_up_of is None:
            form.addRow(self.tr("Site representatives"), self._representative_box())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self._check_count()
        self.resize(640, 560)

    def _site_and_form(
        self, form: QFormLayout, choices: NewInspectionChoices, site_id: int | None
    ) -> None:
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName(self.tr("Form version"))
        if self._follow_up_of is not None:
            return
        for row in choices.sites:
            self.site_combo.addItem(row.name, row.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(site_id)))
        for choice in choices.forms:
            self.form_combo.addItem(f"{choice.title.get(self._lang)} v{choice.version}", choice)
        form.addRow(self.tr("Site"), self.site_combo)
        form.addRow(self.tr("Form version"), self.form_combo)

    def _inspector_box(self) -> QWidget:
        self.inspector_view = QListView()
        self.inspector_view.setObjectName("inspector_choice")
        self.inspector_view.setAccessibleName(self.tr("Inspectors"))
        self.inspector_view.setModel(self.inspectors)
        self.inspector_view.setMaximumHeight(120)
        self.colleague_name = QLineEdit(placeholderText=self.tr("Colleague's name"))
        self.colleague_name.setObjectName("colleague_name")
        self.colleague_name.setAccessibleName(self.tr("Colleague's name"))
        self.colleague_badge = QLineEdit(placeholderText=self.tr("Badge no."))
        self.colleague_badge.setAccessibleName(self.tr("Colleague's badge no."))
        # The record prints each inspector's unit; a colleague is most often from the same
        # unit, so it starts as the user's own and can be changed.
        self.colleague_unit = QLineEdit(placeholderText=self.tr("Unit"))
        self.colleague_unit.setObjectName("colleague_unit")
        self.colleague_unit.setAccessibleName(self.tr("Colleague's unit"))
        self.colleague_unit.setText(self._own_unit())
        self.add_colleague_button = add = QPushButton(self.tr("Add colleague"))
        add.setObjectName("add_colleague")
        add.clicked.connect(self.add_colleague)
        row = QHBoxLayout()
        for widget in (self.colleague_name, self.colleague_unit, self.colleague_badge, add):
            row.addWidget(widget)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inspector_view)
        layout.addLayout(row)
        return box

    def _representative_box(self) -> QWidget:
        self.representative_view = KeyboardTable()
        self.representative_view.row_wanted.connect(self._add_representative)
        self.representative_view.setObjectName("representatives")
        self.representative_view.setAccessibleName(self.tr("Site representatives"))
        self.representative_view.setModel(self.representatives)
        self.representative_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.representative_view.setMaximumHeight(120)
        add = QPushButton(self.tr("Add representative"))
        add.clicked.connect(self._add_representative)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.representative_view)
        layout.addWidget(add)
        return box

    def _add_representative(self) -> None:
        self.representatives.set_rows([*self.representatives.rows(), RepresentativeLine()])
        self.representative_view.edit_row(self.representatives.rowCount() - 1)

    def _own_unit(self) -> str:
        me = next((row for row in self.inspectors.rows() if row.is_self), None)
        return me.unit if me else ""

    def add_colleague(self) -> None:
        name = self.colleague_name.text().strip()
        if not name:
            return
        ctx, badge, unit = self._ctx, self.colleague_badge.text(), self.colleague_unit.text()
        self.add_colleague_button.setEnabled(False)

        def work() -> tuple[int, list[InspectorRow]]:
            new_id = inspectors.add_inspector(ctx, name, unit, badge_no=badge)
            return new_id, inspectors.list_inspectors(ctx)

        self._runner.run(work, self._colleague_added, self._colleague_refused, write=True)

    def _colleague_added(self, added: tuple[int, list[InspectorRow]]) -> None:
        new_id, rows = added
        self.add_colleague_button.setEnabled(True)
        self.inspectors.set_rows(rows, {new_id})
        self.colleague_name.clear()
        self.colleague_badge.clear()
        self._check_count()

    def _colleague_refused(self, error: BaseException) -> None:
        self.add_colleague_button.setEnabled(True)
        show_error(self, error)

    def _check_count(self) -> None:
        few = len(self.inspectors.checked_ids()) < LAW_MINIMUM_INSPECTORS
        self.count_warning.setText(
            self.tr("The law asks for at least two inspectors on a site inspection.") if few else ""
        )

    def accept(self) -> None:
        """Start the inspection in the write queue; the dialog closes once it is stored."""
        if not self.ok_button.isEnabled():
            return  # already starting: a second Return must not start a second inspection
        if self._follow_up_of is None and self.site_combo.currentData() is None:
            show_error(self, InspectorError(self.tr("Choose a site, or create one first.")))
            return
        work = self._start_work()
        self.ok_button.setEnabled(False)
        self._runner.run(work, self._started, self._refused, write=True)

    def _started(self, inspection_id: int) -> None:
        self.inspection_id = inspection_id
        super().accept()
        self.inspection_started.emit(inspection_id)

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_error(self, error)  # expected ones get a plain message, bugs the crash handler

    def _start_work(self) -> Callable[[], int]:
        """What the write thread runs; everything it needs is read from the widgets here."""
        ctx, chosen, previous = self._ctx, self.inspectors.checked_ids(), self._follow_up_of
        if previous is not None:
            return lambda: inspections.start_follow_up(ctx, previous, chosen)
        reps = [
            RepresentativeInput(r.name, r.title, r.unit, r.phone)
            for r in self.representatives.rows()
            if r.name
        ]
        site_id, form = int(self.site_combo.currentData()), self.form_combo.currentData()
        return lambda: inspections.start_inspection(ctx, site_id, chosen, reps, form=form)
