"""The Chinese UI shows the bundle, signature, identity and trust services' reasons in Chinese."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspector_app.core.catalogue import translations
from inspector_app.core.errors import PassphraseError
from inspector_app.core.messages import SERVICE_CONTEXT, Message, msg
from inspector_app.services.context import AppContext
from inspector_app.services.signing.identity import load_certificate
from inspector_app.services.signing.sign_inspection import signed_pdf
from inspector_app.services.sync.export import to_json_bytes
from inspector_app.services.sync.held import held_bundles
from inspector_app.services.sync.model import REPORT
from inspector_app.ui.common.messages import error_text, service_text
from inspector_app.ui.language import install_translators, remove_translators
from inspector_app.ui.main_window import MainWindow
from inspector_app.ui.supervisor.models import held_model
from inspector_app.ui.supervisor.trust_dialog import TrustDialog
from inspector_app.ui.supervisor.workspace import SupervisorWorkspace
from tests.bundle_factory import InspectorFolder, entries_of, resigned, supervisor, zip_of
from tests.ui.test_report_preview import verdict

SIGNED = 3  # in the demo data folder


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    yield
    remove_translators(app)


def _import(qtbot: QtBot, workspace: SupervisorWorkspace, paths: list[Path]) -> list[str]:
    with qtbot.waitSignal(workspace.imported, timeout=60_000):
        workspace.import_paths(paths)
    workspace.runner.drain()  # the lists asked for again after the import
    return [workspace.results.item(row).text() for row in range(workspace.results.count())]


def _tampered_report(bundle: bytes, inspector: InspectorFolder) -> bytes:
    """The report changed after signing, the bundle signed again around it."""
    entries = entries_of(bundle)
    pdf = bytearray(entries[REPORT])
    pdf[pdf.index(b"/Producer") + 1] ^= 0x01
    inspection = json.loads(entries["inspection.json"])
    inspection["signed_pdf_sha256"] = hashlib.sha256(bytes(pdf)).hexdigest()
    change: dict[str, bytes | None] = {
        REPORT: bytes(pdf),
        "inspection.json": to_json_bytes(inspection),
    }
    return resigned(bundle, inspector.identity, change=change)


def test_import_results_give_the_reasons_in_chinese(
    chinese: None, qtbot: QtBot, office: AppContext, inspector: InspectorFolder, tmp_path: Path
) -> None:
    workspace = SupervisorWorkspace(office)
    qtbot.addWidget(workspace)
    good = inspector.bundles[0].read_bytes()
    hostile = {
        "a-not-zip.inspection.zip": b"%PDF-1.7 this is no bundle",
        "b-climbs.inspection.zip": zip_of([*entries_of(good).items(), ("../evil.txt", b"x")]),
        "c-tampered.inspection.zip": _tampered_report(good, inspector),
    }
    for name, data in hostile.items():
        (tmp_path / name).write_bytes(data)
    lines = _import(qtbot, workspace, [tmp_path / name for name in hostile])
    assert lines[0].startswith("a-not-zip.inspection.zip: ")
    assert lines[0].endswith(": 该文件不是 zip 压缩包，因此不是数据包。")
    assert lines[1].endswith(": 数据包中含有用“..”跳出数据包目录的路径：'../evil.txt'。")
    # A reason inside a reason: both are translated.
    assert lines[2].endswith(": 已签名报告验证不通过：文件在签名后被改动过（签名不符）。"), lines[2]
    assert all("bundle" not in line and "signature" not in line for line in lines)


def test_held_bundles_say_why_in_chinese(
    chinese: None, qtbot: QtBot, inspector: InspectorFolder, tmp_path: Path
) -> None:
    ctx = supervisor(tmp_path / "office", None)  # trusts nobody yet
    try:
        workspace = SupervisorWorkspace(ctx)
        qtbot.addWidget(workspace)
        lines = _import(qtbot, workspace, [inspector.bundles[0]])
        assert ": 签名人不在信任列表中：" in lines[0] and "（证书指纹 " in lines[0]
        # Read back from the import log, the reason is still translated.
        [held] = held_bundles(ctx)
        assert held.reason.startswith("signer not on the trust list: ")
        model = held_model()
        model.set_rows([held])
        shown = model.index(0, model.columnCount() - 1).data()
        fingerprint = held.signer_fingerprint or ""
        assert shown.startswith("签名人不在信任列表中：")
        assert shown.endswith(f"（证书指纹 {fingerprint}）")
    finally:
        ctx.close()


def test_the_verify_dialog_gives_the_reason_in_chinese(
    chinese: None,
    demo_window: MainWindow,
    qtbot: QtBot,
    demo_ctx: AppContext,
    tmp_path: Path,
) -> None:
    pdf = signed_pdf(demo_ctx, SIGNED)
    at = pdf.index(b"ReportLab")  # the producer, inside the signed byte range
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(pdf[:at] + b"X" + pdf[at + 1 :])
    text = verdict(demo_window, qtbot, altered)
    details = [line for line in text.splitlines() if line.startswith("详情：")]
    assert details == ["详情：文件在签名后被改动过（签名不符）。"], text


def test_trust_and_identity_errors_in_chinese(
    chinese: None,
    qtbot: QtBot,
    office: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "inspector_app.ui.supervisor.trust_dialog.inform",
        lambda _parent, _title, text, *_icon: shown.append(text),
    )
    dialog = TrustDialog(office)
    qtbot.addWidget(dialog)
    not_a_certificate = tmp_path / "notes.pem"
    not_a_certificate.write_bytes(b"hello")
    dialog.add_certificate(not_a_certificate)
    dialog.runner.drain()  # the file is read in the background
    assert shown == ["该文件不是 X.509 证书（PEM 或 DER 格式）。"]
    # The command line and the logs keep the English.
    with pytest.raises(Exception, match=r"not an X\.509 certificate") as raised:
        load_certificate(b"hello")
    assert service_text(str(raised.value)) == "该文件不是 X.509 证书（PEM 或 DER 格式）。"
    empty = PassphraseError(msg("An empty passphrase cannot protect the signing key."))
    assert error_text(empty) == "口令不能为空，否则无法保护签名密钥。"  # once, not prefixed


def test_every_service_template_renders_its_chinese_translation() -> None:
    table = {
        source: text
        for (context, source, _), text in translations("zh_CN").items()
        if context == SERVICE_CONTEXT
    }
    for source, translation in table.items():
        filled = {name: 7 for name in _fields(source)}  # a number suits every format spec
        assert _fields(translation) == _fields(source), source
        rendered = Message(source, **filled).render(table.__getitem__)
        assert rendered == translation.format(**filled)


def test_english_stays_english_without_the_translator() -> None:
    reason = msg(
        "The signed report does not verify: {reason}",
        reason=msg("The PDF has no signature."),
    )
    assert service_text(reason) == "The signed report does not verify: The PDF has no signature."


def _fields(text: str) -> set[str]:
    import string

    return {field for _, field, _, _ in string.Formatter().parse(text) if field}
