"""Warnings attached to photo evidence (capture time off, photo reused), with their wording."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

DEFAULT_TOLERANCE = timedelta(hours=24)


class EvidenceFlag(StrEnum):
    """Why a supervisor should look twice at a photo; the value is stored in the database."""

    TIME_MISMATCH = "time_mismatch"
    RECYCLED = "recycled"
    NO_CAPTURE_TIME = "no_capture_time"


def _local_naive(moment: datetime) -> datetime:
    # EXIF capture times are naive local wall-clock times, so compare in the same terms.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def capture_time_flags(
    captured_at: datetime | None,
    inspection_time: datetime,
    tolerance: timedelta = DEFAULT_TOLERANCE,
) -> set[EvidenceFlag]:
    """Flags about when a photo was taken compared with when the inspection happened.

    The recycled check needs the database and is done by the evidence service.
    """
    if captured_at is None:
        return {EvidenceFlag.NO_CAPTURE_TIME}
    difference = _local_naive(captured_at) - _local_naive(inspection_time)
    if abs(difference) > tolerance:
        return {EvidenceFlag.TIME_MISMATCH}
    return set()


def _amount(difference: timedelta, lang: str) -> str:
    """'3 days' / '5 hours' (English) or '3 天' / '5 小时' (Chinese), rounded."""
    seconds = abs(difference.total_seconds())
    days = round(seconds / 86400)
    if days >= 1:
        if lang == "zh":
            return f"{days} 天"
        return f"{days} day" if days == 1 else f"{days} days"
    hours = max(1, round(seconds / 3600))
    if lang == "zh":
        return f"{hours} 小时"
    return f"{hours} hour" if hours == 1 else f"{hours} hours"


def _time_difference(details: dict[str, object]) -> timedelta | None:
    difference = details.get("difference")
    if isinstance(difference, timedelta):
        return difference
    captured_at = details.get("captured_at")
    inspection_time = details.get("inspection_time")
    if isinstance(captured_at, datetime) and isinstance(inspection_time, datetime):
        return _local_naive(captured_at) - _local_naive(inspection_time)
    return None


def _describe_time_mismatch(lang: str, details: dict[str, object]) -> str:
    difference = _time_difference(details)
    if difference is None:
        if lang == "zh":
            return "拍摄时间与检查时间不符"
        return "taken at another time than the inspection"
    amount = _amount(difference, lang)
    if lang == "zh":
        return f"拍摄时间与检查时间相差 {amount}"
    side = "before" if difference < timedelta(0) else "after"
    return f"taken {amount} {side} the inspection"


def _describe_recycled(lang: str, details: dict[str, object]) -> str:
    ref = details.get("ref")
    if lang == "zh":
        return f"该照片也作为检查 {ref} 的证据" if ref else "该照片也作为其他检查的证据"
    if ref:
        return f"also used as evidence in inspection {ref}"
    return "also used as evidence in another inspection"


def describe_flag(flag: EvidenceFlag, lang: str = "zh", **details: object) -> str:
    """A short sentence for a flag, in Chinese (lang "zh", "zh_CN"...) or English.

    Details: TIME_MISMATCH takes `difference` (capture time minus inspection time) or
    `captured_at` and `inspection_time`; RECYCLED takes `ref`, the other inspection.
    """
    lang = "zh" if lang.lower().startswith("zh") else "en"
    if flag is EvidenceFlag.TIME_MISMATCH:
        return _describe_time_mismatch(lang, details)
    if flag is EvidenceFlag.RECYCLED:
        return _describe_recycled(lang, details)
    return "照片中没有拍摄时间" if lang == "zh" else "the photo has no capture time"
