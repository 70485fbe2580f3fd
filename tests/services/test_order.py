"""The order to correct: one per responsible unit, its wording, and text of any length."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from inspector_app.core.statuses import PartyRole
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.records import findings
from inspector_app.services.reporting.order_data import OrderData, build_orders, site_parties
from inspector_app.services.reporting.order_pdf import render_order
from tests import external

SUBCONTRACTOR = "陕西盛安建筑劳务有限公司"
SUBCONTRACTOR_CODE = "91610154QAEJXEB97R"
CONTRACTOR = "中建八局西北公司"
CONTRACTOR_CODE = "916101579K23GD5QA7"
NUMBER = "雁塔监令〔2026〕007号"


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "order.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    text = external.output("pdftotext", "-enc", "UTF-8", str(path), "-")
    # CJK lines wrap anywhere: compare without line breaks and spaces.
    return re.sub(r"\s+", "", text)


def two_unit_inspection(ctx: AppContext) -> int:
    """Inspection 2 of the demo with its first finding on the subcontractor, one finding
    left without a unit (the general contractor's by default) and the rest the contractor's."""
    detail = inspections.inspection_detail(ctx, 2)
    first, second, *_ = detail.findings
    findings.update_finding(ctx, first.id, "responsible_party", SUBCONTRACTOR)
    findings.update_finding(ctx, first.id, "description", "分包单位未按月编制工资支付表。")
    findings.update_finding(ctx, second.id, "responsible_party", "")
    return 2


def test_findings_naming_two_units_give_two_orders(demo_ctx: AppContext) -> None:
    detail = inspections.inspection_detail(demo_ctx, two_unit_inspection(demo_ctx))

    orders = build_orders(demo_ctx, detail, number_for=lambda n: f"第{n}号")

    assert [(o.addressee, o.credit_code, o.number) for o in orders] == [
        (SUBCONTRACTOR, SUBCONTRACTOR_CODE, "第1号"),
        (CONTRACTOR, CONTRACTOR_CODE, "第2号"),
    ]
    on_subcontractor = [f for f in detail.findings if f.responsible_party == SUBCONTRACTOR]
    assert len(orders[0].findings) == len(on_subcontractor) >= 1
    assert len(orders[1].findings) == len(detail.findings) - len(on_subcontractor)
    assert orders[0].findings[0].facts == "分包单位未按月编制工资支付表。"
    assert orders[0].findings[0].provision.startswith("《保障农民工工资支付条例》")


def test_no_findings_no_order(demo_ctx: AppContext) -> None:
    detail = inspections.inspection_detail(demo_ctx, 2)
    assert build_orders(demo_ctx, detail)  # with its findings it has orders
    for finding in detail.findings:
        findings.delete_finding(demo_ctx, finding.id)

    assert build_orders(demo_ctx, inspections.inspection_detail(demo_ctx, 2)) == []


def test_a_new_finding_names_the_general_contractor(demo_ctx: AppContext) -> None:
    detail = inspections.inspection_detail(demo_ctx, 1)
    finding_id = findings.add_finding(demo_ctx, 1, "R1.1")

    added = next(
        f for f in inspections.inspection_detail(demo_ctx, 1).findings if f.id == finding_id
    )

    contractor = site_parties(demo_ctx, detail.site_id)[0]
    assert contractor.role is PartyRole.CONTRACTOR and added.responsible_party == contractor.name


@pytest.fixture
def order(demo_ctx: AppContext) -> OrderData:
    detail = inspections.inspection_detail(demo_ctx, two_unit_inspection(demo_ctx))
    return build_orders(demo_ctx, detail, number_for=lambda n: NUMBER)[1]


def test_chinese_order_says_what_the_law_asks(order: OrderData, tmp_path: Path) -> None:
    rendered = render_order(order)
    text = pdf_text(rendered.pdf, tmp_path)

    assert "劳动保障监察限期整改指令书" in text and NUMBER in text
    assert f"{CONTRACTOR}：" in text and f"统一社会信用代码：{CONTRACTOR_CODE}" in text
    for finding in order.findings:
        assert re.sub(r"\s+", "", finding.facts) in text
        assert re.sub(r"\s+", "", finding.correction) in text
        assert re.sub(r"\s+", "", finding.provision) in text
    deadline = order.findings[0].deadline
    assert deadline is not None
    assert f"改正期限：{deadline.year}年{deadline.month}月{deadline.day}日前" in text
    assert "《劳动保障监察条例》第十八条第一款第（二）项" in text
    assert "《保障农民工工资支付条例》第五十四条至第五十七条" in text
    assert "60日内依法申请行政复议" in text and "6个月内依法向人民法院提起行政诉讼" in text
    for field in ("送达回证", "受送达人", "送达地点", "受送达人签收", "拒收事由及见证人", "送达人"):
        assert field in text
    assert rendered.page_count >= 2


def test_chinese_order_shows_no_english_and_no_form_ids(order: OrderData, tmp_path: Path) -> None:
    text = pdf_text(render_order(order).pdf, tmp_path)

    # Codes and badge numbers are data that happen to hold Latin letters.
    for data in [order.credit_code, *(person.badge_no for person in order.inspectors)]:
        text = text.replace(data, "")
    assert re.findall(r"[A-Za-z]{2,}", text) == []
    assert re.findall(r"R\d+\.\d+", text) == []


def test_english_order(order: OrderData, tmp_path: Path) -> None:
    english = dataclasses.replace(order, language="en")

    text = pdf_text(render_order(english).pdf, tmp_path)

    assert "LabourSecurityInspectionOrdertoCorrect" in text
    assert "within60days" in text and "within6months" in text and "Proofofservice" in text


def test_text_of_any_length_splits_across_pages(order: OrderData, tmp_path: Path) -> None:
    long_finding = dataclasses.replace(order.findings[0], facts="工资支付表缺失。" * 3000)
    huge = dataclasses.replace(
        order,
        addressee="某某建设集团有限公司" * 300,
        site_name="某项目" * 500,
        findings=[long_finding, *order.findings],
    )

    rendered = render_order(huge)

    assert rendered.page_count > 10
    assert "工资支付表缺失。" * 20 in pdf_text(rendered.pdf, tmp_path)


def test_order_pages_render(order: OrderData, tmp_path: Path) -> None:
    """pdftoppm draws every page (a broken font or stream would fail here)."""
    rendered = render_order(order)
    path = tmp_path / "order.pdf"
    path.write_bytes(rendered.pdf)
    external.output("pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page"))
    assert len(list(tmp_path.glob("page-*.png"))) == rendered.page_count


def test_order_embeds_every_font_it_names(order: OrderData, tmp_path: Path) -> None:
    """A paper to serve must not depend on the reader's fonts."""
    path = tmp_path / "order.pdf"
    path.write_bytes(render_order(order).pdf)
    rows = [line.split() for line in external.output("pdffonts", str(path)).splitlines()[2:]]
    assert rows, "pdffonts lists no font"
    # columns: name type encoding emb sub uni object ID; the type may be two words
    assert all(row[-5] == "yes" for row in rows), rows
