"""The report's fixed labels, and how it writes times, in the user's language.

The English wording is marked here; its Chinese is in the Qt Linguist catalogue
(inspector_zh_CN.ts, context "report"), read through core.catalogue.
"""

from __future__ import annotations

import datetime as dt

from inspector_app.core.catalogue import Catalogue, Numeral
from inspector_app.core.messages import QT_TRANSLATE_NOOP

LANGUAGES = ("zh", "en")

_LABELS = {
    "report_title": QT_TRANSLATE_NOOP("report", "Site inspection record: the eight wage rules"),
    "document_no": QT_TRANSLATE_NOOP("report", "No.", "document"),
    "unnumbered": QT_TRANSLATE_NOOP("report", "numbered when signed"),
    "revision": QT_TRANSLATE_NOOP("report", " (version {revision})"),
    "amended": QT_TRANSLATE_NOOP("report", "Version {revision}, replaces version {previous}"),
    "amend_reason": QT_TRANSLATE_NOOP("report", "Reason for the amendment"),
    "form_version": QT_TRANSLATE_NOOP("report", " (version {version})"),
    "visit": QT_TRANSLATE_NOOP("report", "The inspection"),
    "place": QT_TRANSLATE_NOOP("report", "Place", "inspection"),
    "time": QT_TRANSLATE_NOOP("report", "Time", "inspection"),
    "time_span": QT_TRANSLATE_NOOP("report", "{start} to {end}"),
    "subject": QT_TRANSLATE_NOOP("report", "Project inspected"),
    "form": QT_TRANSLATE_NOOP("report", "Checklist used"),
    "site_facts": QT_TRANSLATE_NOOP("report", "The project"),
    "site_name": QT_TRANSLATE_NOOP("report", "Project name"),
    "address": QT_TRANSLATE_NOOP("report", "Address"),
    "permit_no": QT_TRANSLATE_NOOP("report", "Construction permit no."),
    "project_code": QT_TRANSLATE_NOOP("report", "Project code"),
    "contract_value": QT_TRANSLATE_NOOP("report", "Contract value"),
    "start_date": QT_TRANSLATE_NOOP("report", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("report", "Completion date"),
    "responsible_unit": QT_TRANSLATE_NOOP("report", "Responsible unit"),
    "workers": QT_TRANSLATE_NOOP("report", "Workers on site / registered"),
    "account": QT_TRANSLATE_NOOP("report", "Dedicated wage account"),
    "deposit": QT_TRANSLATE_NOOP("report", "Wage deposit"),
    "parties": QT_TRANSLATE_NOOP("report", "Parties"),
    "party_role": QT_TRANSLATE_NOOP("report", "Role"),
    "party_name": QT_TRANSLATE_NOOP("report", "Name", "unit"),
    "credit_code": QT_TRANSLATE_NOOP("report", "Unified social credit code"),
    "client": QT_TRANSLATE_NOOP("report", "Client"),
    "contractor": QT_TRANSLATE_NOOP("report", "General contractor"),
    "subcontractor": QT_TRANSLATE_NOOP("report", "Labour subcontractor"),
    "project_manager": QT_TRANSLATE_NOOP("report", "Project manager"),
    "wage_administrator": QT_TRANSLATE_NOOP("report", "Wage administrator"),
    "inspectors": QT_TRANSLATE_NOOP("report", "Inspectors"),
    "representatives": QT_TRANSLATE_NOOP("report", "Representatives of the inspected unit"),
    "badge": QT_TRANSLATE_NOOP("report", "Badge no."),
    "post": QT_TRANSLATE_NOOP("report", "Post"),
    "unit": QT_TRANSLATE_NOOP("report", "Unit"),
    "name": QT_TRANSLATE_NOOP("report", "Name", "person"),
    "summary": QT_TRANSLATE_NOOP("report", "Results by rule"),
    "rule_no": QT_TRANSLATE_NOOP("report", "No.", "rule"),
    "rule": QT_TRANSLATE_NOOP("report", "Rule"),
    "score": QT_TRANSLATE_NOOP("report", "Score"),
    "verdict": QT_TRANSLATE_NOOP("report", "Verdict"),
    "overall": QT_TRANSLATE_NOOP("report", "Overall score"),
    "grade": QT_TRANSLATE_NOOP("report", "Grade"),
    "detail": QT_TRANSLATE_NOOP("report", "Results by item"),
    "item": QT_TRANSLATE_NOOP("report", "Item"),
    "result": QT_TRANSLATE_NOOP("report", "Result"),
    "note": QT_TRANSLATE_NOOP("report", "Recorded / note"),
    "evidence": QT_TRANSLATE_NOOP("report", "Photos"),
    "findings": QT_TRANSLATE_NOOP("report", "Findings and corrections ordered"),
    "findings_intro": QT_TRANSLATE_NOOP(
        "report",
        "Under the Regulation on Guaranteeing Payment of Wages to Migrant Workers and the"
        " Labour Security Inspection Regulation, the units below are ordered to correct "
        "the following within the deadlines and to report the correction in writing. The "
        "inspected unit may state its case and may apply for review or appeal.",
    ),
    "no_findings": QT_TRANSLATE_NOOP("report", "No findings."),
    "finding": QT_TRANSLATE_NOOP("report", "Finding"),
    "correction": QT_TRANSLATE_NOOP("report", "Correction ordered"),
    "deadline": QT_TRANSLATE_NOOP("report", "Deadline"),
    "responsible_party": QT_TRANSLATE_NOOP("report", "Responsible party"),
    "legal_basis": QT_TRANSLATE_NOOP("report", "Legal basis"),
    "arrears": QT_TRANSLATE_NOOP("report", "Wage-arrears cases"),
    "no_arrears": QT_TRANSLATE_NOOP("report", "No wage-arrears cases found."),
    "employer": QT_TRANSLATE_NOOP("report", "Employer"),
    "workers_affected": QT_TRANSLATE_NOOP("report", "Workers"),
    "amount_owed": QT_TRANSLATE_NOOP("report", "Amount owed"),
    "period_owed": QT_TRANSLATE_NOOP("report", "Period owed"),
    "resolution": QT_TRANSLATE_NOOP("report", "Resolution"),
    "acknowledgement": QT_TRANSLATE_NOOP("report", "Acknowledgement by the inspected unit"),
    "acknowledgement_text": QT_TRANSLATE_NOOP(
        "report",
        "The above is a true account of the inspection. This record was read by (or read "
        "out to) the representative of the inspected unit, which has been told of the "
        "findings and the corrections ordered.",
    ),
    "representative_signature": QT_TRANSLATE_NOOP("report", "Representative (signature)"),
    "refused": QT_TRANSLATE_NOOP(
        "report",
        "The representative of the inspected unit refused to sign",
    ),
    "refusal_reason": QT_TRANSLATE_NOOP("report", "Reason given"),
    "refused_at": QT_TRANSLATE_NOOP("report", "Time", "refusal"),
    "witness": QT_TRANSLATE_NOOP("report", "Witnessed by inspector"),
    "inspector_signatures": QT_TRANSLATE_NOOP("report", "Inspectors' signatures"),
    "signature": QT_TRANSLATE_NOOP("report", "Signature"),
    "signed_at": QT_TRANSLATE_NOOP("report", "Signed at"),
    "not_signed": QT_TRANSLATE_NOOP("report", "not signed"),
    "digital_signature": QT_TRANSLATE_NOOP("report", "Digital signature (PAdES)"),
    "seal": QT_TRANSLATE_NOOP("report", "Official seal"),
    "seal_date": QT_TRANSLATE_NOOP("report", "Date:"),
    "photos": QT_TRANSLATE_NOOP("report", "Appendix: photo evidence"),
    "photo": QT_TRANSLATE_NOOP("report", "Photo"),
    "caption": QT_TRANSLATE_NOOP("report", "Caption"),
    "captured_at": QT_TRANSLATE_NOOP("report", "Taken"),
    "gps": QT_TRANSLATE_NOOP("report", "Place", "photo"),
    "no_gps": QT_TRANSLATE_NOOP("report", "no location recorded"),
    "hash": QT_TRANSLATE_NOOP("report", "Checksum"),
    "flags": QT_TRANSLATE_NOOP("report", "Integrity notes"),
    "unknown": QT_TRANSLATE_NOOP("report", "unknown"),
    "none": QT_TRANSLATE_NOOP("report", "none"),
    "page_of": QT_TRANSLATE_NOOP("report", "Page {page} of {pages}"),
    "compliant": QT_TRANSLATE_NOOP("report", "Compliant"),
    "not_compliant": QT_TRANSLATE_NOOP("report", "Not compliant"),
    "not_applicable": QT_TRANSLATE_NOOP("report", "Not applicable"),
    "not_checked": QT_TRANSLATE_NOOP("report", "Not checked"),
    # How a remark, a labelled value and a date are written (full-width signs in Chinese).
    "aside": QT_TRANSLATE_NOOP("report", " ({text})"),
    "labelled": QT_TRANSLATE_NOOP("report", "{label}: {value}"),
    "date": QT_TRANSLATE_NOOP("report", "{year}-{month:02}-{day:02}"),
    "separator": QT_TRANSLATE_NOOP("report", "; ", "between two remarks"),
    # A section heading's number: "1. " in English, "一、" ("{number:cn}") in Chinese.
    "ordinal": QT_TRANSLATE_NOOP("report", "{number}. "),
}


class Labels:
    """Labels for one language: `labels["site_name"]`, `labels.result("compliant")`."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "zh"
        self._catalogue = Catalogue(self.language)

    def __getitem__(self, key: str) -> str:
        return self._catalogue.text(_LABELS[key])

    def result(self, code_or_text: str) -> str:
        """A result code in words; free text (already localised) stays as it is."""
        return self[code_or_text] if code_or_text in _RESULT_CODES else code_or_text

    def aside(self, text: str) -> str:
        """A remark in brackets after something: full-width in Chinese."""
        return self["aside"].format(text=text)

    def labelled(self, label: str, value: str) -> str:
        """ "标签：值" with the full-width colon in Chinese, "Label: value" in English."""
        return self["labelled"].format(label=label, value=value)

    def numbered(self, number: str, revision: int) -> str:
        """The document number as printed, with the version from the second one on."""
        if not number:
            return self["unnumbered"]
        return number + (self["revision"].format(revision=revision) if revision > 1 else "")

    def ordinal(self, number: int) -> str:
        """A section heading's number: "1. ", or "一、" in Chinese."""
        return self["ordinal"].format(number=Numeral(number))

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
        return self["date"].format(year=value.year, month=value.month, day=value.day)

    def span(self, start: dt.datetime | None, end: dt.datetime | None) -> str:
        """When the inspection took place; the end's date only when it is another day."""
        if start is None or end is None:
            return self.moment(start or end)
        same_day = start.date() == end.date() and start.tzinfo == end.tzinfo
        until = f"{end:%H:%M}" if same_day else self.moment(end)
        return self["time_span"].format(start=self.moment(start), end=until)


_RESULT_CODES = frozenset({"compliant", "not_compliant", "not_applicable", "not_checked"})
