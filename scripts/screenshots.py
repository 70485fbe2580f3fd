"""Screenshots of the Chinese UI on demo data, for the README.

Run: xvfb-run -a .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector_app.core.results import Result  # noqa: E402
from inspector_app.services.context import open_context  # noqa: E402
from inspector_app.services.demo import create_demo_data  # noqa: E402
from inspector_app.services.inspections import list_inspections  # noqa: E402
from inspector_app.services.sign_inspection import signed_pdf  # noqa: E402
from inspector_app.ui.app import install_translators, make_application  # noqa: E402
from inspector_app.ui.main_window import MainWindow  # noqa: E402
from inspector_app.ui.report_preview import ReportPreview, verify_file  # noqa: E402
from inspector_app.ui.settings import Preferences  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, window: MainWindow) -> None:
    window.runner.drain()
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def scribble(pad: QWidget) -> None:
    """A signature-like stroke made of real mouse events."""
    points = [QPointF(30 + 6 * i, 60 + 25 * math.sin(i / 3.0)) for i in range(50)]
    kinds = (
        [QEvent.Type.MouseButtonPress]
        + [QEvent.Type.MouseMove] * 48
        + [QEvent.Type.MouseButtonRelease]
    )
    for kind, point in zip(kinds, points, strict=True):
        event = QMouseEvent(
            kind,
            point,
            pad.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)


def shoot_preview(app: QApplication, window: MainWindow) -> None:
    """The report preview (Ctrl+P) of a signed inspection, its first page in view."""
    signed = next(row for row in list_inspections(window.ctx) if row.status == "signed")
    window.open_inspection(signed.id)
    window.preview_action.trigger()
    preview = window.findChild(ReportPreview)
    assert preview is not None
    preview.resize(900, 940)
    settle(app, window)
    for _ in range(50):  # the pages render in the background too
        app.processEvents()
        time.sleep(0.02)
    save(preview, "preview.png")
    preview.close()
    pdf = Path(tempfile.mkdtemp(prefix="inspector-verify-")) / "report.pdf"
    pdf.write_bytes(signed_pdf(window.ctx, signed.id))
    verify_file(window.ctx, window.runner, pdf, window)
    settle(app, window)
    box = window.findChild(QMessageBox, "verification")
    assert box is not None
    save(box, "verify.png")
    box.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(["screenshots"])
    install_translators(app, "zh_CN")
    work = Path(tempfile.mkdtemp(prefix="inspector-shots-"))
    ctx = open_context(work / "data")
    create_demo_data(ctx)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "zh_CN")
    window = MainWindow(ctx, Preferences(settings))
    window.resize(1500, 940)
    window.show()
    settle(app, window)
    window.sites.table.selectRow(0)
    settle(app, window)
    save(window, "sites.png")
    draft = next(row for row in list_inspections(ctx) if row.status in ("draft", "complete"))
    window.open_inspection(draft.id)
    workspace = window.workspace
    assert workspace is not None
    with_photos = [e.item_id for e in workspace.session.evidence]
    finding_items = [f.item_id for f in workspace.session.findings]
    target = (
        next((i for i in finding_items if i in with_photos), None)
        or (finding_items or with_photos or ["R1.1"])[0]
    )
    workspace.go_to(target)
    if workspace.session.result(target) == Result.NOT_CHECKED:
        workspace.choose_result(Result.NOT_COMPLIANT)
    settle(app, window)
    save(window, "workspace.png")
    workspace.tabs.setCurrentWidget(workspace.records)
    settle(app, window)
    save(window, "findings.png")
    workspace.tabs.setCurrentWidget(workspace.summary)
    settle(app, window)
    save(window, "summary.png")
    workspace.tabs.setCurrentWidget(workspace.signing)
    settle(app, window)
    for _role, _name, pad in workspace.signing.pads[:1]:
        scribble(pad)
    settle(app, window)
    save(window, "signing.png")
    shoot_preview(app, window)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
