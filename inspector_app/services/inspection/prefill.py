"""Items that repeat a fact of the site (the form key `prefill`) start with the site's value.

The inspector still checks and may change it: only the recorded value is filled in, never
a result.
"""

from __future__ import annotations

from decimal import Decimal

from inspector_app.core.forms import Form, FormItem, ItemKind
from inspector_app.core.results import Result
from inspector_app.storage import models as m


def site_fact(site: m.Site, source: str) -> str:
    """The site's value for a prefill source ("" when the site does not say)."""
    if source == "site.deposit_form":
        return site.deposit_form or ""
    if source == "site.deposit_amount":
        return _plain_number(site.deposit_amount)
    if source == "site.account":
        return " ".join(part for part in (site.account_bank, site.account_no) if part).strip()
    return ""


def _plain_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    # 86000.00 -> "86000", 1234.50 -> "1234.5": what one would type.
    text = format(Decimal(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fits(item: FormItem, value: str) -> bool:
    if item.kind is ItemKind.CHOICE:
        return value in {choice.value for choice in item.choices}
    return bool(value)


def prefill_answers(inspection: m.Inspection, site: m.Site, form: Form) -> list[str]:
    """Give each prefill item of a new inspection the site's value; returns the item ids."""
    filled = []
    for rule in form.rules:
        for item in rule.items:
            value = site_fact(site, item.prefill) if item.prefill else ""
            if not value or not _fits(item, value):
                continue
            inspection.answers.append(
                m.Answer(item_id=item.id, rule_id=rule.id, result=Result.NOT_CHECKED, value=value)
            )
            filled.append(item.id)
    return filled


def site_choice_labels(form: Form, source: str, language: str) -> dict[str, str]:
    """The words the form uses for a site fact's choices ({} when no item repeats it)."""
    for item in form.items():
        if item.prefill == source and item.choices:
            return {choice.value: choice.label.get(language) for choice in item.choices}
    return {}
