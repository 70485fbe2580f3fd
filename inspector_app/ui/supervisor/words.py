"""The supervisor's words for stored codes: verdicts, review states, origins, rule titles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from inspector_app.ui.common.messages import service_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("supervisor", text)


def verdict_text(verdict: str | None) -> str:
    names = {
        "compliant": _tr("compliant"),
        "needs_correction": _tr("needs correction"),
        "failing": _tr("failing"),
    }
    return names.get(verdict or "", verdict or "")


def review_text(state: str) -> str:
    names = {
        "unreviewed": _tr("not reviewed"),
        "accepted": _tr("accepted"),
        "returned": _tr("returned"),
    }
    return names.get(str(state), str(state))


def origin_text(origin: str) -> str:
    names = {"local": _tr("this computer"), "imported": _tr("imported")}
    return names.get(origin, origin)


def day(moment: dt.date | dt.datetime | None) -> str:
    """Dates as YYYY-MM-DD, the way Chinese forms and the annual assessment write them."""
    return moment.strftime("%Y-%m-%d") if moment else ""


def rule_label(rule_id: str, titles: dict[str, str]) -> str:
    """ "R3 总包代发与银行代发工资": the id keeps the figure traceable to the form."""
    title = titles.get(rule_id)
    return f"{rule_id} {title}" if title else rule_id


def outcome_text(path_name: str, verdict: str, reason: str) -> str:
    """One line of the import results; the verifier's reason in the user's language."""
    names = {
        "imported": _tr("imported"),
        "superseded": _tr("imported, supersedes an earlier revision"),
        "already_imported": _tr("already imported"),
        # The reason says why: an untrusted signer, or another inspector's revision.
        "held": _tr("held for the supervisor"),
        "rejected": _tr("rejected"),
    }
    words = names.get(verdict, verdict)
    return f"{path_name}: {words}: {service_text(reason)}" if reason else f"{path_name}: {words}"
