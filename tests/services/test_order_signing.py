"""Signing makes one signed order per responsible unit, stored, locked and exported."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from inspector_app.core.statuses import SignerRole
from inspector_app.demo.photos import make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.inspection import numbering
from inspector_app.services.records import findings
from inspector_app.services.reporting.orders import order_paths, order_pdfs, signed_orders
from inspector_app.services.signing import sign_inspection, trust
from inspector_app.services.signing.pades import verify_pdf
from tests.services.test_order import CONTRACTOR, SUBCONTRACTOR, pdf_text, two_unit_inspection
from tests.services.test_signing import pdfsig

PASSPHRASE = b"test-passphrase"


def _sign(ctx: AppContext, inspection_id: int) -> bytes:
    detail = inspections.inspection_detail(ctx, inspection_id)
    for person in detail.inspectors:
        png = make_signature_png(person.name, 1)
        sign_inspection.add_signature(ctx, inspection_id, SignerRole.INSPECTOR, person.name, png)
    name = detail.representatives[0].name
    png = make_signature_png(name, 2)
    sign_inspection.add_signature(ctx, inspection_id, SignerRole.REPRESENTATIVE, name, png)
    return sign_inspection.sign_inspection(ctx, inspection_id, PASSPHRASE)


@pytest.fixture
def signed_two_units(demo_ctx: AppContext) -> AppContext:
    _sign(demo_ctx, two_unit_inspection(demo_ctx))
    return demo_ctx


def test_two_units_two_signed_orders(signed_two_units: AppContext, tmp_path: Path) -> None:
    ctx = signed_two_units
    orders = order_pdfs(ctx, 2)
    trusted = trust.trusted_certificates(ctx)
    record_number = inspections.inspection_detail(ctx, 2).document_no
    assert record_number

    assert [facts.addressee for facts, _ in orders] == [SUBCONTRACTOR, CONTRACTOR]
    numbers = [facts.number for facts, _ in orders]
    assert len(set(numbers)) == 2
    assert all(re.fullmatch(r".+监令〔\d{4}〕\d{3}号", number) for number in numbers)
    for facts, pdf in orders:
        result = verify_pdf(pdf, trusted)
        assert result.signed and result.intact and result.trusted and result.covers_whole_file
        assert result.signer_name == "李明"
        output = pdfsig(pdf, tmp_path)
        assert "Signature is Valid." in output and "Total document signed" in output
        text = pdf_text(pdf, tmp_path)
        assert facts.number in text and facts.addressee in text and facts.credit_code in text
        assert f"现场检查记录编号：{record_number}" in text


def test_order_numbers_come_from_their_own_sequence(signed_two_units: AppContext) -> None:
    ctx = signed_two_units
    settings = numbering.numbering_settings(ctx, numbering.ORDER)
    signed_at = inspections.inspection_detail(ctx, 2).signed_at
    assert signed_at is not None  # the fixture signed inspection 2
    year = signed_at.year
    issued = [facts.number for facts, _ in order_pdfs(ctx, 2)]
    # The demo signed three inspections before this one, each with its orders.
    with ctx.db.reading() as session:
        last = numbering.last_issued(session, ctx.data_dir, numbering.ORDER, year)
    assert issued == [settings.format(year, last - 1), settings.format(year, last)]


def test_without_findings_no_order(demo_ctx: AppContext) -> None:
    found = inspections.inspection_detail(demo_ctx, 2).findings
    assert found  # else deleting them below would prove nothing
    for finding in found:
        findings.delete_finding(demo_ctx, finding.id)

    _sign(demo_ctx, 2)

    assert signed_orders(demo_ctx, 2) == []


def test_signed_orders_are_locked(signed_two_units: AppContext) -> None:
    database = signed_two_units.data_dir.database
    conn = sqlite3.connect(database)
    try:
        for statement in (
            "UPDATE signed_orders SET addressee = 'x' WHERE inspection_id = 2",
            "DELETE FROM signed_orders WHERE inspection_id = 2",
            "INSERT INTO signed_orders (inspection_id, position, number, addressee, credit_code,"
            " language, sha256, pdf, created_at) VALUES (2, 9, '', '', '', 'zh', '', x'00',"
            " '2026-01-01')",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="inspection is signed"):
                conn.execute(statement)
    finally:
        conn.close()


def test_export_writes_the_orders_beside_the_report(
    signed_two_units: AppContext, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    report = sign_inspection.export_pdf(signed_two_units, 2, out / "记录.pdf")

    paths = order_paths(signed_two_units, 2, report)
    for path, (facts, pdf) in zip(paths, order_pdfs(signed_two_units, 2), strict=True):
        assert path.read_bytes() == pdf
        assert path.name.startswith("整改指令书_") and facts.addressee in path.name
    assert sorted(p.name for p in out.iterdir()) == sorted(["记录.pdf", *(p.name for p in paths)])
    assert len(set(paths)) == 2


def test_amended_revision_keeps_the_order_numbers(signed_two_units: AppContext) -> None:
    ctx = signed_two_units
    before = {o.addressee: o.number for o in signed_orders(ctx, 2)}
    new_id = inspections.new_revision(ctx, 2)

    _sign(ctx, new_id)

    assert {o.addressee: o.number for o in signed_orders(ctx, new_id)} == before
