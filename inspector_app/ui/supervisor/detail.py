"""The read-only detail of a received inspection, as HTML for a text browser.

The HTML comes in parts: the heading and rule table first, then the findings and photos
PART_SIZE at a time, so that the browser can take a large inspection (hundreds of findings
and photos) over several turns of the event loop instead of one long stall."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QUrl

from inspector_app.core.forms import Form
from inspector_app.core.statuses import Origin
from inspector_app.services.context import AppContext
from inspector_app.services.evidence.attach import evidence_flags_text, thumbnail_path
from inspector_app.services.inspection.detail import EvidenceInfo
from inspector_app.services.inspection.lifecycle import InspectionDetail, inspection_detail
from inspector_app.services.reporting.orders import signed_orders
from inspector_app.services.supervision import review
from inspector_app.services.supervision.received import ReceivedRow
from inspector_app.ui.common.tasks import background_work
from inspector_app.ui.supervisor.orders import order_link
from inspector_app.ui.supervisor.words import day, origin_text, review_text, rule_label

THUMB_WIDTH = 72
FLAG_COLOUR = "#b45309"
# Findings or photos per part: 1-2 ms of the GUI thread each for Qt to take in (measured:
# parts of 25 overshot the turn budget by up to 10 ms on a loaded machine).
PART_SIZE = 10


@background_work
def detail_html(ctx: AppContext, row: ReceivedRow, lang: str = "zh") -> str:
    """The whole detail as one HTML text (see detail_parts)."""
    return "".join(detail_parts(ctx, row, lang))


@background_work
def detail_parts(ctx: AppContext, row: ReceivedRow, lang: str = "zh") -> list[str]:
    """Verification, score per rule, findings, arrears, the photos with their flags, review:
    HTML parts, each complete in itself, to be shown one after the other."""
    detail = inspection_detail(ctx, row.id)
    arrears = (
        QCoreApplication.translate("supervisor", "%1 wage-arrears cases · %2 signatures")
        .replace("%1", str(len(detail.arrears_cases)))
        .replace("%2", str(len(detail.signatures)))
    )
    return [
        _heading(ctx, row) + _form_note(detail) + _rules_table(detail, lang),
        *_findings(detail, lang),
        _orders(ctx, detail) + f"<p>{arrears}</p>",
        *_photos(ctx, detail, lang),
    ]


def _in_parts(rows: list[str], opening: str = "", closing: str = "") -> list[str]:
    """Rows PART_SIZE at a time, each part wrapped in `opening` and `closing`."""
    return [
        opening + "".join(rows[start : start + PART_SIZE]) + closing
        for start in range(0, len(rows), PART_SIZE)
    ]


def _heading(ctx: AppContext, row: ReceivedRow) -> str:
    state = review.review_of(ctx, row.uuid, row.revision)
    if row.origin is Origin.LOCAL:
        verified = QCoreApplication.translate("supervisor", "Signed on this computer.")
    else:
        verified = QCoreApplication.translate(
            "supervisor",
            "Verified on import: signed report and manifest intact, signer trusted (SHA-256 %1…).",
        ).replace("%1", (row.signer_fingerprint or "")[:16])
    comment = f" — {escape(state.comment)}" if state.comment else ""
    facts = (
        QCoreApplication.translate("supervisor", "%1 · revision %2 · %3")
        .replace("%1", f"{day(row.started_at)} {row.started_at:%H:%M}")
        .replace("%2", str(row.revision))
        .replace("%3", escape(origin_text(row.origin)))
    )
    review_line = QCoreApplication.translate("supervisor", "Review: %1").replace(
        "%1", escape(review_text(state.state))
    )
    return (
        f"<h3>{escape(row.site_name)}</h3><p>{facts}<br>{escape(verified)}"
        f"<br>{review_line}{comment}</p>"
    )


def _form_note(detail: InspectionDetail) -> str:
    """A warning when the inspection's form is not the published one of its id and version."""
    from inspector_app.services.supervision.form_check import differs_from_published

    form = detail.form
    if not differs_from_published(form.id, form.version, detail.form_sha256):
        return ""
    text = (
        QCoreApplication.translate(
            "supervisor", "Form differs from the published one: %1 version %2, content SHA-256 %3…"
        )
        .replace("%1", form.id)
        .replace("%2", str(form.version))
        .replace("%3", detail.form_sha256[:16])
    )
    return f"<p style='color:{FLAG_COLOUR}'>⚠ {escape(text)}</p>"


def _header_row(*headers: str) -> str:
    return "<tr>" + "".join(f"<th align=left>{escape(h)}</th>" for h in headers) + "</tr>"


def _rules_table(detail: InspectionDetail, lang: str) -> str:
    titles = {rule.id: rule.title.get(lang) for rule in detail.form.rules}
    parts = [
        "<table border=1 cellspacing=0 cellpadding=3 width=100%>",
        _header_row(
            QCoreApplication.translate("supervisor", "Rule"),
            QCoreApplication.translate("supervisor", "Answered"),
            QCoreApplication.translate("supervisor", "Compliant"),
            QCoreApplication.translate("supervisor", "Findings"),
            QCoreApplication.translate("supervisor", "Score"),
        ),
    ]
    for rule in detail.score.rules:
        score = "" if rule.score is None else f"{rule.score:.1f}"
        parts.append(
            f"<tr><td>{escape(rule_label(rule.rule_id, titles))}</td>"
            f"<td>{rule.answered}/{rule.total}</td><td>{rule.compliant}</td>"
            f"<td>{rule.findings}</td><td>{score}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _item_text(form: Form, item_id: str, lang: str) -> str:
    try:
        return form.item(item_id).text.get(lang)
    except KeyError:
        return ""


def _findings(detail: InspectionDetail, lang: str) -> list[str]:
    heading = QCoreApplication.translate("supervisor", "Findings")
    if not detail.findings:
        none = QCoreApplication.translate("supervisor", "None.")
        return [f"<h4>{heading}</h4><p>{none}</p>"]
    rows = []
    today = dt.date.today()
    for finding in detail.findings:
        late = finding.deadline is not None and finding.deadline < today
        overdue_word = QCoreApplication.translate("supervisor", "overdue")
        overdue = f" <b style='color:{FLAG_COLOUR}'>{overdue_word}</b>" if late else ""
        deadline = QCoreApplication.translate("supervisor", "by %1").replace(
            "%1", day(finding.deadline) or "—"
        )
        item = _item_text(detail.form, finding.item_id, lang)
        rows.append(
            f"<li><b>{escape(finding.item_id)}</b> {escape(item)}<br>"
            f"{escape(finding.correction or finding.description)} ({deadline}){overdue}</li>"
        )
    # No margins: the parts' lists must read as one, with no gap where one part ends.
    parts = _in_parts(rows, "<ul style='margin-top:0;margin-bottom:0'>", "</ul>")
    return [f"<h4>{heading}</h4>{parts[0]}", *parts[1:]]


def _orders(ctx: AppContext, detail: InspectionDetail) -> str:
    """Links that open each signed order to correct served on a responsible unit."""
    orders = signed_orders(ctx, detail.id)
    if not orders:
        return ""
    heading = QCoreApplication.translate("supervisor", "Orders to correct")
    parts = [f"<h4>{heading}</h4><ul>"]
    for order in orders:
        code = f" ({escape(order.credit_code)})" if order.credit_code else ""
        label = QCoreApplication.translate("supervisor", "Open the order to correct %1").replace(
            "%1", escape(order.number)
        )
        parts.append(
            f"<li><a href='{order_link(detail.id, order.position)}'>{label}</a> — "
            f"{escape(order.addressee)}{code}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


def _photos(ctx: AppContext, detail: InspectionDetail, lang: str) -> list[str]:
    """A line per photo: a table of hundreds of rows costs Qt several times the time of
    as many paragraphs, all in one go, and cannot be handed over in parts."""
    flagged = sum(1 for e in detail.evidence if e.flags)
    title = QCoreApplication.translate("supervisor", "Photos: %1, of which %2 flagged").replace(
        "%1", str(len(detail.evidence))
    )
    heading = f"<h4>{title.replace('%2', str(flagged))}</h4>"
    rows = [
        _photo_line(ctx, f"P{number}", photo, lang)
        for number, photo in enumerate(detail.evidence, 1)
    ]
    if not rows:
        return [heading]
    parts = _in_parts(rows)
    return [heading + _photo_legend() + parts[0], *parts[1:]]


def _photo_legend() -> str:
    """What each photo line holds, in its order (the table's column headers once were)."""
    words = (
        QCoreApplication.translate("supervisor", "Ref."),
        QCoreApplication.translate("supervisor", "Item"),
        QCoreApplication.translate("supervisor", "Caption"),
        QCoreApplication.translate("supervisor", "Taken"),
        QCoreApplication.translate("supervisor", "Flags"),
    )
    return f"<p style='color:gray'>{escape(' · '.join(words))}</p>"


def _photo_line(ctx: AppContext, ref: str, photo: EvidenceInfo, lang: str) -> str:
    flags = evidence_flags_text(photo, lang)
    flag_text = (
        f"<br><span style='color:{FLAG_COLOUR}'>⚠ {'<br>⚠ '.join(escape(f) for f in flags)}</span>"
        if flags
        else ""
    )
    taken = f"{day(photo.captured_at)} {photo.captured_at:%H:%M}" if photo.captured_at else "—"
    return (
        f"<p>{_thumbnail(ctx, photo.sha256)} <b>{ref}</b> · {escape(photo.item_id)} · "
        f"{escape(photo.caption or photo.original_name)} · {taken}{flag_text}</p>"
    )


def _thumbnail(ctx: AppContext, sha256: str) -> str:
    path = thumbnail_path(ctx, sha256)
    if not path.is_file():  # derived copies are rebuilt in the background after an import
        return ""
    return (
        f"<img src='{QUrl.fromLocalFile(str(path)).toString()}' width={THUMB_WIDTH} align=middle>"
    )
