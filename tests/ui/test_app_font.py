"""On a machine with no Chinese font the interface uses the font shipped with the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.services.test_report_fonts import REPOSITORY, fontconfig_and_windows_view

_PROBE = """
import sys
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
from inspector_app.ui.app import add_shipped_chinese_font
app = QApplication(sys.argv)
chinese = QFontDatabase.WritingSystem.SimplifiedChinese
had = QFontDatabase.families(chinese)
added = add_shipped_chinese_font()
print(len(had), added, "|".join(QFontDatabase.families(chinese)))
"""


def _probe(env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split(maxsplit=2)


def test_without_a_system_chinese_font_qt_gets_the_shipped_one(tmp_path: Path) -> None:
    had, added, families = _probe(fontconfig_and_windows_view(tmp_path / "none"))
    assert (had, added) == ("0", "True")
    assert "WenQuanYi Micro Hei" in families


def test_a_system_chinese_font_is_left_to_do_its_work(tmp_path: Path) -> None:
    from inspector_app.core.resources import shipped_font

    view = fontconfig_and_windows_view(tmp_path / "one", shipped_font())
    had, added, _families = _probe(view)
    assert int(had) >= 1 and added == "False"
