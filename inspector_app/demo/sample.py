"""Realistic sample data for demos: sites, inspectors, inspections in every state."""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from inspector_app.core.errors import ValidationError
from inspector_app.core.form_loader import default_form
from inspector_app.core.forms import EvidenceRule
from inspector_app.core.identifiers import credit_code_check_char
from inspector_app.core.results import Result
from inspector_app.core.statuses import ArrearsResolution, SignerRole
from inspector_app.demo.photos import make_demo_photo, make_signature_png
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors, sites
from inspector_app.services.evidence import attach as evidence
from inspector_app.services.inspection import answers, numbering
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.records import findings
from inspector_app.services.signing import keys, sign_inspection
from inspector_app.services.signing.identity import PASSPHRASE_ENV, has_identity

CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


@dataclass(frozen=True)
class DemoSite:
    name: str
    address: str
    client: str
    contractor: str
    subcontractor: str
    manager: str
    administrator: str
    unit: str
    contract_value: int
    workers: int


DEMO_SITES = (
    DemoSite(
        "西安高新区丝路科创园二期项目",
        "西安市高新区锦业路 69 号",
        "西安高新科创置业有限公司",
        "陕西建工第三建设集团有限公司",
        "西安宏达劳务有限公司",
        "王建国",
        "李秀兰",
        "高新区住建局",
        186_000_000,
        420,
    ),
    DemoSite(
        "雁塔区曲江池东路安置房项目",
        "西安市雁塔区曲江池东路 18 号",
        "西安曲江城市更新有限公司",
        "中建八局西北公司",
        "陕西盛安建筑劳务有限公司",
        "张伟",
        "赵敏",
        "雁塔区人社局",
        92_500_000,
        260,
    ),
    DemoSite(
        "未央区渭滨小学改扩建工程",
        "西安市未央区渭滨路 102 号",
        "西安市未央区教育局",
        "陕西华山建设集团有限公司",
        "咸阳远大劳务服务有限公司",
        "刘洋",
        "陈静",
        "未央区教育局",
        38_000_000,
        95,
    ),
    DemoSite(
        "长安区韦曲街道市政道路改造工程",
        "西安市长安区韦曲南街",
        "西安市长安区市政工程管理中心",
        "中铁二十局集团市政工程有限公司",
        "渭南顺达劳务有限公司",
        "杨帆",
        "周丽",
        "长安区城管局",
        64_300_000,
        140,
    ),
    DemoSite(
        "灞桥区生态湿地配套商业综合体",
        "西安市灞桥区灞河东路 7 号",
        "西安灞桥文旅投资有限公司",
        "陕西建工安装集团有限公司",
        "宝鸡永兴劳务有限公司",
        "孙强",
        "吴芳",
        "灞桥区住建局",
        245_000_000,
        610,
    ),
)


def demo_credit_code(rng: random.Random) -> str:
    """A made-up unified social credit code with a correct check character."""
    body = (
        "91"
        + "6101"
        + f"{rng.randrange(10**2):02d}"
        + "".join(rng.choice(CREDIT_ALPHABET) for _ in range(9))
    )
    return body + credit_code_check_char(body)


def _add_site(ctx: AppContext, site: DemoSite, rng: random.Random) -> int:
    start = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(300))
    return sites.create_site(
        ctx,
        site.name,
        subcontractors=[(site.subcontractor, demo_credit_code(rng))],
        address=site.address,
        permit_no=f"6101{rng.randrange(10**13, 10**14)}",
        project_code=f"2025-610100-47-01-{rng.randrange(100000, 999999)}",
        contract_value=site.contract_value,
        start_date=start.isoformat(),
        end_date=(start + dt.timedelta(days=540)).isoformat(),  # the planned completion
        client=site.client,
        client_code=demo_credit_code(rng),
        contractor=site.contractor,
        contractor_code=demo_credit_code(rng),
        project_manager=site.manager,
        wage_administrator=site.administrator,
        responsible_unit=site.unit,
        workers_on_site=site.workers,
        workers_registered=site.workers - rng.randrange(0, 12),
        account_bank="中国建设银行西安分行",
        account_no=f"6100{rng.randrange(10**15, 10**16)}",
        deposit_amount=Decimal(site.contract_value) * Decimal("0.02"),
        deposit_form="bank_guarantee",
    )


# What an inspector records for the number, text and choice items of the default form.
DEMO_VALUES = {
    "R1.2": "86",
    "R1.3": "92",
    "R1.7": "抽查 5 名工人：均已签订劳动合同，8 月工资已发放，工资卡由本人持有。",
    "R5.2": "bank_guarantee",
    "R5.3": "760000",
    "R7.1": "陈静 13991234567",
}


def _answer_all(
    ctx: AppContext, inspection_id: int, rng: random.Random, fail_rate: float, fraction: float = 1.0
) -> list[str]:
    """Answer the checklist; returns the ids of the items found not compliant."""
    failed = []
    items = list(default_form().items())
    for item in items[: max(1, int(len(items) * fraction))]:
        roll = rng.random()
        result = (
            Result.NOT_COMPLIANT
            if roll < fail_rate
            else Result.NOT_APPLICABLE
            if roll > 0.96
            else Result.COMPLIANT
        )
        answers.set_result(ctx, inspection_id, item.id, result)
        if item.id in DEMO_VALUES and result != Result.NOT_APPLICABLE:
            answers.set_value(ctx, inspection_id, item.id, DEMO_VALUES[item.id])
        if result == Result.NOT_APPLICABLE:
            answers.set_na_reason(ctx, inspection_id, item.id, "本项目不涉及此项")
        if result == Result.NOT_COMPLIANT:
            failed.append(item.id)
            answers.set_note(ctx, inspection_id, item.id, "现场核查发现该项未落实，已当场指出。")
    return failed


def _add_findings(
    ctx: AppContext, inspection_id: int, failed: list[str], site: DemoSite, started: dt.datetime
) -> None:
    form = default_form()
    for item_id in failed:
        # The subcontractor draws up the monthly payroll (rule 3): its findings are its own,
        # so signing serves it an order of its own beside the general contractor's.
        party = site.subcontractor if item_id.startswith("R3.") else site.contractor
        item = form.item(item_id)
        findings.add_finding(
            ctx,
            inspection_id,
            item_id,
            description=f"{item.text.zh}：现场未能提供相关资料。",
            correction=f"责令于期限内落实“{item.text.zh}”，并书面报告整改情况。",
            deadline=(started + dt.timedelta(days=15)).date(),
            responsible_party=party,
        )


def _photo_items(ctx: AppContext, inspection_id: int) -> list[str]:
    """Items whose evidence rule asks for a photo given the answers so far."""
    detail = inspections.inspection_detail(ctx, inspection_id)
    wanted = []
    for item in detail.form.items():
        answer = detail.answers.get(item.id)
        result = answer.result if answer else "not_checked"
        always = item.evidence == EvidenceRule.PHOTO_ALWAYS and result != "not_applicable"
        on_breach = (
            item.evidence == EvidenceRule.PHOTO_IF_NOT_COMPLIANT and result == "not_compliant"
        )
        if always or on_breach:
            wanted.append(item.id)
    return wanted


def _attach_photos(
    ctx: AppContext,
    inspection_id: int,
    started: dt.datetime,
    photos: list[Path],
    folder: Path,
    seed: int,
) -> None:
    for number, item_id in enumerate(_photo_items(ctx, inspection_id)):
        if photos:
            path = photos[(seed + number) % len(photos)]
        else:
            taken = started + dt.timedelta(minutes=7 * number + 3)
            path = make_demo_photo(
                folder / f"{inspection_id}-{item_id}.jpg",
                f"{item_id}  {taken:%Y-%m-%d %H:%M}",
                taken,
                seed + number,
            )
        evidence.add_photos(ctx, inspection_id, item_id, [path])


def _sign(ctx: AppContext, inspection_id: int, passphrase: bytes, seed: int) -> None:
    detail = inspections.inspection_detail(ctx, inspection_id)
    # Each signs in turn once the record is read out: the representative first.
    signed_at = (detail.finished_at or detail.started_at) + dt.timedelta(minutes=4)
    for representative in detail.representatives:
        sign_inspection.add_signature(
            ctx,
            inspection_id,
            SignerRole.REPRESENTATIVE,
            representative.name,
            make_signature_png(representative.name, seed + 9),
            signed_at=signed_at,
        )
    for number, person in enumerate(detail.inspectors, start=1):
        sign_inspection.add_signature(
            ctx,
            inspection_id,
            SignerRole.INSPECTOR,
            person.name,
            make_signature_png(person.name, seed + number),
            signed_at=signed_at + dt.timedelta(minutes=2 * number),
        )
    sign_inspection.sign_inspection(ctx, inspection_id, passphrase)


def _demo_passphrase(ctx: AppContext) -> tuple[bytes, str]:
    """The passphrase for the demo key: INSPECTOR_PASSPHRASE, or a new one to print."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given.encode("utf-8"), f"signing key passphrase: from {PASSPHRASE_ENV}"
    if has_identity(ctx.data_dir.keys):
        raise ValidationError(
            f"A signing key exists already; set {PASSPHRASE_ENV} to its passphrase to sign."
        )
    chosen = secrets.token_urlsafe(12)
    return chosen.encode("utf-8"), f"signing key passphrase (keep it): {chosen}"


def _photo_files(photos_dir: Path | None) -> list[Path]:
    if photos_dir is None:
        return []
    suffixes = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"}
    try:
        files = sorted(p for p in Path(photos_dir).iterdir() if p.suffix.lower() in suffixes)
    except OSError as error:
        raise ValidationError(f"Cannot read the folder {photos_dir}: {error.strerror}") from error
    if not files:
        raise ValidationError(f"No photos (JPEG, PNG, WebP, HEIC) in {photos_dir}.")
    return files


def _demo_inspection(
    ctx: AppContext,
    number: int,
    site: DemoSite,
    rng: random.Random,
    people: list[int],
    photos: list[Path],
    folder: Path,
    passphrase: bytes,
) -> int:
    """Site `number` gets an inspection: 0 draft, 1 complete, 2-3 signed, 4 exported."""
    site_id = _add_site(ctx, site, rng)
    started = dt.datetime(2026, 9, 1, 9, 30) + dt.timedelta(days=9 * number)
    inspection_id = inspections.start_inspection(
        ctx,
        site_id,
        people,
        [inspections.RepresentativeInput(site.manager, "项目经理", site.contractor)],
        started_at=started,
    )
    fraction = 0.4 if number == 0 else 1.0
    failed = _answer_all(ctx, inspection_id, rng, 0.1 + 0.06 * number, fraction)
    _add_findings(ctx, inspection_id, failed, site, started)
    if number % 2 == 1:
        findings.add_arrears_case(
            ctx,
            inspection_id,
            employer=site.subcontractor,
            workers_affected=rng.randrange(5, 40),
            amount_owed=Decimal(rng.randrange(50, 900) * 1000),
            resolution=(ArrearsResolution.RESOLVED_ON_SITE, ArrearsResolution.HANDED_OVER)[
                number // 2 % 2
            ],
            note="工人反映 8 月工资未足额发放。",
        )
    if number >= 1:
        _attach_photos(ctx, inspection_id, started, photos, folder, seed=number * 100)
        inspections.mark_complete(
            ctx, inspection_id, finished_at=started + dt.timedelta(hours=2, minutes=40)
        )
    if number >= 2:
        _sign(ctx, inspection_id, passphrase, seed=number * 10)
    if number == 4:
        sign_inspection.mark_exported(ctx, inspection_id)
    return inspection_id


def create_demo_data(
    ctx: AppContext,
    *,
    photos_dir: Path | None = None,
    seed: int = 7,
    progress: Callable[[str], None] | None = None,
) -> str:
    """Fill the data folder with sample sites and inspections; returns a short summary."""
    rng = random.Random(seed)
    photos = _photo_files(photos_dir)
    passphrase, passphrase_note = _demo_passphrase(ctx)
    me = inspectors.update_self(ctx, "李明", "西安市劳动保障监察支队", "LS-610100-0231")
    numbering.set_numbering(ctx, "", "西安")
    if not has_identity(ctx.data_dir.keys):
        keys.init_identity(ctx, passphrase)
    colleague = inspectors.add_inspector(ctx, "王芳", "西安市住房和城乡建设局", "ZJ-610100-0417")
    created = []
    with tempfile.TemporaryDirectory(prefix="inspector-demo-") as folder:
        for number, site in enumerate(DEMO_SITES):
            created.append(
                _demo_inspection(
                    ctx, number, site, rng, [me, colleague], photos, Path(folder), passphrase
                )
            )
            if progress:
                progress(f"site {number + 1}/{len(DEMO_SITES)}: {site.name}")
    return (
        f"demo data: {len(DEMO_SITES)} sites, {len(created)} inspections "
        f"(3 signed, 1 of them exported) in {ctx.data_dir.root}\n{passphrase_note}"
    )
