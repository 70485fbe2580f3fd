"""Killing the app while the inspector types loses at most the last two seconds of typing.

A child process runs the real main window on its own data folder, presses 2 on an item and
types without a pause into the note and the finding's description (a character into each
every 50 ms, never leaving either field, never pressing Enter), printing a timestamped line
per keystroke. The test kills it with SIGKILL after about five seconds, then checks that
everything typed more than 2 s before the kill is in the database, and that a new main
window reopens at the same inspection and item showing it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from inspector_app.services.context import open_context
from inspector_app.services.directory.inspectors import add_inspector
from inspector_app.services.directory.sites import create_site
from inspector_app.services.inspection.answers import answer_state
from inspector_app.services.inspection.lifecycle import (
    RepresentativeInput,
    inspection_detail,
    start_inspection,
)
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences

ITEM = "R2.1"
NOTE = "专户流水显示三月工资未发，工人称靠手写签到领钱。" * 8
DESCRIPTION = "未按月足额支付农民工工资，专户流水与花名册不符；" * 8
TYPING_S = 5.0
LOST_AT_MOST_S = 2.0

CHILD = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from inspector_app.services.context import open_context
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.settings import Preferences

root, inspection_id, item = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
texts = {"note": sys.argv[4], "description": sys.argv[5]}
app = QApplication([])
settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(open_context(root), Preferences(settings))
window.show()
window.open_inspection(inspection_id)
window.runner.drain()
ws = window.workspace
ws.go_to(item)
window.activateWindow()
ws.tree.setFocus()
QTest.keyClick(ws.tree, Qt.Key.Key_2)  # not compliant: the cursor goes to the description
window.runner.drain()
fields = {"note": ws.panel.note, "description": ws.panel.finding_edits["description"]}
typed = dict.fromkeys(fields, 0)

def key():
    for name, widget in fields.items():
        char = texts[name][typed[name]]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        typed[name] += 1
        print(f"{time.monotonic():.4f} {name} {typed[name]}", flush=True)

print("ready", flush=True)
timer = QTimer(interval=50)
timer.timeout.connect(key)
timer.start()
app.exec()
"""


def _seed(root: Path) -> int:
    ctx = open_context(root)
    me = add_inspector(ctx, "王检查", "区劳动保障监察大队", "A001", is_self=True)
    colleague = add_inspector(ctx, "李监察", "区劳动保障监察大队", "A002")
    site = create_site(ctx, "断电测试项目")
    inspection = start_inspection(ctx, site, [me, colleague], [RepresentativeInput("张经理")])
    ctx.close()
    return inspection


def _type_and_kill(root: Path, inspection_id: int) -> tuple[list[str], float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    args = [str(root), str(inspection_id), ITEM, NOTE, DESCRIPTION]
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        assert first == "ready", f"the child app did not start: {first!r}"
        time.sleep(TYPING_S)
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        lines = child.stdout.read().splitlines()
    return lines, killed_at


def _typed_before(lines: list[str], deadline: float) -> dict[str, int]:
    """How many characters of each field had been typed at `deadline` (child's clock,
    the same monotonic clock as the test's on one machine)."""
    counts = {"note": 0, "description": 0}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[1] in counts and float(parts[0]) < deadline:
            counts[parts[1]] = max(counts[parts[1]], int(parts[2]))
    return counts


def test_a_kill_while_typing_loses_at_most_the_last_two_seconds(
    tmp_path: Path, qtbot: QtBot
) -> None:
    root = tmp_path / "data"
    inspection_id = _seed(root)
    lines, killed_at = _type_and_kill(root, inspection_id)
    everything = _typed_before(lines, killed_at)
    assert min(everything.values()) >= 40, f"the child typed too little: {everything}"
    must_have = _typed_before(lines, killed_at - LOST_AT_MOST_S)
    ctx = open_context(root)
    try:
        note = answer_state(ctx, inspection_id, ITEM).note
        found = [f for f in inspection_detail(ctx, inspection_id).findings if f.item_id == ITEM]
        assert len(found) == 1
        description = found[0].description
        for name, saved, text in (("note", note, NOTE), ("description", description, DESCRIPTION)):
            assert text.startswith(saved), f"{name}: {saved!r} is not what was typed"
            assert len(saved) >= must_have[name], (
                f"{name}: {len(saved)} characters saved, {must_have[name]} were typed "
                f"{LOST_AT_MOST_S} s before the kill ({everything[name]} in all)"
            )
        _reopens_showing_it(ctx, root, qtbot, note, description)
    finally:
        ctx.close()


def _reopens_showing_it(ctx: object, root: Path, qtbot: QtBot, note: str, text: str) -> None:
    settings = QSettings(str(root / "settings-after.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, Preferences(settings))  # type: ignore[arg-type]
    qtbot.addWidget(window)
    try:
        window.reopen_last()  # the bookmark the killed app left in the data folder
        window.runner.drain()
        workspace = window.workspace
        assert workspace is not None and workspace.current_item == ITEM
        assert workspace.panel.note.toPlainText() == note
        assert workspace.panel.finding_edits["description"].text() == text
    finally:
        window.runner.shutdown()
