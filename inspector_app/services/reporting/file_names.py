"""File names people recognise: the document, the site and the date, safe on every system.

Exports used to be named by uuid; an office filing hundreds of papers looks them up by
site and date. Names keep to what Windows accepts (no \\ / : * ? " < > |, no control
characters, no trailing dot or space, no reserved device names) and stay well under the
255-byte limit of common file systems, so a Chinese site name of any length still fits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import MutableSet

from sqlalchemy import select

from inspector_app.core.errors import NotFoundError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.services.context import AppContext
from inspector_app.services.sync.model import SUFFIX as BUNDLE_SUFFIX
from inspector_app.storage import models as m

# Bytes of UTF-8 kept from one free-text part (a site or unit name): 40 Chinese characters.
PART_BYTES = 120
_ILLEGAL = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SPACES = re.compile(r"\s+")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
UNNAMED = "未命名"

_REPORT_PREFIX = {"zh": "检查记录", "en": "Inspection-record"}


def clean_part(text: str, limit: int = PART_BYTES) -> str:
    """One part of a name: illegal characters become "_", long text is cut at a character."""
    part = _SPACES.sub(" ", _ILLEGAL.sub("_", text)).strip(" ._")
    encoded = part.encode("utf-8")
    if len(encoded) > limit:
        part = encoded[:limit].decode("utf-8", errors="ignore").rstrip(" ._")
    if part.upper().split(".")[0] in _RESERVED:
        part = f"_{part}"
    return part or UNNAMED


def _day(date: dt.date | dt.datetime) -> str:
    return date.strftime("%Y-%m-%d")


def _joined(*parts: str) -> str:
    return "_".join(part for part in parts if part)


def report_stem(site: str, date: dt.date | dt.datetime, lang: str = "zh") -> str:
    """检查记录_<site>_<YYYY-MM-DD>: the inspection record's name without its extension."""
    return _joined(_REPORT_PREFIX.get(lang, _REPORT_PREFIX["zh"]), clean_part(site), _day(date))


def report_file_name(site: str, date: dt.date | dt.datetime, lang: str = "zh") -> str:
    """检查记录_未央区渭滨小学改扩建工程_2026-09-19.pdf"""
    return f"{report_stem(site, date, lang)}.pdf"


def order_file_name(site: str, unit: str, date: dt.date | dt.datetime) -> str:
    """整改指令书_<site>_<unit>_<date>.pdf: one order per responsible unit, so the unit is
    part of the name (left out when empty)."""
    unit_part = clean_part(unit) if unit.strip() else ""
    return f"{_joined('整改指令书', clean_part(site), unit_part, _day(date))}.pdf"


def bundle_file_name(site: str, date: dt.date | dt.datetime, revision: int = 1) -> str:
    """The sync bundle beside its report: 检查记录_<site>_<date>.inspection.zip; a later
    revision says so (…_第2版.inspection.zip). The bundle's identity is in its manifest."""
    stem = report_stem(site, date)
    if revision > 1:
        stem = f"{stem}_第{revision}版"
    return f"{stem}{BUNDLE_SUFFIX}"


def workbook_file_name(first_month: str | None, last_month: str | None, suffix: str) -> str:
    """检查考核表_2026-01至2026-12.xlsx (or .csv); an open end is left out."""
    if first_month and last_month:
        span = first_month if first_month == last_month else f"{first_month}至{last_month}"
    elif first_month:
        span = f"{first_month}起"
    elif last_month:
        span = f"截至{last_month}"
    else:
        span = "全部"
    return f"检查考核表_{span}{suffix}"


def _split(name: str) -> tuple[str, str]:
    if name.lower().endswith(BUNDLE_SUFFIX):
        return name[: -len(BUNDLE_SUFFIX)], name[-len(BUNDLE_SUFFIX) :]
    stem, dot, ext = name.rpartition(".")
    return (stem, f".{ext}") if dot and stem else (name, "")


def unique_name(name: str, taken: MutableSet[str]) -> str:
    """`name`, or `name (2)`, `name (3)`… before the extension, whichever is not in `taken`.

    `taken` holds lower-case names (Windows and macOS compare names without case); the
    chosen name is added to it, so one set keeps a whole batch of exports apart.
    """
    stem, suffix = _split(name)
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    taken.add(candidate.lower())
    return candidate


def report_file_name_of(ctx: AppContext, inspection_id: int) -> str:
    """The default name of an inspection's report, in the language it was signed in."""
    query = (
        select(m.Site.name, m.Inspection.started_at, m.SignedReport.language)
        .join(m.Site, m.Site.id == m.Inspection.site_id)
        .outerjoin(m.SignedReport, m.SignedReport.inspection_id == m.Inspection.id)
        .where(m.Inspection.id == inspection_id)
    )
    with ctx.db.reading() as session:
        row = session.execute(query).first()
    if row is None:
        raise NotFoundError(
            msg(QT_TRANSLATE_NOOP("service", "No inspection with id {id}."), id=inspection_id)
        )
    site, started_at, language = row
    return report_file_name(site, started_at, language or "zh")
