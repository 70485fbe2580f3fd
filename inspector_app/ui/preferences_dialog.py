"""Preferences: data folder, language, the inspector's identity and record numbering,
report font, photo tolerance."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors
from inspector_app.services.directory.inspectors import InspectorRow
from inspector_app.services.inspection import numbering
from inspector_app.services.inspection.numbering import NumberingSettings
from inspector_app.ui.common.messages import show_error
from inspector_app.ui.common.tasks import TaskRunner, background_work
from inspector_app.ui.settings import Preferences


def _with_browse(edit: QLineEdit, browse: object, text: str) -> QWidget:
    button = QPushButton(text)
    button.clicked.connect(browse)
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(edit, 1)
    box.addWidget(button)
    return row


@dataclass(frozen=True)
class PreferenceValues:
    """What the dialog shows from the data folder, read on the runner before it is built."""

    me: InspectorRow | None
    # Numbering is a setting of the data folder (the command line signs with it too).
    numbers: NumberingSettings


@background_work
def read_values(ctx: AppContext) -> PreferenceValues:
    return PreferenceValues(inspectors.self_inspector(ctx), numbering.numbering_settings(ctx))


class PreferencesDialog(QDialog):
    """Changes are applied on OK (the identity is written in the background first);
    a new language applies at once, a new data folder on the next start."""

    language_changed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        values: PreferenceValues,
        preferences: Preferences,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._preferences = ctx, preferences
        self._runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("Preferences"))
        me, numbers = values.me, values.numbers
        self.name = QLineEdit(me.name if me else "")
        self.unit = QLineEdit(me.unit if me else "")
        self.badge = QLineEdit(me.badge_no if me else "")
        self.unit_short = QLineEdit(numbers.unit_short)
        self.unit_short.setPlaceholderText(self.tr("The unit's full name"))
        self.number_pattern = QLineEdit(numbers.pattern)
        self.number_pattern.setCursorPosition(0)  # the start of a long pattern says most
        self.number_pattern.setToolTip(
            self.tr("Fields: {unit_short}, {year}, {seq:03d} (the number within the year)")
        )
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language())))
        self.folder = QLineEdit(str(preferences.data_folder() or ctx.data_dir.root))
        self.report_font = QLineEdit(preferences.report_font())
        self.report_font.setPlaceholderText(
            self.tr("Found automatically (WenQuanYi, YaHei, SimSun)")
        )
        self.tolerance = QSpinBox(minimum=1, maximum=24 * 30, suffix=self.tr(" h"))
        self.tolerance.setValue(preferences.photo_tolerance_hours())
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout(self)
        rows = (
            (self.tr("Your name"), self.name),
            (self.tr("Unit"), self.unit),
            (self.tr("Badge no."), self.badge),
            (self.tr("Unit's short name"), self.unit_short),
            (self.tr("Record number pattern"), self.number_pattern),
            (self.tr("Language"), self.language),
            (
                self.tr("Data folder"),
                _with_browse(self.folder, self._browse_folder, self.tr("Choose…")),
            ),
            (
                self.tr("Report font (TrueType)"),
                _with_browse(self.report_font, self._browse_font, self.tr("Choose…")),
            ),
            (self.tr("Photo time tolerance"), self.tolerance),
        )
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(QLabel(self.tr("A new data folder takes effect when the app starts again.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _browse_font(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Report font"), "", "TrueType (*.ttf *.ttc)"
        )
        if name:
            self.report_font.setText(name)

    def accept(self) -> None:
        """Write the identity and numbering in the write queue; the settings follow once
        they are stored. A bad number pattern is refused here, before anything is written."""
        if not self.ok_button.isEnabled():
            return
        name, unit, badge = self.name.text(), self.unit.text(), self.badge.text()
        pattern, short = self.number_pattern.text(), self.unit_short.text()
        try:
            numbering.validate_pattern(pattern.strip() or numbering.DEFAULT_PATTERNS["record"])
        except ValidationError as error:
            show_error(self, error)
            return
        self.ok_button.setEnabled(False)
        ctx = self._ctx

        def work() -> None:
            if name.strip():
                inspectors.update_self(ctx, name, unit, badge)
            numbering.set_numbering(ctx, pattern, short)

        self._runner.run(work, lambda _result: self._apply(), self._refused, write=True)

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        show_error(self, error)  # expected ones get a plain message, bugs the crash handler

    def _apply(self) -> None:
        prefs = self._preferences
        language = str(self.language.currentData())
        changed = language != prefs.language()
        prefs.set_language(language)
        folder = self.folder.text().strip()
        if folder and folder != str(self._ctx.data_dir.root):
            prefs.set_data_folder(Path(folder))
        prefs.set_report_font(self.report_font.text().strip())
        prefs.set_photo_tolerance_hours(self.tolerance.value())
        super().accept()
        if changed:
            self.language_changed.emit(language)
