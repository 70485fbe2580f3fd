"""Warnings attached to photo evidence (capture time off, photo reused), with their wording
(English marked here, Chinese in the translation catalogue)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from inspector_app.core.catalogue import Catalogue
from inspector_app.core.messages import QT_TRANSLATE_NOOP

DEFAULT_TOLERANCE = timedelta(hours=24)


class EvidenceFlag(StrEnum):
    """Why a supervisor should look twice at a photo; the value is stored in the database."""

    TIME_MISMATCH = "time_mismatch"
    RECYCLED = "recycled"
    NO_CAPTURE_TIME = "no_capture_time"


@dataclass(frozen=True)
class PhotoFlag:
    """One flag of a photo as stored: its kind, and what the sentence about it names."""

    kind: EvidenceFlag
    # TIME_MISMATCH: capture time minus inspection start, in seconds.
    difference_s: float | None = None
    # RECYCLED: the other inspection (uuid) and how the sentence refers to it.
    inspection_uuid: str | None = None
    ref: str | None = None

    @classmethod
    def from_stored(cls, entry: Mapping[str, Any]) -> PhotoFlag | None:
        """The flag of a stored entry ({"flag": ..., ...}); None for a kind this app
        does not know (a bundle from a newer version)."""
        try:
            kind = EvidenceFlag(str(entry.get("flag", "")))
        except ValueError:
            return None
        difference = entry.get("difference_s")
        return cls(
            kind,
            float(difference) if difference is not None else None,
            entry.get("inspection_uuid"),
            entry.get("ref"),
        )

    def stored(self) -> dict[str, Any]:
        """The entry as the database and the bundle hold it."""
        entry: dict[str, Any] = {"flag": str(self.kind)}
        for key in ("difference_s", "inspection_uuid", "ref"):
            if getattr(self, key) is not None:
                entry[key] = getattr(self, key)
        return entry

    def describe(self, lang: str = "zh") -> str:
        details: dict[str, object] = {}
        if self.difference_s is not None:
            details["difference"] = timedelta(seconds=self.difference_s)
        if self.ref is not None:
            details["ref"] = self.ref
        return describe_flag(self.kind, lang, **details)


def stored_flags(entries: Iterable[Any] | None) -> tuple[PhotoFlag, ...]:
    """The known flags among stored entries, in their order."""
    flags = (PhotoFlag.from_stored(e) for e in entries or () if isinstance(e, Mapping))
    return tuple(flag for flag in flags if flag is not None)


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


_WORDING = {
    "day": QT_TRANSLATE_NOOP("evidence", "{count} day"),
    "days": QT_TRANSLATE_NOOP("evidence", "{count} days"),
    "hour": QT_TRANSLATE_NOOP("evidence", "{count} hour"),
    "hours": QT_TRANSLATE_NOOP("evidence", "{count} hours"),
    "another_time": QT_TRANSLATE_NOOP("evidence", "taken at another time than the inspection"),
    "before": QT_TRANSLATE_NOOP("evidence", "taken {amount} before the inspection"),
    "after": QT_TRANSLATE_NOOP("evidence", "taken {amount} after the inspection"),
    "recycled_ref": QT_TRANSLATE_NOOP("evidence", "also used as evidence in inspection {ref}"),
    "recycled": QT_TRANSLATE_NOOP("evidence", "also used as evidence in another inspection"),
    "no_capture_time": QT_TRANSLATE_NOOP("evidence", "the photo has no capture time"),
}


def _amount(difference: timedelta, words: Catalogue) -> str:
    """'3 days' / '5 hours', rounded (English picks singular or plural by the count)."""
    seconds = abs(difference.total_seconds())
    days = round(seconds / 86400)
    if days >= 1:
        return words.text(_WORDING["day" if days == 1 else "days"]).format(count=days)
    hours = max(1, round(seconds / 3600))
    return words.text(_WORDING["hour" if hours == 1 else "hours"]).format(count=hours)


def _time_difference(details: dict[str, object]) -> timedelta | None:
    difference = details.get("difference")
    if isinstance(difference, timedelta):
        return difference
    captured_at = details.get("captured_at")
    inspection_time = details.get("inspection_time")
    if isinstance(captured_at, datetime) and isinstance(inspection_time, datetime):
        return _local_naive(captured_at) - _local_naive(inspection_time)
    return None


def _describe_time_mismatch(words: Catalogue, details: dict[str, object]) -> str:
    difference = _time_difference(details)
    if difference is None:
        return words.text(_WORDING["another_time"])
    side = "before" if difference < timedelta(0) else "after"
    return words.text(_WORDING[side]).format(amount=_amount(difference, words))


def _describe_recycled(words: Catalogue, details: dict[str, object]) -> str:
    ref = details.get("ref")
    if ref:
        return words.text(_WORDING["recycled_ref"]).format(ref=ref)
    return words.text(_WORDING["recycled"])


def describe_flag(flag: EvidenceFlag, lang: str = "zh", **details: object) -> str:
    """A short sentence for a flag, in Chinese (lang "zh", "zh_CN"...) or English, worded
    by the translation catalogue (context "evidence").

    Details: TIME_MISMATCH takes `difference` (capture time minus inspection time) or
    `captured_at` and `inspection_time`; RECYCLED takes `ref`, the other inspection.
    """
    words = Catalogue(lang)
    if flag is EvidenceFlag.TIME_MISMATCH:
        return _describe_time_mismatch(words, details)
    if flag is EvidenceFlag.RECYCLED:
        return _describe_recycled(words, details)
    return words.text(_WORDING["no_capture_time"])
