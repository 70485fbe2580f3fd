"""The supervisor's words for stored codes: verdicts, review states, origins, rule titles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from inspector_app.core.scoring import Verdict
from inspector_app.core.statuses import Origin
from inspector_app.services.supervision.review import ReviewState
from inspector_app.services.sync.importer import ImportVerdict
from inspector_app.ui.common.messages import service_text


def verdict_text(verdict: Verdict | None) -> str:
    names = {
        Verdict.COMPLIANT: QCoreApplication.translate("supervisor", "compliant"),
        Verdict.NEEDS_CORRECTION: QCoreApplication.translate("supervisor", "needs correction"),
        Verdict.FAILING: QCoreApplication.translate("supervisor", "failing"),
    }
    return "" if verdict is None else names[verdict]


def review_text(state: ReviewState) -> str:
    names = {
        ReviewState.UNREVIEWED: QCoreApplication.translate("supervisor", "not reviewed"),
        ReviewState.ACCEPTED: QCoreApplication.translate("supervisor", "accepted"),
        ReviewState.RETURNED: QCoreApplication.translate("supervisor", "returned"),
    }
    return names[state]


def origin_text(origin: Origin) -> str:
    names = {
        Origin.LOCAL: QCoreApplication.translate("supervisor", "this computer"),
        Origin.IMPORTED: QCoreApplication.translate("supervisor", "imported"),
    }
    return names[origin]


def day(moment: dt.date | dt.datetime | None) -> str:
    """Dates as YYYY-MM-DD, the way Chinese forms and the annual assessment write them."""
    return moment.strftime("%Y-%m-%d") if moment else ""


def rule_label(rule_id: str, titles: dict[str, str]) -> str:
    """ "R3 总包代发与银行代发工资": the id keeps the figure traceable to the form."""
    title = titles.get(rule_id)
    return f"{rule_id} {title}" if title else rule_id


def outcome_text(path_name: str, verdict: ImportVerdict, reason: str) -> str:
    """One line of the import results; the verifier's reason in the user's language."""
    names = {
        ImportVerdict.IMPORTED: QCoreApplication.translate("supervisor", "imported"),
        ImportVerdict.SUPERSEDED: QCoreApplication.translate(
            "supervisor", "imported, supersedes an earlier revision"
        ),
        ImportVerdict.ALREADY: QCoreApplication.translate("supervisor", "already imported"),
        # The reason says why: an untrusted signer, or another inspector's revision.
        ImportVerdict.HELD: QCoreApplication.translate("supervisor", "held for the supervisor"),
        ImportVerdict.REJECTED: QCoreApplication.translate("supervisor", "rejected"),
    }
    words = names[verdict]
    return f"{path_name}: {words}: {service_text(reason)}" if reason else f"{path_name}: {words}"
