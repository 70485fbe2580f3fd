"""Turn a stored inspection into the plain ReportData the PDF renderer draws."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TypeVar

from inspector_app.core.catalogue import Catalogue
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Source
from inspector_app.core.scoring import InspectionScore, RuleScore, Verdict
from inspector_app.core.statuses import ArrearsResolution, SignerRole
from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import SiteValues, site_values
from inspector_app.services.evidence.attach import flag_texts, report_copy_path
from inspector_app.services.inspection.detail import AnswerInfo, InspectionDetail
from inspector_app.services.inspection.prefill import site_choice_labels
from inspector_app.services.reporting.model import (
    ArrearsFacts,
    FindingFacts,
    ItemLine,
    PersonFacts,
    PhotoFacts,
    RefusalFacts,
    ReportData,
    RuleSection,
    SignatureFacts,
    SiteFacts,
)
from inspector_app.services.reporting.values import date_text, gps_text, item_value, money

Code = TypeVar("Code", bound=str)

# The report's words for stored codes; English marked here, Chinese in the catalogue.
VERDICTS = {
    Verdict.COMPLIANT: QT_TRANSLATE_NOOP("report", "Compliant", "verdict"),
    Verdict.NEEDS_CORRECTION: QT_TRANSLATE_NOOP("report", "Correction required"),
    Verdict.FAILING: QT_TRANSLATE_NOOP("report", "Failing"),
}
RESOLUTIONS = {
    ArrearsResolution.OPEN: QT_TRANSLATE_NOOP("report", "Open"),
    ArrearsResolution.RESOLVED_ON_SITE: QT_TRANSLATE_NOOP("report", "Resolved on site"),
    ArrearsResolution.HANDED_OVER: QT_TRANSLATE_NOOP("report", "Handed to enforcement"),
}
ROLES = {
    SignerRole.INSPECTOR: QT_TRANSLATE_NOOP("report", "Inspector"),
    SignerRole.REPRESENTATIVE: QT_TRANSLATE_NOOP("report", "Site representative"),
}
DEPOSIT_FORMS = {
    # The words of the form's deposit item (R5.2), for a form that has none.
    "cash": QT_TRANSLATE_NOOP("report", "Cash deposit"),
    "bank_guarantee": QT_TRANSLATE_NOOP("report", "Bank guarantee"),
    "insurance": QT_TRANSLATE_NOOP("report", "Guarantee insurance"),
    "exempt": QT_TRANSLATE_NOOP("report", "Exempt"),
}
_WITH_FORM = QT_TRANSLATE_NOOP("report", "{deposit} ({form})")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("report", ", ", "between items of a list")
NA_REASON_LABEL = QT_TRANSLATE_NOOP("report", "Why not applicable: ")


def _words(table: Mapping[Code, Source], language: str) -> dict[Code, str]:
    words = Catalogue(language)
    return {code: words.text(source) for code, source in table.items()}


def report_id(detail: InspectionDetail) -> str:
    return f"{detail.uuid[:8].upper()}-R{detail.revision}"


def _score_text(score: float | None) -> str:
    return "—" if score is None else f"{score:.1f}"


def _site_facts(values: SiteValues, language: str, labels: dict[str, str]) -> SiteFacts:
    deposit = money(values.deposit_amount, language)
    form = labels.get(values.deposit_form, values.deposit_form)
    return SiteFacts(
        name=values.name,
        address=values.address,
        permit_no=values.permit_no,
        project_code=values.project_code,
        contract_value=money(values.contract_value, language),
        start_date=date_text(values.start_date, language),
        end_date=date_text(values.end_date, language),
        client=values.client,
        client_code=values.client_code,
        contractor=values.contractor,
        contractor_code=values.contractor_code,
        subcontractors=list(values.subcontractors),
        project_manager=values.project_manager,
        wage_administrator=values.wage_administrator,
        responsible_unit=values.responsible_unit,
        workers_on_site=values.workers_on_site,
        workers_registered=values.workers_registered,
        account_bank=values.account_bank,
        account_no=values.account_no,
        deposit=_with_form(deposit, form, language),
    )


def _with_form(deposit: str, form: str, language: str) -> str:
    if deposit and form:
        return Catalogue(language).text(_WITH_FORM).format(deposit=deposit, form=form)
    return deposit or form


def _photo_refs(detail: InspectionDetail) -> dict[int, str]:
    return {evidence.id: f"P{number}" for number, evidence in enumerate(detail.evidence, 1)}


def _rule_sections(
    detail: InspectionDetail, score: InspectionScore, language: str
) -> list[RuleSection]:
    refs = _photo_refs(detail)
    by_rule: dict[str, RuleScore] = {rule.rule_id: rule for rule in score.rules}
    sections = []
    for rule in detail.form.rules:
        rule_score = by_rule[rule.id]
        items = []
        for item in rule.items:
            answer = detail.answers.get(item.id)
            items.append(
                ItemLine(
                    item_id=item.id,
                    text=item.text.get(language),
                    result=answer.result if answer else "not_checked",
                    note=_note_with_reason(answer, language),
                    value=item_value(item, answer.value, language) if answer else "",
                    photo_refs=[refs[e.id] for e in detail.evidence if e.item_id == item.id],
                )
            )
        verdict = (
            ""
            if rule_score.score is None
            else _words(VERDICTS, language)[
                Verdict.COMPLIANT if rule_score.findings == 0 else Verdict.NEEDS_CORRECTION
            ]
        )
        sections.append(
            RuleSection(
                number=rule.number,
                title=rule.title.get(language),
                score=_score_text(rule_score.score),
                verdict_text=verdict,
                items=items,
            )
        )
    return sections


_WHY_FAILING = {
    "critical": QT_TRANSLATE_NOOP(
        "report", "Critical items not compliant ({items}): the verdict is failing."
    ),
    "arrears": QT_TRANSLATE_NOOP(
        "report", "Wage arrears were found on site: the verdict is failing."
    ),
    "not_applicable": QT_TRANSLATE_NOOP(
        "report",
        "{share}% of the items checked were not applicable, above the form's {limit}%: "
        "the grade cannot be A or B.",
    ),
}


def _verdict_reasons(score: InspectionScore, language: str) -> list[str]:
    """Why the verdict is worse than the points alone say (forms/README.md)."""
    reasons = []
    why = _words(_WHY_FAILING, language)
    if score.critical_findings:
        items = Catalogue(language).text(_LIST_SEPARATOR).join(score.critical_findings)
        reasons.append(why["critical"].format(items=items))
    if score.arrears_found:
        reasons.append(why["arrears"])
    if score.too_much_not_applicable:
        reasons.append(
            why["not_applicable"].format(
                share=round(score.not_applicable_share * 100),
                limit=round(score.max_not_applicable_share * 100),
            )
        )
    return reasons


def _note_with_reason(answer: AnswerInfo | None, language: str) -> str:
    """The item's note, led by the reason when it is not applicable."""
    if answer is None:
        return ""
    reason = (answer.na_reason or "").strip() if answer.result == "not_applicable" else ""
    if not reason:
        return answer.note
    lead = Catalogue(language).text(NA_REASON_LABEL) + reason
    return f"{lead}\n{answer.note}" if answer.note.strip() else lead


def _findings(detail: InspectionDetail, language: str) -> list[FindingFacts]:
    facts = []
    for finding in detail.findings:
        try:
            item, rule = detail.form.item(finding.item_id), detail.form.rule_of(finding.item_id)
            basis, title = item.legal_basis.get(language), rule.title.get(language)
        except KeyError:
            basis, title = "", ""
        facts.append(
            FindingFacts(
                item_id=finding.item_id,
                rule_title=title,
                description=finding.description,
                correction=finding.correction,
                deadline=date_text(finding.deadline, language),
                responsible_party=finding.responsible_party,
                legal_basis=basis,
            )
        )
    return facts


def _photos(ctx: AppContext, detail: InspectionDetail, language: str) -> list[PhotoFacts]:
    refs = _photo_refs(detail)
    return [
        PhotoFacts(
            ref=refs[e.id],
            item_id=e.item_id,
            caption=e.caption or e.original_name,
            captured_at=e.captured_at,
            gps=gps_text(e.gps_lat, e.gps_lon, language),
            sha256=e.sha256,
            image_path=report_copy_path(ctx, e.sha256),
            flags=flag_texts(e.flags, language),
            item_text=_item_text(detail, e.item_id, language),
        )
        for e in detail.evidence
    ]


def _item_text(detail: InspectionDetail, item_id: str, language: str) -> str:
    try:
        return detail.form.item(item_id).text.get(language)
    except KeyError:
        return ""


def _people(detail: InspectionDetail) -> tuple[list[PersonFacts], list[PersonFacts]]:
    inspectors = [PersonFacts(i.name, i.unit, i.badge_no) for i in detail.inspectors]
    representatives = [PersonFacts(r.name, r.unit, r.title) for r in detail.representatives]
    return inspectors, representatives


def _signatures(detail: InspectionDetail, language: str) -> list[SignatureFacts]:
    roles = _words(ROLES, language)
    return [
        SignatureFacts(
            role=roles[s.role],
            name=s.signer_name,
            signed_at=s.signed_at,
            image_png=s.image_png,
            role_code=s.role,
        )
        for s in detail.signatures
    ]


def _authority(ctx: AppContext, detail: InspectionDetail) -> str:
    """The issuing unit: the local inspector's (who signs), else the first inspector's."""
    from inspector_app.services.directory.inspectors import self_inspector

    me = self_inspector(ctx)
    if me is not None and me.unit:
        return me.unit
    return next((i.unit for i in detail.inspectors if i.unit), "")


def build_report_data(
    ctx: AppContext,
    detail: InspectionDetail,
    language: str = "zh",
    *,
    document_no: str | None = None,
) -> ReportData:
    """Everything the report shows about one inspection, in `language` ("zh" or "en").

    `document_no` is the number issued at signing; by default the inspection's own (an
    amended revision keeps its number), or none yet.
    """
    language = "zh" if language.startswith("zh") else "en"
    score = detail.score
    inspectors, representatives = _people(detail)
    verdict = _words(VERDICTS, language)[score.verdict] if score.verdict else ""
    return ReportData(
        report_id=report_id(detail),
        language=language,
        form_title=detail.form.title.get(language),
        form_id=detail.form.id,
        form_version=str(detail.form.version),
        site=_site_facts(
            site_values(ctx, detail.site_id),
            language,
            site_choice_labels(detail.form, "site.deposit_form", language)
            or _words(DEPOSIT_FORMS, language),
        ),
        inspectors=inspectors,
        representatives=representatives,
        started_at=detail.started_at,
        finished_at=detail.finished_at or _now(),
        rules=_rule_sections(detail, score, language),
        overall_score=_score_text(score.overall),
        grade=str(score.grade) if score.grade else "",
        verdict=verdict,
        findings=_findings(detail, language),
        arrears=[
            ArrearsFacts(
                employer=c.employer,
                workers_affected=c.workers_affected,
                amount_owed=money(c.amount_owed, language),
                resolution=_words(RESOLUTIONS, language)[c.resolution],
                note=c.note,
                period_owed=c.period_owed or "",
            )
            for c in detail.arrears_cases
        ],
        signatures=_signatures(detail, language),
        photos=_photos(ctx, detail, language),
        authority=_authority(ctx, detail),
        document_no=document_no if document_no is not None else detail.document_no or "",
        revision=detail.revision,
        amend_reason=detail.amend_reason or "",
        verdict_reasons=_verdict_reasons(score, language),
        refusal=_refusal(detail),
    )


def _refusal(detail: InspectionDetail) -> RefusalFacts | None:
    if not detail.refusal_reason:
        return None
    return RefusalFacts(detail.refusal_reason, detail.refused_at, detail.refusal_witness or "")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
