"""Screenshots of the Chinese UI on demo data, for the README.

Run: xvfb-run -a .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The demo's signing key and the signatures below use one passphrase, whatever the shell has.
PASSPHRASE = "test-passphrase"
os.environ["INSPECTOR_PASSPHRASE"] = PASSPHRASE

from inspector_app.core.results import Result  # noqa: E402
from inspector_app.core.statuses import InspectionStatus  # noqa: E402
from inspector_app.demo.photos import make_signature_png  # noqa: E402
from inspector_app.demo.sample import create_demo_data  # noqa: E402
from inspector_app.services.context import AppContext, open_context  # noqa: E402
from inspector_app.services.evidence import attach as evidence  # noqa: E402
from inspector_app.services.inspection.lifecycle import inspection_detail, list_inspections  # noqa: E402
from inspector_app.services.signing import sign_inspection  # noqa: E402
from inspector_app.services.signing.sign_inspection import signed_pdf  # noqa: E402
from inspector_app.ui.app import install_translators, make_application  # noqa: E402
from inspector_app.ui.main_window import MainWindow  # noqa: E402
from inspector_app.ui.reporting.report_preview import ReportPreview, verify_file  # noqa: E402
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
    signed = list_inspections(window.ctx, status=InspectionStatus.SIGNED)[0]
    window.open_inspection(signed.id)
    settle(app, window)  # the inspection is read in the background
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


def platform_screenshot(folder: Path) -> Path:
    """A PNG like a screenshot of the monitoring platform: no EXIF, so no capture time."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 500), "#f3f4f6")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 800, 60), fill="#1d4ed8")
    for row in range(8):
        draw.rectangle((40, 90 + 48 * row, 760, 124 + 48 * row), outline="#9ca3af", width=2)
    path = folder / "monitoring-platform.png"
    image.save(path)
    return path


def sign_with_flagged_photos(ctx: AppContext, inspection_id: int, png: Path) -> None:
    """The completed demo inspection gets a screenshot and a photo recycled from another
    inspection, then is signed: the supervisor's view then has flags to show."""
    detail = inspection_detail(ctx, inspection_id)
    recycled = next(
        e
        for row in list_inspections(ctx)
        if row.id != inspection_id and row.status.locked
        for e in inspection_detail(ctx, row.id).evidence
    )
    item = detail.evidence[0].item_id if detail.evidence else "R1.1"
    evidence.add_photos(ctx, inspection_id, item, [png])
    again = png.parent / "site-entrance.jpg"  # the same bytes under the name it came with
    again.write_bytes(evidence.original_path(ctx, recycled.sha256).read_bytes())
    evidence.add_photos(ctx, inspection_id, item, [again])
    for role, people in (
        ("inspector", detail.inspectors),
        ("representative", detail.representatives),
    ):
        for person in people:
            png_bytes = make_signature_png(person.name, 3)
            sign_inspection.add_signature(ctx, inspection_id, role, person.name, png_bytes)
    sign_inspection.sign_inspection(ctx, inspection_id, PASSPHRASE.encode())


def shoot_supervisor(app: QApplication, window: MainWindow, png: Path) -> None:
    """The received list with the detail of the inspection whose photos are flagged, and
    the dashboard, opened from the Supervision menu."""
    complete = list_inspections(window.ctx, status=InspectionStatus.COMPLETE)[0]
    sign_with_flagged_photos(window.ctx, complete.id, png)
    supervisor = window.supervision.open_received()
    supervisor.resize(1500, 940)
    received = supervisor.workspace.received
    received.refresh()
    supervisor.workspace.runner.drain()  # the list and figures are read in the background
    rows = received.model.rows()
    received.show_row(next(i for i, r in enumerate(rows) if r.id == complete.id))
    supervisor.workspace.runner.drain()
    settle(app, window)
    scroll = received.detail.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # the photo table is at the end of the detail
    settle(app, window)
    save(supervisor, "supervisor.png")
    supervisor.workspace.tabs.setCurrentWidget(supervisor.workspace.dashboard)
    settle(app, window)
    save(supervisor, "dashboard.png")
    window.supervision.close()


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
    draft = next(row for row in list_inspections(ctx) if not row.status.locked)
    window.open_inspection(draft.id)
    settle(app, window)  # the inspection is read in the background
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
    png = platform_screenshot(work)
    workspace.evidence.add_files([png])  # no capture time: marked in the strip
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
    shoot_supervisor(app, window, png)
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
