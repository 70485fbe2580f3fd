"""Sites: create, edit field by field (each change committed), search and list."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, or_, select

from inspector_app.core.errors import NotFoundError, ValidationError
from inspector_app.core.identifiers import IdentifierCheck, check_credit_code
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.core.parsing import (
    ParseError,
    checked_amount,
    parse_amount,
    parse_count,
    parse_date,
)
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.storage.models import Inspection, Site, Subcontractor

TEXT_FIELDS = (
    "name",
    "address",
    "permit_no",
    "project_code",
    "client",
    "client_code",
    "contractor",
    "contractor_code",
    "project_manager",
    "wage_administrator",
    "responsible_unit",
    "account_bank",
    "account_no",
    "deposit_form",
)
INT_FIELDS = ("workers_on_site", "workers_registered")
MONEY_FIELDS = ("contract_value", "deposit_amount")
DATE_FIELDS = ("start_date", "end_date")
CREDIT_CODE_FIELDS = ("client_code", "contractor_code")
SITE_FIELDS = TEXT_FIELDS + INT_FIELDS + MONEY_FIELDS + DATE_FIELDS
# The fields a typed value can be refused for, named in the message: English keeps the
# field's code, the ui shows its translation (a readable name).
FIELD_NAMES = {
    "workers_on_site": msg(QT_TRANSLATE_NOOP("service", "workers_on_site")),
    "workers_registered": msg(QT_TRANSLATE_NOOP("service", "workers_registered")),
    "contract_value": msg(QT_TRANSLATE_NOOP("service", "contract_value")),
    "deposit_amount": msg(QT_TRANSLATE_NOOP("service", "deposit_amount")),
    "start_date": msg(QT_TRANSLATE_NOOP("service", "start_date")),
    "end_date": msg(QT_TRANSLATE_NOOP("service", "end_date")),
}


def _name(field: str) -> Message | str:
    return FIELD_NAMES.get(field, field)


@dataclass(frozen=True)
class SiteRow:
    """A line of the site list."""

    id: int
    name: str
    address: str
    contractor: str
    permit_no: str
    inspections: int
    last_inspected: dt.datetime | None


def parse_field(field: str, value: Any) -> Any:
    """Convert a typed-in value to the field's type; ValidationError names what is wrong."""
    if field not in SITE_FIELDS:
        raise ValidationError(
            msg(QT_TRANSLATE_NOOP("service", "Unknown site field: {field}"), field=field)
        )
    if value is None or (isinstance(value, str) and not value.strip()):
        return "" if field in TEXT_FIELDS else None
    if field in INT_FIELDS:
        return _parse_int(field, value)
    if field in MONEY_FIELDS:
        return _parse_money(field, value)
    if field in DATE_FIELDS:
        return _parse_date(field, value)
    text = str(value).strip()
    return text.upper() if field in CREDIT_CODE_FIELDS else text


T = TypeVar("T")


def _parse_int(field: str, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return _named(field, parse_count, value)


def _parse_money(field: str, value: Any) -> Decimal:
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return _named(field, checked_amount, Decimal(value))
    return _named(field, parse_amount, str(value))


def _parse_date(field: str, value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return _named(field, parse_date, str(value))


def _named(field: str, parse: Callable[[Any], T], value: Any) -> T:
    """Parse with the one parser of core.parsing; the message names the field."""
    try:
        return parse(value)
    except ParseError as error:
        raise ParseError(
            msg(
                QT_TRANSLATE_NOOP("service", "{field}: {problem}"),
                field=_name(field),
                problem=error.message,
            ),
            error.reason,
        ) from error


def identifier_warnings(values: Mapping[str, str]) -> dict[str, IdentifierCheck]:
    """Credit-code fields whose check character fails: warnings, never blocking."""
    warnings = {}
    for field in CREDIT_CODE_FIELDS:
        code = values.get(field) or ""
        if code:
            check = check_credit_code(code)
            if not check.valid:
                warnings[field] = check
    return warnings


def create_site(
    ctx: AppContext,
    name: str,
    subcontractors: list[tuple[str, str]] = (),  # type: ignore[assignment]
    **fields: Any,
) -> int:
    """Add a site; returns its id."""
    if not name.strip():
        raise ValidationError(msg(QT_TRANSLATE_NOOP("service", "A site needs a project name.")))
    values = {field: parse_field(field, value) for field, value in fields.items()}
    with ctx.db.transaction() as session:
        site = Site(uuid=str(uuid.uuid4()), name=name.strip(), **values)
        site.subcontractors = [Subcontractor(name=n, credit_code=c) for n, c in subcontractors]
        session.add(site)
        session.flush()
        audit.record(session, ctx.actor, "site", site.id, "create", name=site.name)
        return site.id


def checked_field(field: str, value: Any) -> Any:
    """The value a site field would store, or the ValidationError saying why not (no I/O:
    the editor asks while the user types)."""
    parsed = parse_field(field, value)
    if field == "name" and not parsed:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("service", "A site needs a project name.")))
    return parsed


def update_site_field(ctx: AppContext, site_id: int, field: str, value: Any) -> Any:
    """Change one field of a site and commit at once; returns the stored value."""
    parsed = checked_field(field, value)
    with ctx.db.transaction() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError(
                msg(QT_TRANSLATE_NOOP("service", "No site with id {site_id}."), site_id=site_id)
            )
        old = getattr(site, field)
        setattr(site, field, parsed)
        audit.record(
            session, ctx.actor, "site", site_id, "update", field=field, old=old, new=parsed
        )
    return parsed


def set_subcontractors(ctx: AppContext, site_id: int, rows: list[tuple[str, str]]) -> None:
    with ctx.db.transaction() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError(
                msg(QT_TRANSLATE_NOOP("service", "No site with id {site_id}."), site_id=site_id)
            )
        site.subcontractors = [
            Subcontractor(name=name.strip(), credit_code=code.strip().upper())
            for name, code in rows
            if name.strip()
        ]
        audit.record(session, ctx.actor, "site", site_id, "subcontractors", count=len(rows))


@dataclass(frozen=True)
class SiteValues:
    """Every field of one site as stored, with its subcontractors as (name, code) pairs."""

    id: int
    uuid: str
    name: str
    address: str = ""
    permit_no: str = ""
    project_code: str = ""
    client: str = ""
    client_code: str = ""
    contractor: str = ""
    contractor_code: str = ""
    project_manager: str = ""
    wage_administrator: str = ""
    responsible_unit: str = ""
    account_bank: str = ""
    account_no: str = ""
    deposit_form: str = ""
    workers_on_site: int | None = None
    workers_registered: int | None = None
    contract_value: Decimal | None = None
    deposit_amount: Decimal | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    subcontractors: tuple[tuple[str, str], ...] = ()

    def value(self, field: str) -> str | int | Decimal | dt.date | None:
        """One of SITE_FIELDS by its name (the editor and the report walk them)."""
        if field not in SITE_FIELDS:
            raise ValidationError(
                msg(QT_TRANSLATE_NOOP("service", "Unknown site field: {field}"), field=field)
            )
        value: str | int | Decimal | dt.date | None = getattr(self, field)
        return value


def site_values(ctx: AppContext, site_id: int) -> SiteValues:
    """All fields of one site, with its subcontractors as (name, code) pairs."""
    with ctx.db.reading() as session:
        site = session.get(Site, site_id)
        if site is None:
            raise NotFoundError(
                msg(QT_TRANSLATE_NOOP("service", "No site with id {site_id}."), site_id=site_id)
            )
        return SiteValues(
            id=site.id,
            uuid=site.uuid,
            subcontractors=tuple((s.name, s.credit_code) for s in site.subcontractors),
            **{field: getattr(site, field) for field in SITE_FIELDS},
        )


def list_sites(ctx: AppContext, search: str = "") -> list[SiteRow]:
    """Sites whose name, address, contractor or permit number contains `search`."""
    counts = (
        select(
            Inspection.site_id,
            func.count().label("n"),
            func.max(Inspection.started_at).label("last"),
        )
        .group_by(Inspection.site_id)
        .subquery()
    )
    query = (
        select(
            Site.id,
            Site.name,
            Site.address,
            Site.contractor,
            Site.permit_no,
            func.coalesce(counts.c.n, 0),
            counts.c.last,
        )
        .outerjoin(counts, counts.c.site_id == Site.id)
        .order_by(Site.name)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(
                Site.name.like(pattern),
                Site.address.like(pattern),
                Site.contractor.like(pattern),
                Site.permit_no.like(pattern),
            )
        )
    with ctx.db.reading() as session:
        return [SiteRow(*row) for row in session.execute(query)]
