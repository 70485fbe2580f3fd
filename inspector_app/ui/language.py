"""The UI language: which one when the user has not chosen, and Qt translators for our
strings and Qt's own (standard buttons, file dialogs), switchable while running."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from inspector_app.core.resources import translations_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
# Qt's own strings that the qtbase_zh_CN.qm shipped with PySide6 lacks (Qt 6 gave the file
# dialog's labels mnemonics, and moved the file types to QAbstractFileIconProvider; the
# translation has neither yet). Marked here so lupdate puts them in our .ts files; our
# translator carries them and Qt asks it after its own. tests/ui/test_qt_dialogs_zh.py
# finds new gaps.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
)

# The POSIX locale variables for messages, strongest first.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
NEUTRAL_LOCALES = ("", "c", "posix")


def language_code(locale_name: str) -> str:
    """ "zh_CN.UTF-8", "zh-Hans-CN", "en_US@euro" -> "zh", "zh", "en"; "C.UTF-8" -> "c"."""
    return re.split(r"[_.@-]", locale_name.strip(), maxsplit=1)[0].lower()


def requested_locale(
    environ: Mapping[str, str], platform: str, ui_languages: Sequence[str] = ()
) -> str:
    """The locale the system explicitly asks for, "" when none (unset, C or POSIX).

    Windows: the display languages (`ui_languages`, Qt's uiLanguages()). Elsewhere the
    first set of LC_ALL, LC_MESSAGES, LANG (POSIX precedence), then GNU's LANGUAGE list,
    which gettext reads only under a non-C locale. A macOS app started from the Finder has
    no locale variables: its display languages decide."""
    if platform == "win32":
        chosen = next(iter(ui_languages), "")
    else:
        chosen = next((environ[k] for k in LOCALE_VARIABLES if environ.get(k)), "")
        preferred = environ.get("LANGUAGE", "").split(":")[0]
        if language_code(chosen) not in NEUTRAL_LOCALES and preferred:
            chosen = preferred
        elif language_code(chosen) in NEUTRAL_LOCALES and platform == "darwin":
            chosen = next(iter(ui_languages), "")
    return "" if language_code(chosen) in NEUTRAL_LOCALES else chosen


def locale_language(
    environ: Mapping[str, str], platform: str, ui_languages: Sequence[str] = ()
) -> str:
    """The interface language when the user has not chosen one: Chinese unless the system
    explicitly asks for another language. A C/POSIX or unset locale means Chinese (the
    app's users are Chinese; Qt would read C as English)."""
    requested = requested_locale(environ, platform, ui_languages)
    return "en" if requested and language_code(requested) != "zh" else "zh_CN"


def _ui_languages() -> list[str]:
    # Qt derives them from the locale variables on Linux, which read C as English.
    return QLocale.system().uiLanguages() if sys.platform in ("win32", "darwin") else []


def system_language() -> str:
    """The interface language the system asks for (see locale_language)."""
    return locale_language(os.environ, sys.platform, _ui_languages())


def native_dialogs_speak(language: str) -> bool:
    """Whether the platform's own file dialogs (GTK's, Windows') come out in `language`:
    they follow the system locale, and a C locale gives English ones."""
    requested = requested_locale(os.environ, sys.platform, _ui_languages())
    return language_code(requested or "en") == language_code(language)


def _qt_translation_folders() -> list[str]:
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    # A frozen build may not point QLibraryInfo at the bundled copy.
    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    return folders


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Our strings and Qt's own (buttons in standard dialogs) in `language`, replacing the
    ones installed before; Qt then sends every widget a LanguageChange event. Qt asks the
    last installed first: Qt's own, then ours (which fills gaps in Qt's, see QT_GAPS)."""
    remove_translators(app)
    sources = [(f"inspector_{language}", [str(translations_dir())])]
    sources.append((f"qtbase_{language}", _qt_translation_folders()))
    for name, folders in sources:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
            continue
        translator.deleteLater()
        if language != "en":  # English is the source: Qt has no qtbase_en
            log.warning("translation %s not found in %s", name, folders)
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QGuiApplication):  # the platform adds it to every window title
        app.setApplicationDisplayName(QCoreApplication.translate("app", "Site inspection"))
    # The platform's file dialogs would speak the system's language, not the chosen one.
    app.setAttribute(
        Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native_dialogs_speak(language)
    )
    return list(_installed)


def installed_translators() -> list[QTranslator]:
    """The translators installed now: ours first, then Qt's own."""
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (English)."""
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
