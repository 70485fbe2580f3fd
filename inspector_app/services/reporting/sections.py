"""The record's heading and body as reportlab flowables, one method per section.

The closing (acknowledgement, signatures, seal) and the photo appendix are in closing.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from inspector_app.services.reporting.layout import (
    FRAME_WIDTH,
    Builder,
    Plain,
    Styles,
    make_styles,
    mm,
)
from inspector_app.services.reporting.model import FindingFacts, PersonFacts

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Table

__all__ = ["SIGNATURE_SLOT_SIZE", "Section", "Styles", "make_styles", "mm"]

# The visible PAdES stamp: pyHanko draws it into this box when signing.
SIGNATURE_SLOT_SIZE = (80 * mm, 32 * mm)
DASH = "—"


def or_dash(text: str) -> str:
    return text if text.strip() else DASH


class Section(Builder):
    """Builds flowables for one record; every method returns a list to add to the story."""

    def heading_block(self) -> list[Flowable]:
        """Issuing authority, title and document number, as an official paper starts."""
        d, t = self.data, self.t
        story: list[Flowable] = []
        if d.authority:
            story.append(self.p(d.authority, self.s.authority))
        number = t.numbered(d.document_no, d.revision)
        if not d.document_no:  # a draft: say where the number will be
            number = t.labelled(t["document_no"], number)
        story += [self.p(t["report_title"], self.s.title), self.p(number, self.s.number)]
        return story + self.amendment()

    def amendment(self) -> list[Flowable]:
        """From the second version on: which version it replaces, and why."""
        d, t = self.data, self.t
        if d.revision < 2:
            return []
        line = t["amended"].format(revision=d.revision, previous=d.revision - 1)
        if d.amend_reason:
            line += t["separator"]
            line += t.labelled(t["amend_reason"], d.amend_reason)
        return [self.p(line, self.s.number)]

    def visit(self, number: int) -> list[Flowable]:
        """Where, when, what under which checklist, and who was there."""
        d, t = self.data, self.t
        form = d.form_title + t["form_version"].format(version=d.form_version)
        pairs = [
            ("place", or_dash(d.site.address)),
            ("time", t.span(d.started_at, d.finished_at)),
            ("subject", d.site.name),
            ("form", form),
        ]
        story: list[Flowable] = [self.heading(number, "visit"), self.facts(pairs)]
        story += [self.p(t["inspectors"], self.s.subheading), self.people(d.inspectors)]
        if d.representatives:
            story += [
                self.p(t["representatives"], self.s.subheading),
                self.people(d.representatives, third="post"),
            ]
        return story

    def people(self, people: Sequence[PersonFacts], third: str = "badge") -> Table:
        """Name, unit and a third column: the badge for inspectors, the post otherwise."""
        t = self.t
        rows = [[t["name"], t["unit"], t[third]]]
        rows += [[p.name, or_dash(p.unit), or_dash(p.badge_no)] for p in people]
        return self.table(rows, [36 * mm, 94 * mm, FRAME_WIDTH - 130 * mm])

    def site_facts(self, number: int) -> list[Flowable]:
        site = self.data.site
        workers = f"{_count(site.workers_on_site)} / {_count(site.workers_registered)}"
        account = " ".join(part for part in (site.account_bank, site.account_no) if part)
        pairs = [
            ("site_name", site.name),
            ("address", site.address),
            ("permit_no", site.permit_no),
            ("project_code", site.project_code),
            ("contract_value", site.contract_value),
            ("start_date", site.start_date),
            ("end_date", site.end_date),
            ("responsible_unit", site.responsible_unit),
            ("workers", workers),
            ("account", account),
            ("deposit", site.deposit),
        ]
        return [
            self.heading(number, "site_facts"),
            self.facts((key, or_dash(value)) for key, value in pairs),
        ]

    def parties(self, number: int) -> list[Flowable]:
        t, site = self.t, self.data.site
        rows: list[list[Any]] = [[t["party_role"], t["party_name"], t["credit_code"]]]
        rows.append([t["client"], or_dash(site.client), or_dash(site.client_code)])
        rows.append([t["contractor"], or_dash(site.contractor), or_dash(site.contractor_code)])
        rows += [[t["subcontractor"], name, or_dash(code)] for name, code in site.subcontractors]
        rows.append([t["project_manager"], or_dash(site.project_manager), ""])
        rows.append([t["wage_administrator"], or_dash(site.wage_administrator), ""])
        widths = [36 * mm, 88 * mm, FRAME_WIDTH - 124 * mm]
        return [self.heading(number, "parties"), self.table(rows, widths)]

    def summary(self, number: int) -> list[Flowable]:
        d, t = self.data, self.t
        rows: list[list[Any]] = [[t["rule_no"], t["rule"], t["score"], t["verdict"]]]
        rows += [[Plain(str(r.number)), r.title, r.score, r.verdict_text] for r in d.rules]
        overall = t["overall"] + (t.aside(f"{t['grade']} {d.grade}") if d.grade else "")
        rows.append(["", overall, d.overall_score, d.verdict])
        widths = [14 * mm, 96 * mm, 22 * mm, FRAME_WIDTH - 132 * mm]
        story = [self.heading(number, "summary"), self.table(rows, widths)]
        return story + [self.p(reason) for reason in d.verdict_reasons]

    def detail(self, number: int) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.heading(number, "detail")]
        header = [t["item"], t["result"], t["note"], t["evidence"]]
        widths = [70 * mm, 20 * mm, 66 * mm, FRAME_WIDTH - 156 * mm]
        for rule in self.data.rules:
            rows: list[list[Any]] = [header]
            for item in rule.items:
                note = "\n".join(part for part in (item.value, item.note) if part)
                refs = ", ".join(item.photo_refs)
                rows.append([f"{item.item_id} {item.text}", t.result(item.result), note, refs])
            story += [
                self.p(f"{rule.number}. {rule.title}", self.s.subheading),
                self.table(rows, widths),
            ]
        return story

    def findings(self, number: int) -> list[Flowable]:
        from reportlab.platypus import KeepTogether

        t = self.t
        story: list[Flowable] = [self.heading(number, "findings")]
        if not self.data.findings:
            return [*story, self.p(t["no_findings"], self.s.body)]
        story.append(self.p(t["findings_intro"], self.s.body))
        for count, finding in enumerate(self.data.findings, start=1):
            title = self.p(f"{count}. {finding.rule_title}", self.s.subheading)
            story.append(KeepTogether([title, self.facts(self._finding_pairs(finding))]))
        return story

    @staticmethod
    def _finding_pairs(finding: FindingFacts) -> list[tuple[str, str]]:
        return [
            ("finding", f"{finding.item_id} {finding.description}"),
            ("correction", or_dash(finding.correction)),
            ("deadline", or_dash(finding.deadline)),
            ("responsible_party", or_dash(finding.responsible_party)),
            ("legal_basis", or_dash(finding.legal_basis)),
        ]

    def arrears(self, number: int) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.heading(number, "arrears")]
        if not self.data.arrears:
            return [*story, self.p(t["no_arrears"], self.s.body)]
        rows: list[list[Any]] = [
            [
                t["employer"],
                t["workers_affected"],
                t["amount_owed"],
                t["period_owed"],
                t["resolution"],
                t["note"],
            ]
        ]
        rows += [
            [
                a.employer,
                str(a.workers_affected),
                a.amount_owed,
                or_dash(a.period_owed),
                a.resolution,
                a.note,
            ]
            for a in self.data.arrears
        ]
        widths = [38 * mm, 16 * mm, 26 * mm, 30 * mm, 30 * mm, FRAME_WIDTH - 140 * mm]
        return [*story, self.table(rows, widths)]


def _count(value: int | None) -> str:
    return DASH if value is None else str(value)
