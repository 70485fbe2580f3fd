"""Turn an inspection's findings into orders to correct, one per responsible unit.

A finding names its responsible unit as text (the general contractor when left empty);
the unit's unified social credit code comes from the site's parties with the same name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from inspector_app.core.statuses import PartyRole, SignerRole
from inspector_app.services.context import AppContext
from inspector_app.services.directory.sites import SiteValues, site_values
from inspector_app.services.inspection.detail import FindingInfo, InspectionDetail


@dataclass(frozen=True)
class Party:
    """A unit taking part in the project, as the findings UI offers it."""

    name: str
    credit_code: str
    role: PartyRole


@dataclass(frozen=True)
class OrderFinding:
    """One breach the unit must correct; texts already in the order's language."""

    rule_title: str
    item_text: str
    facts: str
    provision: str
    correction: str
    deadline: dt.date | None


@dataclass(frozen=True)
class InspectorSignature:
    """An inspector who issues the order, with the drawn signature when there is one."""

    name: str
    badge_no: str
    signed_at: dt.datetime | None
    image_png: bytes | None = None


@dataclass(frozen=True)
class OrderData:
    """Everything one order to correct shows."""

    language: str
    position: int
    number: str
    authority: str
    addressee: str
    credit_code: str
    site_name: str
    site_address: str
    inspected_on: dt.date
    issued_on: dt.date
    findings: list[OrderFinding] = field(default_factory=list)
    inspectors: list[InspectorSignature] = field(default_factory=list)
    record_number: str = ""  # the inspection record the findings come from

    @property
    def deadline(self) -> dt.date | None:
        """The latest deadline among the findings: when everything must be corrected."""
        dates = [f.deadline for f in self.findings if f.deadline is not None]
        return max(dates) if dates else None


def parties(values: SiteValues) -> list[Party]:
    """The site's units that can be responsible for a finding, general contractor first."""
    found = [Party(values.contractor, values.contractor_code, PartyRole.CONTRACTOR)]
    found += [Party(name, code, PartyRole.SUBCONTRACTOR) for name, code in values.subcontractors]
    found.append(Party(values.client, values.client_code, PartyRole.CLIENT))
    return [party for party in found if party.name.strip()]


def site_parties(ctx: AppContext, site_id: int) -> list[Party]:
    return parties(site_values(ctx, site_id))


def responsible_unit(finding: FindingInfo, values: SiteValues) -> str:
    """The unit a finding is served on: as recorded, else the general contractor."""
    return finding.responsible_party.strip() or values.contractor.strip()


def group_findings(
    findings: Sequence[FindingInfo], values: SiteValues
) -> list[tuple[str, list[FindingInfo]]]:
    """Findings by responsible unit, units in the order they first appear."""
    groups: dict[str, list[FindingInfo]] = {}
    for finding in findings:
        groups.setdefault(responsible_unit(finding, values), []).append(finding)
    return list(groups.items())


def _credit_code(unit: str, values: SiteValues) -> str:
    codes = {party.name.strip(): party.credit_code for party in parties(values)}
    return codes.get(unit, "")


def _order_finding(detail: InspectionDetail, finding: FindingInfo, language: str) -> OrderFinding:
    try:
        item, rule = detail.form.item(finding.item_id), detail.form.rule_of(finding.item_id)
        texts = (rule.title.get(language), item.text.get(language), item.legal_basis.get(language))
    except KeyError:  # an item no longer on the form: its facts still stand
        texts = ("", "", "")
    return OrderFinding(
        rule_title=texts[0],
        item_text=texts[1],
        facts=finding.description,
        provision=texts[2],
        correction=finding.correction,
        deadline=finding.deadline,
    )


def _inspectors(detail: InspectionDetail) -> list[InspectorSignature]:
    drawn = {s.signer_name: s for s in detail.signatures if s.role == SignerRole.INSPECTOR}
    people = []
    for inspector in detail.inspectors:
        signature = drawn.get(inspector.name)
        people.append(
            InspectorSignature(
                name=inspector.name,
                badge_no=inspector.badge_no,
                signed_at=signature.signed_at if signature else None,
                image_png=signature.image_png if signature else None,
            )
        )
    return people


def _authority(detail: InspectionDetail) -> str:
    return next((i.unit for i in detail.inspectors if i.unit.strip()), "")


def build_orders(
    ctx: AppContext,
    detail: InspectionDetail,
    language: str = "zh",
    *,
    number_for: Callable[[int], str] = lambda position: "",
    issued_on: dt.date | None = None,
    record_number: str = "",
) -> list[OrderData]:
    """The orders an inspection's findings call for; none without findings.

    `number_for(position)` gives each order its document number (position from 1).
    """
    language = "zh" if language.startswith("zh") else "en"
    if not detail.findings:
        return []
    values = site_values(ctx, detail.site_id)
    inspectors = _inspectors(detail)
    orders = []
    for position, (unit, findings) in enumerate(group_findings(detail.findings, values), 1):
        orders.append(
            OrderData(
                language=language,
                position=position,
                number=number_for(position),
                authority=_authority(detail),
                addressee=unit,
                credit_code=_credit_code(unit, values),
                site_name=values.name,
                site_address=values.address,
                inspected_on=detail.started_at.date(),
                issued_on=issued_on or dt.date.today(),
                findings=[_order_finding(detail, f, language) for f in findings],
                inspectors=inspectors,
                record_number=record_number,
            )
        )
    return orders
