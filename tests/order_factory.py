"""Orders to correct built directly as data, without a database (benchmarks, render tests)."""

from __future__ import annotations

import datetime as dt

from inspector_app.services.reporting.order_data import InspectorSignature, OrderData, OrderFinding
from tests.report_factory import signature_png


def make_order_data(findings: int = 5, language: str = "zh") -> OrderData:
    """An order to a general contractor with `findings` breaches and two signed inspectors."""
    signed = dt.datetime(2026, 11, 20, 11, 30)
    return OrderData(
        language=language,
        position=1,
        number="雁塔监令〔2026〕001号",
        authority="西安市雁塔区劳动保障监察大队",
        addressee="陕西建工第三建设集团有限公司",
        credit_code="91110000101623741K",
        site_name="雁塔区丝路科创园二期项目",
        site_address="西安市雁塔区科技路 69 号",
        inspected_on=signed.date(),
        issued_on=signed.date(),
        findings=[
            OrderFinding(
                rule_title="农民工工资专用账户",
                item_text="已开设农民工工资专用账户并备案",
                facts=f"第{n}项：现场未能提供专用账户开户及备案材料。",
                provision="《保障农民工工资支付条例》第二十六条",
                correction="开设农民工工资专用账户，并向项目所在地人力资源社会保障部门备案。",
                deadline=signed.date() + dt.timedelta(days=15),
            )
            for n in range(1, findings + 1)
        ],
        inspectors=[
            InspectorSignature("张三", "SX-0042", signed, signature_png(1)),
            InspectorSignature("李四", "SX-0043", signed, signature_png(2)),
        ],
    )
