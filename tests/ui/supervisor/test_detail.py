"""The supervisor's view in Chinese: rule titles, dates, and the photos with their flags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.evidence import attach as evidence
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.services.signing import sign_inspection
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.supervisor.detail import detail_html
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


@pytest.fixture
def flagged_ctx(demo_ctx: AppContext, tmp_path: Path) -> AppContext:
    """Demo data with inspection 2 signed after a photo without capture time was added."""
    screenshot = tmp_path / "platform.png"
    Image.new("RGB", (64, 48), "white").save(screenshot)
    evidence.add_photos(demo_ctx, 2, "R1.1", [screenshot])
    detail = inspection_detail(demo_ctx, 2)
    for role, people in (
        (SignerRole.INSPECTOR, detail.inspectors),
        (SignerRole.REPRESENTATIVE, detail.representatives),
    ):
        for person in people:
            png = make_signature_png(person.name, 3)
            sign_inspection.add_signature(demo_ctx, 2, role, person.name, png)
    sign_inspection.sign_inspection(demo_ctx, 2, b"test-passphrase")
    return demo_ctx


def test_workspace_speaks_chinese_with_rule_titles(
    qtbot: QtBot, chinese: None, demo_ctx: AppContext
) -> None:
    widget = SupervisorWorkspace(demo_ctx, "zh")
    qtbot.addWidget(widget)
    widget.runner.drain()
    assert widget.tabs.tabText(0) == "收到的检查"
    assert widget.received.model.headerData(1, Qt.Orientation.Horizontal) == "日期"
    assert widget.received.rule.itemText(3).startswith("问题涉及 R3 ")
    assert widget.received.date_from.displayFormat() == "yyyy-MM-dd"
    row = widget.received.model.row_at(0)
    html = detail_html(demo_ctx, row, "zh")
    title = inspection_detail(demo_ctx, row.id).form.rule("R3").title.zh
    assert f"R3 {title}" in html and "审核：" in html
    assert row.started_at.strftime("%Y-%m-%d") in html
    assert "Rule" not in html and "revision" not in html


def test_flagged_photos_show_in_the_list_and_the_detail(
    qtbot: QtBot, chinese: None, flagged_ctx: AppContext
) -> None:
    widget = SupervisorWorkspace(flagged_ctx, "zh")
    qtbot.addWidget(widget)
    widget.runner.drain()
    model = widget.received.model
    (row,) = [r for r in range(model.rowCount()) if model.row_at(r).id == 2]
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.index(row, column.index("疑点照片")).data() == "⚠ 1"
    widget.received.show_row(row)
    widget.runner.drain()
    html = widget.received.detail.toHtml()
    (photo,) = [e for e in inspection_detail(flagged_ctx, 2).evidence if e.flags]
    (flag,) = evidence.evidence_flags_text(photo, "zh")
    assert flag in html and "platform.png" in html
    assert "其中 1 张有疑点" in html
    assert "<img" in detail_html(flagged_ctx, model.row_at(row), "zh")
    # The thumbnail was read in the background and handed to the browser, which reads none.
    browser = widget.received.detail
    source, *_others = browser.images
    image = QTextDocument.ResourceType.ImageResource.value
    assert not browser.loadResource(image, QUrl(source)).isNull()
    assert not browser.loadResource(image, QUrl.fromLocalFile(str(flagged_ctx.data_dir.database)))
