"""The UI language: Qt translators for our strings and Qt's own, switchable while running."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_app.core.resources import translations_dir

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Our strings and Qt's own (buttons in standard dialogs) in `language`, replacing the
    ones installed before; Qt then sends every widget a LanguageChange event."""
    remove_translators(app)
    sources = [
        (f"inspector_{language}", str(translations_dir())),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (English)."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
