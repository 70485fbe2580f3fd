"""The data is the report: the signed PDF carries inspection.json and form.json, and a
bundle whose files differ from them is refused, with nothing written."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from inspector_app.cli.main import main
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.signing.attachments import embed_files, signed_attachments
from inspector_app.services.sync.export import bundle_files
from inspector_app.services.sync.model import FORM, INSPECTION, MANIFEST, REPORT
from tests.bundle_factory import (
    InspectorFolder,
    copy_folder,
    entries_of,
    import_bytes,
    manifest_of,
    resigned,
    shared_old_format_bundle,
    snapshot,
)


@pytest.fixture
def good(inspector: InspectorFolder) -> bytes:
    return inspector.bundles[0].read_bytes()


def _refused(ctx: AppContext, tmp_path: Path, data: bytes, *words: str) -> str:
    before = snapshot(ctx)
    outcome = import_bytes(ctx, tmp_path, data)
    assert outcome.verdict == "rejected", outcome
    for word in words:
        assert word in outcome.reason, outcome.reason
    assert snapshot(ctx) == before  # every table but the import log, media and derived
    return outcome.reason


def _as_passing(record: dict[str, Any]) -> bytes:
    """The defect from the review: a failing inspection made to read 100 points."""
    for answer in record["answers"]:
        if answer["result"] == "not_compliant":
            answer["result"] = "compliant"
    record["score"], record["verdict"] = 100.0, "compliant"
    record["findings"] = []
    return json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1).encode()


def test_signed_report_carries_the_bundles_exact_files(good: bytes) -> None:
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject

    entries = entries_of(good)
    carried = signed_attachments(entries[REPORT]).files
    assert carried == {INSPECTION: entries[INSPECTION], FORM: entries[FORM]}
    assert manifest_of(good)["format_version"] == 3
    # As Factur-X does: in /EmbeddedFiles and in the catalog's /AF, relationship /Data.
    reader = PdfReader(io.BytesIO(entries[REPORT]))
    root = reader.root_object
    associated = root["/AF"]
    assert isinstance(associated, ArrayObject)  # the catalog lists its associated files
    specs = [ref.get_object() for ref in associated]
    assert sorted(str(s["/F"]) for s in specs) == [FORM, INSPECTION]
    for spec in specs:
        assert spec["/AFRelationship"] == "/Data"
        assert spec["/EF"]["/F"].get_object()["/Subtype"] == "/application/json"
    assert sorted(reader.attachments) == [FORM, INSPECTION]


def test_inspection_json_needs_no_report_hash(good: bytes) -> None:
    # It cannot name the hash of the PDF it is inside; import takes it from the manifest.
    record = json.loads(entries_of(good)[INSPECTION])
    assert "signed_pdf_sha256" not in record
    assert record["signer_fingerprint"] == manifest_of(good)["signer"]["fingerprint"]


def test_resigned_bundle_with_other_scores_is_refused(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, good: bytes
) -> None:
    passing = _as_passing(json.loads(entries_of(good)[INSPECTION]))
    bundle = resigned(good, inspector.identity, change={INSPECTION: passing})
    _refused(office, tmp_path, bundle, "inspection.json differs from the one inside")


def test_changed_form_json_is_refused(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, good: bytes
) -> None:
    from inspector_app.core.forms import Form

    form = json.loads(entries_of(good)[FORM])
    form["title"]["en"] = form["title"]["en"] + " (changed)"
    changed = json.dumps(form, ensure_ascii=False, sort_keys=True, indent=1).encode()
    sha = Form.from_dict(form).sha256
    edit = {"form": manifest_of(good)["form"] | {"sha256": sha}}
    bundle = resigned(good, inspector.identity, change={FORM: changed}, manifest_edit=edit)
    _refused(office, tmp_path, bundle, "form.json differs from the one inside")


def test_downgrade_to_an_old_format_is_refused(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, good: bytes
) -> None:
    """Calling the bundle version 2 does not escape the data the report carries."""
    record = json.loads(entries_of(good)[INSPECTION])
    record["signed_pdf_sha256"] = manifest_of(good)["files"][0]["sha256"]  # any; refused first
    passing = _as_passing(record)
    bundle = resigned(
        good, inspector.identity, change={INSPECTION: passing}, manifest_edit={"format_version": 2}
    )
    _refused(office, tmp_path, bundle)


def _swapped(pdf: bytes, inspection: bytes) -> bytes:
    """An incremental update after the signature that puts other data in the report."""
    import datetime as dt

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    out = io.BytesIO(pdf)
    writer = IncrementalPdfFileWriter(out, strict=False)
    writer.root["/Names"] = writer.add_object(generic.DictionaryObject())
    writer.root["/AF"] = writer.add_object(generic.ArrayObject())
    writer.update_root()
    embed_files(writer, {INSPECTION: inspection}, dt.datetime.now(dt.UTC))
    writer.write_in_place()
    return out.getvalue()


def test_update_after_signature_cannot_swap_the_data(
    office: AppContext, tmp_path: Path, inspector: InspectorFolder, good: bytes
) -> None:
    from pypdf import PdfReader

    entries = entries_of(good)
    passing = _as_passing(json.loads(entries[INSPECTION]))
    report = _swapped(entries[REPORT], passing)
    # A reader of the newest revision sees the swapped file; the signed revision does not.
    assert PdfReader(io.BytesIO(report)).attachments[INSPECTION] == [passing]
    assert signed_attachments(report).files[INSPECTION] == entries[INSPECTION]
    bundle = resigned(good, inspector.identity, change={REPORT: report, INSPECTION: passing})
    _refused(office, tmp_path, bundle)


def test_verify_reads_the_signed_revisions_data(
    tmp_path: Path, inspector: InspectorFolder, good: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = entries_of(good)
    report = tmp_path / "swapped.pdf"
    report.write_bytes(_swapped(entries[REPORT], b"{}"))
    main(["--data-dir", str(inspector.root), "verify", str(report)])
    out = capsys.readouterr().out
    import hashlib

    assert f"inspection.json (sha256 {hashlib.sha256(entries[INSPECTION]).hexdigest()})" in out
    assert "FAILED" in out  # appended after signing


def test_verify_says_whether_the_data_is_bound(
    inspector: InspectorFolder,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = shared_old_format_bundle(tmp_path_factory, inspector)
    code = main(["--data-dir", str(inspector.root), "verify", str(inspector.bundles[0]), str(old)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "inspection.json and form.json are the ones inside the signed report" in out
    assert "old format (version 2)" in out and "not bound" in out


def test_old_format_bundle_imports_and_keeps_its_conflict_check(
    office: AppContext,
    tmp_path: Path,
    inspector: InspectorFolder,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    old = shared_old_format_bundle(tmp_path_factory, inspector).read_bytes()
    entries = entries_of(old)
    assert manifest_of(old)["format_version"] == 2
    assert signed_attachments(entries[REPORT]).files == {}
    assert import_bytes(office, tmp_path, old, "a.inspection.zip").verdict == "imported"
    record = json.loads(entries[INSPECTION])
    record["answers"][0]["note"] = "quietly changed after signing"
    altered = json.dumps(record, ensure_ascii=False).encode("utf-8")
    again = resigned(
        old, inspector.identity, change={INSPECTION: altered}, manifest_edit={"format_version": 2}
    )
    _refused(office, tmp_path, again, "conflict")


def test_export_copies_the_signed_bytes_not_todays_data(
    inspector: InspectorFolder, tmp_path: Path, good: bytes
) -> None:
    """The site edited after signing: the bundle still carries what was signed."""
    from inspector_app.services.directory.sites import update_site_field

    root = copy_folder(inspector.root, tmp_path / "copy")
    ctx = open_context(root)
    try:
        detail, before, _version = bundle_files(ctx, 3)
        update_site_field(ctx, detail.site_id, "name", "改过的名字")
        _detail, after, version = bundle_files(ctx, 3)
    finally:
        ctx.close()
    assert version == 3
    assert after[INSPECTION] == before[INSPECTION] == entries_of(good)[INSPECTION]
    assert signed_attachments(after[REPORT]).files[INSPECTION] == after[INSPECTION]
    assert MANIFEST not in after
