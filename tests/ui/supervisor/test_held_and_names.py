"""Held bundles say who signed, which project and when; the log keeps the user's file names;
the received list's columns are as wide as what they show."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from inspector_app.services.signing.trust import trust_certificate
from inspector_app.services.sync.held import held_bundles, release_held
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import InspectorFolder, supervisor


def _import(qtbot: QtBot, workspace: SupervisorWorkspace, paths: list[Path]) -> None:
    with qtbot.waitSignal(workspace.imported, timeout=60_000):
        workspace.import_paths(paths)
    workspace.runner.drain()  # the lists asked for again after the import


def test_held_bundles_name_signer_project_and_date(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder
) -> None:
    office = supervisor(tmp_path / "untrusting", None)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        _import(qtbot, widget, inspector.bundles[:1])
        held = held_bundles(office)
        assert len(held) == 1
        bundle = held[0]
        assert bundle.signer and bundle.project and bundle.inspected_on is not None
        assert Path(bundle.received_from).name == inspector.bundles[0].name
        shown = [widget.held.index(0, c).data() for c in range(widget.held.columnCount())]
        assert shown[:3] == [bundle.signer, bundle.project, bundle.inspected_on.isoformat()]
        assert inspector.bundles[0].name in shown
        assert not any(bundle.sha256[:8] in str(text) for text in shown[:5])
        # Released once trusted: the log names the user's file, not the held copy's hash.
        trust_certificate(office, inspector.cert_pem)
        outcomes = release_held(office)
        assert [o.name for o in outcomes] == [inspector.bundles[0].name]
        assert bundle.sha256 not in outcomes[0].name
    finally:
        office.close()


def test_received_columns_fit_their_contents(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder
) -> None:
    office = supervisor(tmp_path / "office", inspector)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        _import(qtbot, widget, inspector.bundles)
        widget.tabs.setCurrentWidget(widget.received)
        table = widget.received.table
        header = table.horizontalHeader()
        for column in range(widget.received.model.columnCount() - 1):
            wanted = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            assert header.sectionSize(column) >= min(wanted, 360), column
        header.resizeSection(0, 77)  # the user may still drag a column
        assert header.sectionSize(0) == 77
    finally:
        office.close()
