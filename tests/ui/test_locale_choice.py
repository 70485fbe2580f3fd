"""Which interface language without a choice by the user: Chinese unless the system locale
explicitly asks for another language; the user's choice and --language win."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from inspector_app.ui import language
from inspector_app.ui.app import set_up_language
from inspector_app.ui.language import locale_language, remove_translators
from inspector_app.ui.settings import Preferences

LINUX_CASES = [
    ({}, "zh_CN"),
    ({"LANG": ""}, "zh_CN"),
    ({"LANG": "C"}, "zh_CN"),
    ({"LANG": "POSIX"}, "zh_CN"),
    ({"LANG": "C.UTF-8"}, "zh_CN"),
    ({"LANG": "C.utf8"}, "zh_CN"),
    ({"LC_ALL": "C"}, "zh_CN"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_CN.GB18030"}, "zh_CN"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_GB"}, "en"),
    ({"LANG": "de_DE@euro"}, "en"),
    ({"LANG": "fr"}, "en"),
    # POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG.
    ({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "zh_CN"),
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"}, "en"),
    ({"LC_MESSAGES": "C", "LANG": "en_US.UTF-8"}, "zh_CN"),
    # Only the message variables count, not the formats.
    ({"LC_TIME": "en_US.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"}, "zh_CN"),
    # GNU's LANGUAGE list counts under a real locale, and not under C.
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
    ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_US:zh"}, "en"),
    ({"LANG": "C", "LANGUAGE": "en_US"}, "zh_CN"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": ""}, "en"),
]

DISPLAY_LANGUAGE_CASES = [
    ("win32", {}, ["zh-Hans-CN", "en-US"], "zh_CN"),
    ("win32", {}, ["zh-CN"], "zh_CN"),
    ("win32", {}, ["en-US", "zh-Hans-CN"], "en"),
    ("win32", {}, ["de-DE"], "en"),
    ("win32", {}, [], "zh_CN"),
    # Windows' own display language, not a shell's LANG (Git Bash sets one).
    ("win32", {"LANG": "en_US.UTF-8"}, ["zh-Hans-CN"], "zh_CN"),
    ("darwin", {}, ["zh-Hans-CN"], "zh_CN"),
    ("darwin", {}, ["en-GB"], "en"),
    ("darwin", {}, [], "zh_CN"),
    ("darwin", {"LANG": "C"}, ["en-US"], "en"),
    ("darwin", {"LANG": "zh_CN.UTF-8"}, ["en-US"], "zh_CN"),
    # Linux: Qt's display languages come from the variables and read C as English.
    ("linux", {"LANG": "C"}, ["en-US"], "zh_CN"),
]


@pytest.mark.parametrize(("environ", "expected"), LINUX_CASES)
def test_locale_variables_decide_on_linux(environ: dict[str, str], expected: str) -> None:
    assert locale_language(environ, "linux") == expected


@pytest.mark.parametrize(
    ("platform", "environ", "ui_languages", "expected"), DISPLAY_LANGUAGE_CASES
)
def test_display_languages_decide_on_windows_and_mac(
    platform: str, environ: dict[str, str], ui_languages: list[str], expected: str
) -> None:
    assert locale_language(environ, platform, ui_languages) == expected


@pytest.fixture
def clean_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    return monkeypatch


@pytest.fixture
def no_choice(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_translators(qapp)


def test_a_saved_choice_wins_over_the_locale(
    clean_locale: pytest.MonkeyPatch, no_choice: Preferences
) -> None:
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    no_choice.set_language("en")
    assert no_choice.language() == "en"
    clean_locale.setenv("LANG", "en_US.UTF-8")
    no_choice.set_language("zh_CN")
    assert no_choice.language() == "zh_CN"
    assert no_choice.form_language() == "zh"


def test_an_unknown_saved_value_falls_back_to_the_locale(
    clean_locale: pytest.MonkeyPatch, no_choice: Preferences
) -> None:
    no_choice.settings.setValue("language", "klingon")
    clean_locale.setenv("LANG", "en_US.UTF-8")
    assert no_choice.language() == "en"
    clean_locale.setenv("LANG", "C")
    assert no_choice.language() == "zh_CN"


def _chinese_installed() -> bool:
    ok = QCoreApplication.translate("QPlatformTheme", "OK")
    frame = QCoreApplication.translate("MainWindow", "Preview report")
    return ok == "确定" and frame == "预览报告"


def test_start_up_under_lang_c_without_a_choice_installs_chinese(
    clean_locale: pytest.MonkeyPatch, no_choice: Preferences, english_afterwards: QApplication
) -> None:
    clean_locale.setenv("LANG", "C")
    assert set_up_language(english_afterwards, None, no_choice) == "zh_CN"
    names = sorted(Path(t.filePath()).name for t in language._installed)
    assert names == ["inspector_zh_CN.qm", "qtbase_zh_CN.qm"]
    assert _chinese_installed()
    assert english_afterwards.applicationDisplayName() == "现场检查"
    assert no_choice.settings.value("language") is None  # the system's, not saved as a choice
    # GTK's dialogs would speak English under C: Qt's own, translated, are used.
    assert english_afterwards.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_an_english_locale_starts_in_english_with_native_dialogs(
    clean_locale: pytest.MonkeyPatch, no_choice: Preferences, english_afterwards: QApplication
) -> None:
    clean_locale.setenv("LANG", "en_US.UTF-8")
    assert set_up_language(english_afterwards, None, no_choice) == "en"
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"
    assert not english_afterwards.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)


def test_the_language_option_wins_and_is_kept_as_the_choice(
    clean_locale: pytest.MonkeyPatch, no_choice: Preferences, english_afterwards: QApplication
) -> None:
    clean_locale.setenv("LANG", "en_US.UTF-8")
    assert set_up_language(english_afterwards, "zh_CN", no_choice) == "zh_CN"
    assert _chinese_installed()
    # The system's file dialogs would be English: Qt's own, in Chinese, instead.
    assert english_afterwards.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    assert no_choice.language() == "zh_CN"
    assert set_up_language(english_afterwards, "en", no_choice) == "en"
    assert QCoreApplication.translate("MainWindow", "Preview report") == "Preview report"


# Runs the app's real entry point in a fresh process and reports what it shows.
MAIN = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from inspector_app.ui import app as entry

entry.make_application(["inspector-app"])

waited = []

def report():
    shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    if len(shown) < 2 and len(waited) < 80:  # the guide opens once the data folder is open
        waited.append(1)
        QTimer.singleShot(100, report)
        return
    print(QCoreApplication.translate("QPlatformTheme", "Cancel"))
    print(shown)
    QCoreApplication.exit(0)

QTimer.singleShot(1500, report)
sys.exit(entry.main(["inspector-app", "--data-dir", sys.argv[1]]))
"""


@pytest.mark.parametrize(
    ("lang", "cancel", "title", "guide"),
    [
        ("C", "取消", "农民工工资支付八项制度现场检查", "首次使用向导"),
        ("en_US.UTF-8", "Cancel", "Site inspection of the eight wage rules", "Getting started"),
    ],
)
def test_the_app_started_under_a_locale_with_no_choice_saved(
    tmp_path: Path, lang: str, cancel: str, title: str, guide: str
) -> None:
    """End to end: inspector-app's main() in a new process (Qt reads the locale at its start),
    with a fresh home (no saved preference)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    repository = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(filter(None, [repository, environ.get("PYTHONPATH")]))
    environ.update(
        LANG=lang,
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        APPDATA=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=path,
        PYTHONIOENCODING="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-c", MAIN, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    first, shown = out.stdout.splitlines()
    # The data folder is new (no signing key): the first-run guide opens over the window.
    assert first == cancel and sorted(ast.literal_eval(shown)) == sorted([title, guide])
