"""The held list shows another inspector's revision beside the one here, with accept and
refuse; the received list and detail flag a form that differs from the published one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector_app.services.signing.trust import trust_certificate
from inspector_app.services.sync.held import held_bundles
from inspector_app.services.sync.importer import Importer
from inspector_app.ui.supervisor.detail import detail_html
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import (
    InspectorFolder,
    changed_form_bundle,
    shared_old_format_bundle,
    shared_other_inspectors_revision,
    supervisor,
)


def _held_workspace(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder, factory: pytest.TempPathFactory
) -> SupervisorWorkspace:
    bundle, pem = shared_other_inspectors_revision(factory, inspector)
    office = supervisor(tmp_path / "office", inspector)
    trust_certificate(office, pem)
    importer = Importer(office)
    assert importer.import_file(inspector.bundles[2]).verdict == "imported"
    assert importer.import_file(bundle).verdict == "held"
    widget = SupervisorWorkspace(office)
    qtbot.addWidget(widget)
    widget.runner.drain()  # the lists are read in the background
    widget.held_panel.show_bundle(widget.held.row_at(0))
    widget.runner.drain()  # the held bundle's facts are read from its file in the background
    return widget


def test_held_revision_beside_the_one_here_and_accepted(
    qtbot: QtBot,
    tmp_path: Path,
    inspector: InspectorFolder,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    widget = _held_workspace(qtbot, tmp_path, inspector, tmp_path_factory)
    try:
        panel = widget.held_panel
        assert panel.compare.textFormat() == Qt.TextFormat.PlainText
        held_line, here_line = panel.compare.text().splitlines()
        assert held_line.startswith("Held: revision 2, signed by 王五")
        assert here_line.startswith("Here: revision 1, signed by ")
        assert panel.accept_button.isEnabled() and panel.refuse_button.isEnabled()
        with qtbot.waitSignal(widget.imported, timeout=60_000):
            panel.accept_button.click()
        widget.runner.drain()
        qtbot.waitUntil(lambda: widget.held.rowCount() == 0)
        model = widget.received.model
        assert [model.row_at(r).revision for r in range(model.rowCount())] == [2]
    finally:
        widget.ctx.close()


def test_held_revision_refused(
    qtbot: QtBot,
    tmp_path: Path,
    inspector: InspectorFolder,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    widget = _held_workspace(qtbot, tmp_path, inspector, tmp_path_factory)
    try:
        widget.held_panel.refuse()
        widget.runner.drain()  # written, then the list read again, in the background
        assert held_bundles(widget.ctx) == []
        assert widget.held.rowCount() == 0
        assert widget.held_panel.compare.text() == ""
    finally:
        widget.ctx.close()


def test_form_differing_from_the_published_one_is_flagged(
    qtbot: QtBot,
    tmp_path: Path,
    inspector: InspectorFolder,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    office = supervisor(tmp_path / "office", inspector)
    try:
        old = shared_old_format_bundle(tmp_path_factory, inspector).read_bytes()
        changed = tmp_path / "changed.inspection.zip"
        changed.write_bytes(changed_form_bundle(old, inspector.identity))
        importer = Importer(office)
        assert importer.import_file(changed).verdict == "imported"
        assert importer.import_file(inspector.bundles[0]).verdict == "imported"
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        widget.runner.drain()  # the list is read in the background
        model = widget.received.model
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        column = headers.index("Form")
        flags = {
            model.row_at(r).revision: model.index(r, column).data() for r in range(model.rowCount())
        }
        assert flags == {2: "⚠ differs from published", 1: ""}
        for row in range(model.rowCount()):
            html = detail_html(office, model.row_at(row))
            assert ("Form differs from the published one" in html) == (
                model.row_at(row).revision == 2
            )
    finally:
        office.close()
