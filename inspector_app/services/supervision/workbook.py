"""The assessment workbook (考核表): five Chinese sheets over a period's signed inspections.

检查汇总 (one row per inspection), 问题与整改 (one per finding), 欠薪线索 (one per
wage-arrears case), 各项制度合规率 (per rule) and 项目 (the sites and their parties).
It is handed in as it is, so every value is in Chinese words, never a stored code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from inspector_app.core.forms import Form
from inspector_app.core.scoring import grade_for
from inspector_app.core.statuses import ArrearsResolution
from inspector_app.services.context import AppContext
from inspector_app.services.reporting.file_names import workbook_file_name
from inspector_app.services.supervision.period import Period
from inspector_app.services.supervision.review import ReviewState
from inspector_app.services.supervision.tables import (
    Column,
    Kind,
    RowsWritten,
    Table,
    release,
    write_tables,
)
from inspector_app.services.supervision.workbook_rows import (
    FindingFacts,
    InspectionFacts,
    WorkbookData,
    read_workbook_data,
)

SUMMARY, FINDINGS, ARREARS, RULES, SITES = (
    "检查汇总",
    "问题与整改",
    "欠薪线索",
    "各项制度合规率",
    "项目",
)
SHEET_NAMES = (SUMMARY, FINDINGS, ARREARS, RULES, SITES)

VERDICTS = {"compliant": "合规", "needs_correction": "限期整改", "failing": "不合格"}
REVIEWS = {
    ReviewState.UNREVIEWED: "未审核",
    ReviewState.ACCEPTED: "已通过",
    ReviewState.RETURNED: "已退回",
}
RESOLUTIONS = {
    ArrearsResolution.OPEN: "未解决",
    ArrearsResolution.RESOLVED_ON_SITE: "现场解决",
    ArrearsResolution.HANDED_OVER: "移交执法",
}
# A finding of a site's newest inspection is still open; an older one was followed up.
REINSPECTED, OVERDUE, WITHIN_DEADLINE, NO_DEADLINE = "已复查", "逾期未整改", "整改期内", "待整改"

_DISTRICT = re.compile(r"(?:[^\s省]+省)?(?:[^\s市]+?市)?([^\s\d市路街道号]{1,8}?(?:区|县|旗))")


def inspection_number(inspection: InspectionFacts) -> str:
    """The number an inspection goes by on paper: its document number (a later revision
    says which, as the record does), or the report id of one signed before numbering."""
    if not inspection.document_no:
        return f"{inspection.uuid[:8].upper()}-R{inspection.revision}"
    if inspection.revision > 1:
        return f"{inspection.document_no}（第{inspection.revision}版）"
    return inspection.document_no


def district_of(address: str) -> str:
    """未央区 from 西安市未央区渭滨路 102 号; empty when the address names no district."""
    match = _DISTRICT.match(address.strip())
    return match.group(1) if match else ""


def _title(data: WorkbookData, heading: str, period: Period, today: dt.date) -> str:
    unit = f"{data.unit} " if data.unit else ""
    return f"{unit}{heading}（{period.label()}，{today:%Y-%m-%d} 导出）"


def _grade(form: Form | None, score: float | None) -> str:
    if form is None or score is None:
        return ""
    return f"{grade_for(form.scoring, score)}级"


def summary_table(data: WorkbookData, title: str) -> Table:
    findings = Counter(f.inspection_id for f in data.findings)
    columns = [
        Column("编号"),
        Column("项目名称"),
        Column("所在区县"),
        Column("检查日期", Kind.DATE),
        Column("检查人员"),
        Column("得分", Kind.SCORE),
        Column("等级"),
        Column("结论"),
        Column("发现问题", Kind.COUNT),
        Column("审核状态"),
    ]
    rows = []
    for i in data.inspections:
        site = data.sites[i.site_id]
        rows.append(
            (
                inspection_number(i),
                site.name,
                district_of(site.address),
                i.started_at.date(),
                data.inspectors.get(i.id, ""),
                None if i.score is None else round(i.score, 1),
                _grade(data.forms.get(i.form_pk), i.score),
                VERDICTS.get(i.verdict or "", ""),
                findings[i.id],
                REVIEWS[data.review[i.id]],
            )
        )
    return Table(SUMMARY, title, columns, rows)


def _item_names(form: Form) -> dict[str, tuple[str, str]]:
    """item id -> (rule title, item text), in Chinese."""
    return {item.id: (rule.title.zh, item.text.zh) for rule in form.rules for item in rule.items}


def finding_state(open_: bool, deadline: dt.date | None, today: dt.date) -> tuple[str, int | None]:
    """(status, days overdue) of a finding; `open_` when its inspection is the site's newest."""
    if not open_:
        return REINSPECTED, None
    if deadline is None:
        return NO_DEADLINE, None
    if deadline < today:
        return OVERDUE, (today - deadline).days
    return WITHIN_DEADLINE, 0


def findings_table(data: WorkbookData, title: str, today: dt.date) -> Table:
    columns = [
        Column("编号"),
        Column("项目名称"),
        Column("制度"),
        Column("检查项"),
        Column("问题描述"),
        Column("责令改正事项"),
        Column("整改期限", Kind.DATE),
        Column("责任单位"),
        Column("逾期天数", Kind.COUNT),
        Column("状态"),
    ]
    inspections = {i.id: i for i in data.inspections}
    order = {i.id: position for position, i in enumerate(data.inspections)}
    numbers = {i.id: inspection_number(i) for i in data.inspections}
    names = {pk: _item_names(form) for pk, form in data.forms.items()}
    rows = []
    for f in sorted(data.findings, key=lambda f: order[f.inspection_id]):
        i = inspections[f.inspection_id]
        site = data.sites[i.site_id]
        rule, item = names.get(i.form_pk, {}).get(f.item_id, ("", f.item_id))
        state, overdue = finding_state(i.id in data.site_latest, f.deadline, today)
        rows.append(
            (
                numbers[i.id],
                site.name,
                rule,
                item,
                f.description,
                f.correction,
                f.deadline,
                _responsible(f, site.contractor),
                overdue,
                state,
            )
        )
    return Table(FINDINGS, title, columns, rows)


def _responsible(finding: FindingFacts, contractor: str) -> str:
    # The general contractor answers for its site's wages when no other unit is named.
    return finding.responsible_party.strip() or contractor


def arrears_table(data: WorkbookData, title: str) -> Table:
    columns = [
        Column("编号"),
        Column("项目名称"),
        Column("检查日期", Kind.DATE),
        Column("用工单位"),
        Column("涉及人数", Kind.COUNT),
        Column("欠薪金额", Kind.MONEY),
        Column("处理情况"),
        Column("是否解决"),
        Column("情况说明"),
    ]
    inspections = {i.id: i for i in data.inspections}
    order = {i.id: position for position, i in enumerate(data.inspections)}
    rows = []
    for case in sorted(data.arrears, key=lambda c: order[c.inspection_id]):
        i = inspections[case.inspection_id]
        rows.append(
            (
                inspection_number(i),
                data.sites[i.site_id].name,
                i.started_at.date(),
                case.employer,
                case.workers_affected,
                case.amount_owed,
                RESOLUTIONS[case.resolution],
                # As the dashboard counts it: only a case settled on site is resolved.
                "是" if case.resolution.resolved else "否",
                case.note,
            )
        )
    return Table(ARREARS, title, columns, rows)


def _rule_names(data: WorkbookData) -> dict[str, tuple[int, str]]:
    """rule id -> (number, title); the newest stored form has the last word."""
    names: dict[str, tuple[int, str]] = {}
    for _pk, form in sorted(data.forms.items()):
        names.update({rule.id: (rule.number, rule.title.zh) for rule in form.rules})
    return names


def rules_table(data: WorkbookData, title: str) -> Table:
    columns = [
        Column("序号", Kind.COUNT),
        Column("制度名称"),
        Column("符合项数", Kind.COUNT),
        Column("不符合项数", Kind.COUNT),
        Column("不适用项数", Kind.COUNT),
        Column("适用项数", Kind.COUNT),
        Column("检查项目数", Kind.COUNT),
        Column("合规率", Kind.RATE),
    ]
    names = _rule_names(data)
    rows = []
    for r in data.rules:
        number, name = names.get(r.rule_id, (None, r.rule_id))
        rows.append(
            (
                number,
                name,
                r.compliant,
                r.not_compliant,
                r.not_applicable,
                r.compliant + r.not_compliant,
                r.inspections,
                r.rate,
            )
        )
    rows.sort(key=lambda row: (row[0] is None, row[0] or 0))
    return Table(RULES, title, columns, rows)


def sites_table(data: WorkbookData, title: str) -> Table:
    columns = [
        Column("项目名称"),
        Column("项目地址"),
        Column("所在区县"),
        Column("施工许可证号"),
        Column("项目代码"),
        Column("合同金额", Kind.MONEY),
        Column("建设单位"),
        Column("建设单位统一社会信用代码"),
        Column("施工总承包单位"),
        Column("总承包单位统一社会信用代码"),
        Column("劳务分包单位"),
        Column("劳务分包单位统一社会信用代码"),
        Column("项目经理"),
        Column("劳资专管员"),
        Column("包抓单位"),
        Column("在场工人数", Kind.COUNT),
        Column("实名登记人数", Kind.COUNT),
        Column("期间检查次数", Kind.COUNT),
    ]
    inspected = Counter(i.site_id for i in data.inspections)
    rows = [
        (
            s.name,
            s.address,
            district_of(s.address),
            s.permit_no,
            s.project_code,
            s.contract_value,
            s.client,
            s.client_code,
            s.contractor,
            s.contractor_code,
            "、".join(name for name, _code in s.subcontractors),
            "、".join(code for _name, code in s.subcontractors if code),
            s.project_manager,
            s.wage_administrator,
            s.responsible_unit,
            s.workers_on_site,
            s.workers_registered,
            inspected[s.id],
        )
        for s in data.sites.values()
    ]
    return Table(SITES, title, columns, rows)


def workbook_tables(
    ctx: AppContext, period: Period | None = None, today: dt.date | None = None
) -> list[Table]:
    """The five sheets over the period's inspections (every month when None)."""
    period, today = period or Period(), today or dt.date.today()
    data = read_workbook_data(ctx, period)

    def title(heading: str) -> str:
        return _title(data, heading, period, today)

    tables = [
        summary_table(data, title("农民工工资支付“八项制度”检查汇总")),
        findings_table(data, title("检查发现问题及整改情况"), today),
        arrears_table(data, title("欠薪线索")),
        rules_table(data, title("各项制度合规率（每个项目按期间内最近一次检查计）")),
        sites_table(data, title("被检查项目及参建单位")),
    ]
    for facts in (data.inspections, data.findings, data.arrears):
        release(facts)  # in slices, not all at once on return (see release)
    return tables


def export_workbook(
    ctx: AppContext,
    path: Path,
    period: Period | None = None,
    today: dt.date | None = None,
    progress: RowsWritten | None = None,
) -> list[Path]:
    """Write the workbook as XLSX, or as one CSV per sheet; a folder gets a named file.
    `progress(done, total)` follows the rows written; raising from it stops the export
    and leaves no file behind."""
    period = period or Period()
    path = Path(path)
    if path.is_dir():
        path = path / workbook_file_name(*period.month_texts(), ".xlsx")
    tables = workbook_tables(ctx, period, today)
    try:
        return write_tables(tables, path, progress)
    finally:
        for table in tables:
            if isinstance(table.rows, list):
                release(table.rows)  # in slices, not all at once on return (see release)
