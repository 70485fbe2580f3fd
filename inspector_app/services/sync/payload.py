"""inspection.json: one inspection revision as plain JSON, written and read by one field spec.

Each record kind has a spec (field -> checker); export dumps exactly those fields and
import runs every value through its checker, so a round trip cannot drift.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from inspector_app.core.evidence_flags import PhotoFlag
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.results import Result
from inspector_app.core.statuses import ArrearsResolution, SignerRole
from inspector_app.services.directory.sites import (
    DATE_FIELDS,
    INT_FIELDS,
    MONEY_FIELDS,
    TEXT_FIELDS,
)
from inspector_app.services.sync.model import INT_RANGE, BundleRejected

Checker = Callable[[Any], Any]


def _bad(value: Any) -> BundleRejected:
    return BundleRejected(
        msg(
            QT_TRANSLATE_NOOP(
                "service", "inspection.json holds a value of the wrong kind: {value}."
            ),
            value=f"{value!r:.60}",
        )
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(value)
    return value


def _opt_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value not in INT_RANGE:
        raise _bad(value)
    return value


def _opt_int(value: Any) -> int | None:
    return None if value is None else _int(value)


def _opt_float(value: Any) -> float | None:
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _bad(value)
    try:
        number = float(value)
    except OverflowError as error:  # an integer beyond any float
        raise _bad(value) from error
    # Python's json reads Infinity and NaN, which no coordinate is.
    if not math.isfinite(number):
        raise _bad(value)
    return number


def _opt_money(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(_text(value))
    except InvalidOperation as error:
        raise _bad(value) from error
    # Its bounds (finite, 0 to 10^12, two decimals) are checked with the other domain
    # rules (core.validation, as for a typed amount), which name the field.
    return amount


def _money(value: Any) -> Decimal:
    amount = _opt_money(value)
    if amount is None:
        raise _bad(value)
    return amount


def _opt_date(value: Any) -> dt.date | None:
    try:
        return None if value is None else dt.date.fromisoformat(_text(value))
    except ValueError as error:
        raise _bad(value) from error


def _opt_datetime(value: Any) -> dt.datetime | None:
    try:
        return None if value is None else dt.datetime.fromisoformat(_text(value))
    except ValueError as error:
        raise _bad(value) from error


def _datetime(value: Any) -> dt.datetime:
    parsed = _opt_datetime(value)
    if parsed is None:
        raise _bad(value)
    return parsed


def _uuid(value: Any) -> str:
    try:
        return str(uuid.UUID(_text(value)))
    except ValueError as error:
        raise _bad(value) from error


def _code(kind: type[StrEnum]) -> Checker:
    """A stored code: one of the enum's values, kept as its text."""

    def check(value: Any) -> str:
        try:
            return str(kind(_text(value)))
        except ValueError as error:
            raise _bad(value) from error

    return check


_result = _code(Result)


def _flags(value: Any) -> list[Any]:
    if not isinstance(value, list) or not all(isinstance(f, dict) for f in value):
        raise _bad(value)
    return value


def _sha(value: Any) -> str:
    text = _text(value)
    if len(text) != 64 or any(ch not in "0123456789abcdef" for ch in text):
        raise _bad(value)
    return text


SITE: dict[str, Checker] = {
    "uuid": _uuid,
    **dict.fromkeys(TEXT_FIELDS, _text),
    **dict.fromkeys(INT_FIELDS, _opt_int),
    **dict.fromkeys(MONEY_FIELDS, _opt_money),
    **dict.fromkeys(DATE_FIELDS, _opt_date),
}
SUBCONTRACTOR: dict[str, Checker] = {"name": _text, "credit_code": _text}
INSPECTOR: dict[str, Checker] = {
    "name": _text,
    "unit": _text,
    "badge_no": _text,
    "cert_fingerprint": _opt_text,
}
REPRESENTATIVE: dict[str, Checker] = {"name": _text, "title": _text, "unit": _text, "phone": _text}
ANSWER: dict[str, Checker] = {
    "item_id": _text,
    "rule_id": _text,
    "result": _result,
    "value": _opt_text,
    "note": _text,
    "na_reason": _text,  # since 0009; absent ("") in older bundles
}
FINDING: dict[str, Checker] = {
    "item_id": _text,
    "description": _text,
    "correction": _text,
    "deadline": _opt_date,
    "responsible_party": _text,
}
ARREARS: dict[str, Checker] = {
    "employer": _text,
    "workers_affected": _int,
    "amount_owed": _money,
    "resolution": _code(ArrearsResolution),
    "note": _text,
    # Since 0010; "" in older bundles.
    "period_owed": _text,
}
EVIDENCE: dict[str, Checker] = {
    "item_id": _text,
    "sha256": _sha,
    "original_name": _text,
    "mime": _text,
    "size": _int,
    "width": _opt_int,
    "height": _opt_int,
    "captured_at": _opt_datetime,
    "gps_lat": _opt_float,
    "gps_lon": _opt_float,
    "camera": _opt_text,
    "caption": _text,
    "flags": _flags,
}
ORDER: dict[str, Checker] = {
    "position": _int,
    "number": _text,
    "addressee": _text,
    "credit_code": _text,
    "language": _text,
    "sha256": _sha,
}
SIGNATURE: dict[str, Checker] = {
    "role": _code(SignerRole),
    "signer_name": _text,
    "signed_at": _datetime,
}
INSPECTION: dict[str, Checker] = {
    "uuid": _uuid,
    "revision": _int,
    "follow_up_of": _opt_text,
    "started_at": _datetime,
    "finished_at": _opt_datetime,
    "signed_at": _opt_datetime,
    "signed_pdf_sha256": _sha,
    "signer_fingerprint": _sha,
    # Since 0007; absent (None) in older bundles.
    "document_no": _opt_text,
    "refusal_reason": _opt_text,
    "refused_at": _opt_datetime,
    "refusal_witness": _opt_text,
    "amend_reason": _opt_text,  # since 0009
}


def dump_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, PhotoFlag):
        return value.stored()
    if isinstance(value, tuple):  # a frozen detail's list (a photo's flags)
        return [dump_value(item) for item in value]
    return value


def dump(row: Any, spec: dict[str, Checker]) -> dict[str, Any]:
    """The spec's fields of an ORM row (or any object) as JSON values."""
    return {key: dump_value(getattr(row, key)) for key in spec}


def load(data: Any, spec: dict[str, Checker], where: str) -> dict[str, Any]:
    """The spec's fields of a JSON object, each checked and converted."""
    if not isinstance(data, dict):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "inspection.json: {where} is not an object."),
                where=where,
            )
        )
    try:
        return {key: check(data.get(key)) for key, check in spec.items()}
    except BundleRejected as error:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "inspection.json, {where}: {error}"),
                where=where,
                error=error.message,
            )
        ) from error


def load_list(data: Any, key: str, spec: dict[str, Checker]) -> list[dict[str, Any]]:
    items = data.get(key)
    if not isinstance(items, list):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "inspection.json has no list of {key}."), key=key)
        )
    return [load(item, spec, f"{key}[{n}]") for n, item in enumerate(items)]


def _file_of(record: Any, key: str, where: str) -> str:
    path = record.get("path") if isinstance(record, dict) else None
    if not isinstance(path, str):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "inspection.json: {where} names no file."), where=where
            )
        )
    return path


@dataclass(frozen=True)
class InspectionPayload:
    """inspection.json after checking every field; the values are ready for the ORM."""

    inspection: dict[str, Any]
    site: dict[str, Any]
    subcontractors: list[dict[str, Any]]
    inspectors: list[dict[str, Any]]
    representatives: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    arrears_cases: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    signatures: list[tuple[dict[str, Any], str]]  # (fields, file path in the bundle)
    # The signed orders to correct (format version 2; none in version 1 bundles).
    orders: list[dict[str, Any]] = field(default_factory=list)


def parse_payload(data: Any) -> InspectionPayload:
    """Check inspection.json; BundleRejected names the first bad field."""
    if not isinstance(data, dict):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "inspection.json is not a JSON object."))
        )
    site_data = data.get("site")
    signatures = data.get("signatures")
    if not isinstance(signatures, list):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "inspection.json has no list of signatures."))
        )
    # The registry names the specs defined here, so it is imported only when called.
    from inspector_app.services.records.registry import plain_sections

    return InspectionPayload(
        inspection=load(data, INSPECTION, msg(QT_TRANSLATE_NOOP("service", "the inspection"))),
        site=load(site_data, SITE, msg(QT_TRANSLATE_NOOP("service", "the site"))),
        subcontractors=load_list(site_data, "subcontractors", SUBCONTRACTOR),
        inspectors=load_list(data, "inspectors", INSPECTOR),
        # representatives, answers, findings, arrears_cases, evidence
        **{s.key: load_list(data, s.key, s.spec) for _, s in plain_sections()},
        signatures=[
            (load(s, SIGNATURE, f"signatures[{n}]"), _file_of(s, "path", f"signatures[{n}]"))
            for n, s in enumerate(signatures)
        ],
        orders=load_list(data, "orders", ORDER) if "orders" in data else [],
    )
