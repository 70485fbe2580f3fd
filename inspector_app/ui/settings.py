"""The user's preferences (QSettings) and the per-data-folder place to reopen at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from inspector_app.ui.language import system_language

LANGUAGES = ("zh_CN", "en")
UI_STATE_FILE = "ui-state.ini"


class Preferences:
    """Typed access to the user's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    def language(self) -> str:
        """The language the user chose, else the one the system asks for."""
        value = str(self.settings.value("language", "") or "")
        return value if value in LANGUAGES else system_language()

    def set_language(self, language: str) -> None:
        self.settings.setValue("language", language)

    def form_language(self) -> str:
        """The language of form content: "zh" or "en"."""
        return "zh" if self.language().startswith("zh") else "en"

    def data_folder(self) -> Path | None:
        value = str(self.settings.value("data_folder", "") or "")
        return Path(value) if value else None

    def set_data_folder(self, folder: Path | None) -> None:
        self.settings.setValue("data_folder", str(folder) if folder else "")

    def report_font(self) -> str:
        return str(self.settings.value("report_font", "") or "")

    def set_report_font(self, path: str) -> None:
        self.settings.setValue("report_font", path)

    def photo_tolerance_hours(self) -> int:
        return int(str(self.settings.value("photo_tolerance_hours", 24) or 24))

    def set_photo_tolerance_hours(self, hours: int) -> None:
        self.settings.setValue("photo_tolerance_hours", int(hours))

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self.settings.value("window/geometry")
        if not isinstance(geometry, QByteArray):
            return False
        window.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return True

    def save_window(self, window: QMainWindow) -> None:
        self.settings.setValue("window/geometry", window.saveGeometry())
        self.settings.setValue("window/state", window.saveState())
        self.settings.sync()


class Bookmark:
    """The inspection last open in one data folder, written at once so a crash keeps it."""

    def __init__(self, data_root: Path) -> None:
        self._settings = QSettings(str(data_root / UI_STATE_FILE), QSettings.Format.IniFormat)

    def inspection_id(self) -> int | None:
        value = self._settings.value("last_inspection")
        return int(str(value)) if value not in (None, "") else None

    def set_inspection_id(self, inspection_id: int | None) -> None:
        self._settings.setValue("last_inspection", "" if inspection_id is None else inspection_id)
        self._settings.sync()
