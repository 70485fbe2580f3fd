"""`inspector-app --smoke-test`: exit 0 once the window is up and the data folder open; a
start-up error or the time limit exits non-zero, with no dialog waiting for an answer."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from inspector_app.core.resources import icons_dir, translations_dir
from inspector_app.ui import smoke
from inspector_app.ui.language import install_translators, remove_translators


def start_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    command = [sys.executable, "-m", "inspector_app.ui.app", "--language", "zh_CN", *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=180, check=False
    )


@pytest.mark.slow
def test_it_quits_with_0_once_the_data_folder_is_open(tmp_path: Path) -> None:
    done = start_app(tmp_path, "--data-dir", str(tmp_path / "data"), "--smoke-test", "120")
    assert done.returncode == 0, done.stderr
    assert "data folder open" in done.stdout
    assert "main window shown, 0 sites listed" in done.stdout
    assert (tmp_path / "data" / "inspector.db").is_file()


@pytest.mark.slow
def test_a_damaged_database_exits_1_with_the_reason(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "inspector.db").write_bytes(b"not a database" * 100)
    done = start_app(tmp_path, "--data-dir", str(data), "--smoke-test", "120")
    assert done.returncode == smoke.EXIT_FAILED
    assert "FAILED: cannot open the data folder" in done.stderr


@pytest.mark.slow
def test_the_time_limit_exits_3(tmp_path: Path) -> None:
    # Opening a data folder (imports, migrations) takes far longer than a millisecond.
    done = start_app(tmp_path, "--data-dir", str(tmp_path / "data"), "--smoke-test", "0.001")
    assert done.returncode == smoke.EXIT_TIMEOUT
    assert "did not finish within 0.001 s" in done.stderr


@pytest.fixture
def app_icon(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.windowIcon()
    yield qapp
    qapp.setWindowIcon(before)
    remove_translators(qapp)


def test_packaging_problems_name_a_missing_icon_or_translation(app_icon: QApplication) -> None:
    app_icon.setWindowIcon(QIcon(str(icons_dir() / "app.svg")))
    translators = install_translators(app_icon, "zh_CN")
    assert smoke.packaging_problems(app_icon, "zh_CN", translators) == []
    app_icon.setWindowIcon(QIcon())
    problems = smoke.packaging_problems(app_icon, "zh_CN", [])
    assert problems == [
        f"no window icon (looked for {icons_dir() / 'app.svg'})",
        f"no interface translation inspector_zh_CN.qm in {translations_dir()}",
    ]
