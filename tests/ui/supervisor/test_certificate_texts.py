"""Certificate names and verdicts are shown as plain text: markup in a certificate renders as
typed in the trust prompt and the PDF check; a look-alike signer and an expiring own
certificate are flagged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.core.messages import msg
from inspector_app.services.context import AppContext
from inspector_app.services.signing.identity import (
    CertificateFacts,
    describe_certificate,
    fingerprint,
)
from inspector_app.services.signing.keys import import_p12
from inspector_app.services.signing.pades import PdfVerification
from inspector_app.services.signing.trust import trusted_inspectors
from inspector_app.services.sync.export import to_json_bytes
from inspector_app.services.sync.model import INSPECTION
from inspector_app.ui.common.tasks import TaskRunner
from inspector_app.ui.reporting.report_preview import show_verification
from inspector_app.ui.signing.expiry_notice import ExpiryNotice
from inspector_app.ui.supervisor.trust_prompt import trust_question
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import InspectorFolder, entries_of, resigned, supervisor
from tests.cert_factory import DAY, make_identity, write_p12

BOLD = "<b>x</b>"
GREEN = "<font color=green>trusted</font>"
FAKE_PRINT = "<table><tr><td>00ff00ff</td></tr></table>"


def _shown_label(box: QMessageBox) -> QLabel:
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    return label


def _assert_plain(box: QMessageBox, *literals: str) -> None:
    label = _shown_label(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert label.textFormat() == Qt.TextFormat.PlainText
    for literal in literals:
        assert literal in label.text()


def test_trust_prompt_shows_markup_as_typed_and_flags_a_look_alike(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    facts = CertificateFacts(
        name=BOLD,
        unit=GREEN,
        badge="",
        fingerprint=FAKE_PRINT,
        not_before=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        not_after=dt.datetime(2028, 1, 1, tzinfo=dt.UTC),
    )
    box = trust_question(parent, facts, ["李明"])
    _assert_plain(box, BOLD, GREEN, FAKE_PRINT)
    assert "same name as trusted 李明" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert "same name" not in trust_question(parent, facts).text()


def test_pdf_check_shows_a_hostile_signer_and_file_name_as_typed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    result = PdfVerification(
        signed=True,
        intact=True,
        signer_name=GREEN,
        signer_fingerprint="ab" * 32,
        signed_at=dt.datetime(2026, 12, 1, 9, 0),
        trusted=False,
        covers_whole_file=True,
        reason=msg("The signer's certificate is not on the trust list."),
    )
    box = show_verification(parent, Path("<img src=x><u>报告.pdf"), result)
    _assert_plain(box, "<img src=x><u>报告.pdf", GREEN)
    box.close()


def _signed_by(bundle: Path, identity: object) -> bytes:
    record = json.loads(entries_of(bundle.read_bytes())[INSPECTION])
    record["signer_fingerprint"] = fingerprint(identity.certificate)  # type: ignore[attr-defined]
    change = {INSPECTION: to_json_bytes(record)}
    return resigned(bundle.read_bytes(), identity, change=change)  # type: ignore[arg-type]


def test_held_signer_with_a_trusted_name_and_markup_in_the_workspace_prompt(
    qtbot: QtBot, tmp_path: Path, inspector: InspectorFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = describe_certificate(inspector.identity.certificate).name
    twin = make_identity(name, GREEN)
    bundle = tmp_path / "twin.inspection.zip"
    bundle.write_bytes(_signed_by(inspector.bundles[0], twin))
    office = supervisor(tmp_path / "office", inspector)
    try:
        widget = SupervisorWorkspace(office)
        qtbot.addWidget(widget)
        with qtbot.waitSignal(widget.imported, timeout=60_000):
            widget.import_paths([bundle])
        widget.runner.drain()
        qtbot.waitUntil(lambda: widget.held.rowCount() == 1)
        assert widget.held.row_at(0).look_alike_of == (name,)
        asked: list[QMessageBox] = []

        def answer_no(box: QMessageBox) -> int:
            asked.append(box)
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer_no)
        widget.held_view.selectRow(0)
        widget.trust_selected_signer()  # the signer is read in the background, then asked
        widget.runner.drain()
        (box,) = asked
        # Not answered Yes: the look-alike's key is not trusted.
        trusted = {row.cert_fingerprint for row in trusted_inspectors(office)}
        assert fingerprint(twin.certificate) not in trusted
        _assert_plain(box, GREEN, f"same name as trusted {name}", fingerprint(twin.certificate))
    finally:
        office.close()


def test_expiry_notice_at_start_when_the_own_certificate_runs_out(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    soon = make_identity("钱七", not_after=dt.datetime.now(dt.UTC) + 5 * DAY)
    import_p12(ctx, write_p12(soon, tmp_path / "org.p12", b"pw-123456"), b"pw-123456")
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = ExpiryNotice(parent)
    runner = TaskRunner(parent)
    notice.check(ctx, runner)
    qtbot.waitUntil(lambda: notice.isVisibleTo(parent))
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert "expires on" in notice.text() or "到期" in notice.text()
    notice.show_notice(None)
    assert not notice.isVisibleTo(parent)
