"""The report's fixed labels in Chinese and English, and how it writes times."""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("zh", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (zh, en)
    "report_title": (
        "农民工工资支付“八项制度”现场检查记录",
        "Site inspection record: the eight wage rules",
    ),
    "document_no": ("编号", "No."),
    "unnumbered": ("签署时编号", "numbered when signed"),
    "revision": ("（第 {revision} 版）", " (version {revision})"),
    "amended": (
        "第 {revision} 版，替代第 {previous} 版",
        "Version {revision}, replaces version {previous}",
    ),
    "amend_reason": ("修改原因", "Reason for the amendment"),
    "form_version": ("（第 {version} 版）", " (version {version})"),
    "visit": ("检查基本情况", "The inspection"),
    "place": ("检查地点", "Place"),
    "time": ("检查时间", "Time"),
    "time_span": ("{start} 至 {end}", "{start} to {end}"),
    "subject": ("被检查项目", "Project inspected"),
    "form": ("检查依据", "Checklist used"),
    "site_facts": ("项目基本情况", "The project"),
    "site_name": ("项目名称", "Project name"),
    "address": ("项目地址", "Address"),
    "permit_no": ("施工许可证号", "Construction permit no."),
    "project_code": ("项目代码", "Project code"),
    "contract_value": ("合同金额", "Contract value"),
    "start_date": ("开工日期", "Start date"),
    "end_date": ("竣工日期", "Completion date"),
    "responsible_unit": ("包抓单位", "Responsible unit"),
    "workers": ("在场工人 / 实名登记", "Workers on site / registered"),
    "account": ("农民工工资专用账户", "Dedicated wage account"),
    "deposit": ("工资保证金", "Wage deposit"),
    "parties": ("参建单位", "Parties"),
    "party_role": ("角色", "Role"),
    "party_name": ("单位名称", "Name"),
    "credit_code": ("统一社会信用代码", "Unified social credit code"),
    "client": ("建设单位", "Client"),
    "contractor": ("施工总承包单位", "General contractor"),
    "subcontractor": ("劳务分包单位", "Labour subcontractor"),
    "project_manager": ("项目经理", "Project manager"),
    "wage_administrator": ("劳资专管员", "Wage administrator"),
    "inspectors": ("检查人员", "Inspectors"),
    "representatives": ("被检查单位代表", "Representatives of the inspected unit"),
    "badge": ("执法证号", "Badge no."),
    "post": ("职务", "Post"),
    "unit": ("单位", "Unit"),
    "name": ("姓名", "Name"),
    "summary": ("检查结果汇总", "Results by rule"),
    "rule_no": ("序号", "No."),
    "rule": ("制度", "Rule"),
    "score": ("得分", "Score"),
    "verdict": ("结论", "Verdict"),
    "overall": ("综合得分", "Overall score"),
    "grade": ("等级", "Grade"),
    "detail": ("检查明细", "Results by item"),
    "item": ("检查项", "Item"),
    "result": ("结果", "Result"),
    "note": ("记录及说明", "Recorded / note"),
    "evidence": ("照片", "Photos"),
    "findings": ("发现的问题及责令限期改正事项", "Findings and corrections ordered"),
    "findings_intro": (
        "根据《保障农民工工资支付条例》及《劳动保障监察条例》,责令下列单位在限期内改正,"
        "并将改正情况书面报告检查机关。被检查单位有权陈述、申辩,并依法申请行政复议或提起行政诉讼。",
        "Under the Regulation on Guaranteeing Payment of Wages to Migrant Workers and the "
        "Labour Security Inspection Regulation, the units below are ordered to correct the "
        "following within the deadlines and to report the correction in writing. The inspected "
        "unit may state its case and may apply for review or appeal.",
    ),
    "no_findings": ("未发现问题。", "No findings."),
    "finding": ("问题", "Finding"),
    "correction": ("责令改正事项", "Correction ordered"),
    "deadline": ("改正期限", "Deadline"),
    "responsible_party": ("责任单位", "Responsible party"),
    "legal_basis": ("法律依据", "Legal basis"),
    "arrears": ("欠薪线索", "Wage-arrears cases"),
    "no_arrears": ("未发现欠薪线索。", "No wage-arrears cases found."),
    "employer": ("用工单位", "Employer"),
    "workers_affected": ("涉及人数", "Workers"),
    "amount_owed": ("欠薪金额", "Amount owed"),
    "period_owed": ("欠薪期间", "Period owed"),
    "resolution": ("处理情况", "Resolution"),
    "acknowledgement": ("被检查单位确认", "Acknowledgement by the inspected unit"),
    "acknowledgement_text": (
        "以上检查情况属实。本记录已交被检查单位代表阅读（或向其宣读），"
        "被检查单位已知悉检查发现的问题及责令改正事项。",
        "The above is a true account of the inspection. This record was read by (or read "
        "out to) the representative of the inspected unit, which has been told of the "
        "findings and the corrections ordered.",
    ),
    "representative_signature": ("被检查单位代表（签名）", "Representative (signature)"),
    "refused": (
        "被检查单位代表拒绝签字",
        "The representative of the inspected unit refused to sign",
    ),
    "refusal_reason": ("拒签理由", "Reason given"),
    "refused_at": ("拒签时间", "Time"),
    "witness": ("见证检查人员", "Witnessed by inspector"),
    "inspector_signatures": ("检查人员签名", "Inspectors' signatures"),
    "signature": ("签名", "Signature"),
    "signed_at": ("签名时间", "Signed at"),
    "not_signed": ("未签名", "not signed"),
    "digital_signature": ("电子签章（PAdES 数字签名）", "Digital signature (PAdES)"),
    "seal": ("盖章处", "Official seal"),
    "seal_date": ("年　月　日", "Date:"),
    "photos": ("附件：照片证据", "Appendix: photo evidence"),
    "photo": ("照片", "Photo"),
    "caption": ("说明", "Caption"),
    "captured_at": ("拍摄时间", "Taken"),
    "gps": ("拍摄地点", "Place"),
    "no_gps": ("无定位信息", "no location recorded"),
    "hash": ("校验值", "Checksum"),
    "flags": ("完整性提示", "Integrity notes"),
    "unknown": ("未知", "unknown"),
    "none": ("无", "none"),
    "page_of": ("第 {page} 页 共 {pages} 页", "Page {page} of {pages}"),
    "compliant": ("符合", "Compliant"),
    "not_compliant": ("不符合", "Not compliant"),
    "not_applicable": ("不适用", "Not applicable"),
    "not_checked": ("未检查", "Not checked"),
}


class Labels:
    """Labels for one language: `labels["site_name"]`, `labels.result("compliant")`."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "zh"
        self._column = LANGUAGES.index(self.language)

    def __getitem__(self, key: str) -> str:
        return _LABELS[key][self._column]

    def result(self, code_or_text: str) -> str:
        """A result code in words; free text (already localised) stays as it is."""
        entry = _LABELS.get(code_or_text)
        return entry[self._column] if entry and code_or_text in _RESULT_CODES else code_or_text

    def aside(self, text: str) -> str:
        """A remark in brackets after something: full-width in Chinese."""
        return f"（{text}）" if self.language == "zh" else f" ({text})"

    def labelled(self, label: str, value: str) -> str:
        """ "标签：值" with the full-width colon in Chinese, "Label: value" in English."""
        return f"{label}：{value}" if self.language == "zh" else f"{label}: {value}"

    def numbered(self, number: str, revision: int) -> str:
        """The document number as printed, with the version from the second one on."""
        if not number:
            return self["unnumbered"]
        return number + (self["revision"].format(revision=revision) if revision > 1 else "")

    def page_of(self, page: int, pages: int) -> str:
        return self["page_of"].format(page=page, pages=pages)

    def moment(self, value: dt.datetime | None) -> str:
        """A time as the report prints it, with its UTC offset when known."""
        if value is None:
            return self["unknown"]
        text = f"{self.date(value)} {value:%H:%M}"
        offset = value.strftime("%z")
        return f"{text} {offset[:3]}:{offset[3:]}" if offset else text

    def date(self, value: dt.date | None) -> str:
        """A date as official papers write it: 2026年9月19日, or 2026-09-19 in English."""
        if value is None:
            return ""
        if self.language == "zh":
            return f"{value.year}年{value.month}月{value.day}日"
        return value.strftime("%Y-%m-%d")

    def span(self, start: dt.datetime | None, end: dt.datetime | None) -> str:
        """When the inspection took place; the end's date only when it is another day."""
        if start is None or end is None:
            return self.moment(start or end)
        same_day = start.date() == end.date() and start.tzinfo == end.tzinfo
        until = f"{end:%H:%M}" if same_day else self.moment(end)
        return self["time_span"].format(start=self.moment(start), end=until)


_RESULT_CODES = frozenset({"compliant", "not_compliant", "not_applicable", "not_checked"})
