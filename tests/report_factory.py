"""A realistic ReportData with generated photos and signatures, for tests and the benchmark."""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from inspector_app.services.reporting.model import (
    ArrearsFacts,
    FindingFacts,
    ItemLine,
    PersonFacts,
    PhotoFacts,
    ReportData,
    RuleSection,
    SignatureFacts,
    SiteFacts,
)

CST = dt.timezone(dt.timedelta(hours=8))
SITE_NAME = "西安市雁塔区幸福里安置房项目二标段"

RULES_ZH = [
    ("实名制管理", "工人进场前完成实名登记,考勤与工资表一致"),
    ("农民工工资专用账户", "总包单位开立工资专用账户并签订三方协议"),
    ("总包代发工资", "总包单位按月通过银行足额代发工资"),
    ("工程款支付担保", "建设单位提供工程款支付担保"),
    ("农民工工资保证金", "按合同额比例存储工资保证金"),
    ("维权信息公示", "在醒目位置设置维权信息告示牌"),
    ("劳资专管员", "配备劳资专管员并审核分包工资台账"),
    ("在线登记", "项目在工资支付监控平台登记并上报"),
]
RULES_EN = [
    ("Real-name registration", "Workers registered before entry; attendance matches payroll"),
    ("Dedicated wage account", "Contractor opened the wage account with a three-party agreement"),
    ("Payroll by the general contractor", "Monthly payment in full through the bank"),
    ("Client's payment guarantee", "The client provided a payment guarantee"),
    ("Wage deposit", "Deposit paid at the required share of the contract value"),
    ("Rights-information notice board", "A notice board in a conspicuous place"),
    ("Wage administrator", "A named administrator reviews the subcontractors' payrolls"),
    ("Online registration", "The project reports on the wage monitoring platform"),
]
FINDING_ZH = "劳务分包单位未按月编制工资表,3 月工资未经工人本人签字确认"
AUTHORITY = "西安市雁塔区劳动保障监察大队"
DOCUMENT_NO = "雁塔监检〔2024〕012号"
CORRECTION_ZH = "补齐 3 月工资表并由工人本人签字,通过专用账户代发"


def make_photo_jpeg(path: Path, seed: int, size: tuple[int, int] = (1600, 1200)) -> Path:
    """A photo-like JPEG (gradients, shapes and sensor noise), so it compresses like one."""
    rng = random.Random(seed)
    width, height = size
    small = Image.linear_gradient("L").resize((width // 8, height // 8))
    tint = Image.merge("RGB", [small.point(lambda v, k=k: (v * k) % 256) for k in (1, 2, 3)])
    image = tint.resize(size, Image.Resampling.BILINEAR)
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        box = (x, y, x + rng.randrange(40, 400), y + rng.randrange(40, 300))
        draw.rectangle(box, fill=tuple(rng.randrange(256) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(2))
    noise = Image.effect_noise(size, 40).convert("RGB")
    image = Image.blend(image, noise, 0.18)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=85)
    return path


def signature_png(seed: int) -> bytes:
    """A drawn signature: a few strokes on a transparent background."""
    rng = random.Random(seed)
    image = Image.new("RGBA", (480, 160), (255, 255, 255, 0))
    points = [(20 + i * 45, rng.randrange(30, 130)) for i in range(10)]
    ImageDraw.Draw(image).line(points, fill=(10, 20, 90, 255), width=5, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _items(rule_number: int, text: str, photo_refs: list[str], failing: bool) -> list[ItemLine]:
    result = "not_compliant" if failing else "compliant"
    return [
        ItemLine(
            f"R{rule_number}.1",
            text,
            result,
            note="抽查 5 名工人" if failing else "",
            photo_refs=photo_refs,
        ),
        ItemLine(f"R{rule_number}.2", f"{text}(台账)", "compliant", value="12 份"),
        ItemLine(f"R{rule_number}.3", f"{text}(现场核实)", "not_applicable"),
    ]


def _photos(photo_dir: Path, count: int, size: tuple[int, int]) -> list[PhotoFacts]:
    photos = []
    for index in range(count):
        path = photo_dir / f"photo-{size[0]}-{index:03d}.jpg"
        if not path.exists():
            make_photo_jpeg(path, seed=index, size=size)
        rule = index % 8 + 1
        photos.append(
            PhotoFacts(
                ref=f"P{index + 1}",
                item_id=f"R{rule}.1",
                caption=f"现场照片 {index + 1}",
                captured_at=dt.datetime(2024, 5, 6, 9, 30, tzinfo=CST)
                + dt.timedelta(minutes=index),
                gps="34.2131 N, 108.9472 E",
                sha256=f"{index:02x}" * 32,
                image_path=path,
                flags=["拍摄时间早于检查开始 2 天"] if index == 1 else [],
            )
        )
    return photos


def _rules(language: str, photos: list[PhotoFacts]) -> list[RuleSection]:
    titles = RULES_ZH if language == "zh" else RULES_EN
    sections = []
    for number, (title, text) in enumerate(titles, start=1):
        refs = [p.ref for p in photos if p.item_id == f"R{number}.1"]
        failing = number in (3, 5)
        verdict = (
            ("不符合" if failing else "符合")
            if language == "zh"
            else ("Not compliant" if failing else "Compliant")
        )
        sections.append(
            RuleSection(
                number,
                title,
                "8.0" if failing else "12.5",
                verdict,
                _items(number, text, refs, failing),
            )
        )
    return sections


def _site() -> SiteFacts:
    return SiteFacts(
        name=SITE_NAME,
        address="西安市雁塔区丈八东路 88 号",
        permit_no="610113202403150101",
        project_code="2403-610113-04-01-123456",
        contract_value="¥ 86,500,000",
        start_date="2024-03-15",
        client="西安幸福里置业有限公司",
        client_code="91110000101623741K",
        contractor="陕西秦川建设集团有限公司",
        contractor_code="911101066976941872",
        subcontractors=[("西安安居劳务有限公司", "91350100M000100Y43")],
        project_manager="王建国",
        wage_administrator="李秀英",
        responsible_unit="雁塔区住建局",
        workers_on_site=186,
        workers_registered=172,
        account_bank="中国建设银行西安雁塔支行",
        account_no="6100 1234 5678 9012 345",
        deposit="¥ 1,730,000(银行保函)",
    )


def make_report_data(
    photo_dir: Path,
    *,
    photos: int = 4,
    language: str = "zh",
    photo_size: tuple[int, int] = (1600, 1200),
    signatures: int = 2,
) -> ReportData:
    """A finished inspection with two findings, one arrears case and `photos` photos."""
    photo_facts = _photos(photo_dir, photos, photo_size)
    started = dt.datetime(2024, 5, 6, 9, 0, tzinfo=CST)
    people = [
        ("张三", "检查人员", "inspector"),
        ("王建国", "被检查单位代表", "representative"),
        ("李四", "检查人员", "inspector"),
    ]
    return ReportData(
        report_id="RPT-2024-0506-0001",
        language=language,
        form_title="八项制度检查表(陕西)",
        form_id="eight-rules-sx",
        form_version="2024.1",
        site=_site(),
        inspectors=[
            PersonFacts("张三", "雁塔区劳动保障监察大队", "SX-0042"),
            PersonFacts("李四", "雁塔区劳动保障监察大队", "SX-0057"),
        ],
        representatives=[PersonFacts("王建国", "陕西秦川建设集团有限公司")],
        started_at=started,
        finished_at=started + dt.timedelta(hours=2, minutes=15),
        rules=_rules(language, photo_facts),
        overall_score="86.0",
        grade="B",
        verdict="基本合格",
        findings=[
            FindingFacts(
                "R3.1",
                "总包代发工资",
                FINDING_ZH,
                CORRECTION_ZH,
                "2024-05-20",
                "陕西秦川建设集团有限公司",
                "《保障农民工工资支付条例》第三十一条",
            ),
            FindingFacts(
                "R5.1",
                "农民工工资保证金",
                "工资保证金未足额存储",
                "补足保证金",
                "2024-05-27",
                "陕西秦川建设集团有限公司",
                "条例第三十二条",
            ),
        ],
        arrears=[
            ArrearsFacts("西安安居劳务有限公司", 14, "¥ 168,400", "已移交执法大队", "3 月工资未发")
        ],
        signatures=[
            SignatureFacts(
                role, name, started + dt.timedelta(hours=2, minutes=3 * i), signature_png(i), code
            )
            for i, (name, role, code) in enumerate(people[:signatures])
        ],
        photos=photo_facts,
        authority=AUTHORITY,
        document_no=DOCUMENT_NO,
    )
