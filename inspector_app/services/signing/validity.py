"""Certificate validity: a certificate signs only inside its validity period, and a
signature's time must fit the times of what it signs (DESIGN.md, format version 2)."""

from __future__ import annotations

import datetime as dt

from cryptography import x509

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg

# The inspector is warned this long before their own certificate runs out.
EXPIRY_NOTICE = dt.timedelta(days=30)
# Two clocks (the laptop's, the signing library's) may disagree by a little.
CLOCK_SLACK = dt.timedelta(minutes=5)
# Inspection times are the inspector's local wall-clock time without a zone; the zones
# of the world lie within 14 hours of UTC, so an aware time is compared with that margin.
ZONE_MARGIN = dt.timedelta(hours=14)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _day(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def _subject_name(certificate: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else "?"


def validity_problem(certificate: x509.Certificate, at: dt.datetime) -> Message | None:
    """Why `certificate` could not sign at `at` (outside its validity period), else None."""
    moment = _utc(at)
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if moment < start - CLOCK_SLACK:
        return msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The certificate of {name} was not valid yet at {time}: it is valid from {start}.",
            ),
            name=_subject_name(certificate),
            time=_day(moment),
            start=_day(start),
        )
    if moment > end:
        return msg(
            QT_TRANSLATE_NOOP(
                "service",
                "The certificate of {name} had expired at {time}: it was valid until {end}.",
            ),
            name=_subject_name(certificate),
            time=_day(moment),
            end=_day(end),
        )
    return None


def require_valid(certificate: x509.Certificate, at: dt.datetime | None = None) -> None:
    """Refuse (ValidationError) to sign with a certificate outside its validity period."""
    problem = validity_problem(certificate, at or dt.datetime.now(dt.UTC))
    if problem is not None:
        raise ValidationError(problem, code="certificate_validity")


def days_left(certificate: x509.Certificate, now: dt.datetime | None = None) -> int:
    """Whole days until the certificate expires (negative once it has)."""
    left = certificate.not_valid_after_utc - _utc(now or dt.datetime.now(dt.UTC))
    return left.days


def expiry_notice(certificate: x509.Certificate, now: dt.datetime | None = None) -> Message | None:
    """The warning for the inspector's own certificate: expired, or expiring within 30 days."""
    moment = _utc(now or dt.datetime.now(dt.UTC))
    end = certificate.not_valid_after_utc
    if moment > end:
        return msg(
            QT_TRANSLATE_NOOP(
                "service",
                "Your signing certificate expired on {end}: ask for a new one before signing.",
            ),
            end=f"{end:%Y-%m-%d}",
        )
    if end - moment <= EXPIRY_NOTICE:
        return msg(
            QT_TRANSLATE_NOOP(
                "service",
                "Your signing certificate expires on {end} (in {days} days): ask for a new one.",
            ),
            end=f"{end:%Y-%m-%d}",
            days=(end - moment).days,
        )
    return None


def signing_time_problem(
    signed_at: dt.datetime | None,
    *,
    started_at: dt.datetime | None,
    created_at: dt.datetime | None,
) -> Message | None:
    """Why a report's signing time does not fit the bundle: before the inspection began, or
    after the bundle was made. `started_at` is local wall-clock time (no zone)."""
    if signed_at is None:
        return msg(QT_TRANSLATE_NOOP("service", "The signed report carries no signing time."))
    moment = _utc(signed_at)
    if started_at is not None:
        zoned = started_at.tzinfo is not None
        earliest = _utc(started_at) if zoned else _utc(started_at) - ZONE_MARGIN
        if moment < earliest - CLOCK_SLACK:
            return msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The report is signed at {time}, before the inspection began ({start}).",
                ),
                time=_day(moment),
                start=f"{started_at:%Y-%m-%d %H:%M}",
            )
    if created_at is not None and moment > _utc(created_at) + CLOCK_SLACK:
        return msg(
            QT_TRANSLATE_NOOP(
                "service", "The report is signed at {time}, after the bundle was made ({created})."
            ),
            time=_day(moment),
            created=_day(_utc(created_at)),
        )
    return None
