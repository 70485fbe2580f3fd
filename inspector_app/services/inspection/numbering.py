"""Document numbers: per-kind, per-year sequences that never reuse a number, and their pattern.

A number is issued inside the transaction that signs the document. The last number issued
is kept twice, in the database and in a small file of the data folder written atomically,
and the next number is one above the highest of both and of the numbers the signed
documents themselves carry: a crash, a restored backup or a lost file cannot hand out a
number twice (a gap is possible, a repeat is not).

The pattern (e.g. ``{unit_short}监检〔{year}〕{seq:03d}号``) and the unit's short name are
settings of the data folder, stored in the database so the GUI and the command line agree.
"""

from __future__ import annotations

import json
import logging
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inspector_app.core.errors import ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg
from inspector_app.core.paths import DataDir
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.storage import models as m
from inspector_app.storage.files import atomic_write_text

log = logging.getLogger(__name__)

RECORD, ORDER = "record", "order"
DEFAULT_PATTERNS = {
    RECORD: "{unit_short}监检〔{year}〕{seq:03d}号",
    ORDER: "{unit_short}监令〔{year}〕{seq:03d}号",
}
FIELDS = ("unit_short", "year", "seq")
SEQUENCE_FILE = "document-numbers.json"
UNIT_SHORT_KEY = "unit_short"
MAX_PATTERN_LENGTH = 100
_KIND = re.compile(r"^[a-z][a-z0-9_]{0,31}$")

# Per kind, the highest number of a year already carried by signed documents of this
# data folder (kind, session, year -> number). Another kind of document adds its reader
# with register_recorded().
RecordedReader = Callable[[Session, int], int]
_RECORDED: dict[str, RecordedReader] = {}


def _check_kind(kind: str) -> None:
    if not _KIND.match(kind):
        raise ValueError(f"not a document kind: {kind!r}")


def register_recorded(kind: str, reader: RecordedReader) -> None:
    """Tell the numbering where signed documents of `kind` record their numbers."""
    _check_kind(kind)
    _RECORDED[kind] = reader


def _recorded_records(session: Session, year: int) -> int:
    # Only this data folder's own records: imported ones belong to other offices' sequences.
    query = select(func.max(m.Inspection.document_seq)).where(
        m.Inspection.document_year == year, m.Inspection.origin == "local"
    )
    return session.scalar(query) or 0


register_recorded(RECORD, _recorded_records)


@dataclass(frozen=True)
class NumberingSettings:
    """How numbers of one kind look: the pattern and the unit's short name."""

    kind: str
    pattern: str
    unit_short: str  # as configured; "" means "use the unit's full name"
    unit: str  # the local inspector's unit

    @property
    def effective_unit_short(self) -> str:
        return self.unit_short or self.unit

    def format(self, year: int, seq: int) -> str:
        return format_number(self.pattern, unit_short=self.effective_unit_short, year=year, seq=seq)


def _pattern_error(message: str) -> ValidationError:
    return ValidationError(message, code="bad_number_pattern")


def validate_pattern(pattern: str) -> None:
    """Raise ValidationError unless `pattern` uses only the known fields and includes {seq}."""
    if not pattern.strip():
        raise _pattern_error(
            msg(QT_TRANSLATE_NOOP("service", "The document number pattern is empty."))
        )
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise _pattern_error(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The document number pattern is longer than {limit} characters."
                ),
                limit=MAX_PATTERN_LENGTH,
            )
        )
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError as error:
        raise _pattern_error(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The document number pattern has an unmatched "
                    "brace; write a brace as {braces}.",
                ),
                braces="{{ or }}",
            )
        ) from error
    names = set()
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in FIELDS or conversion or "{" in (spec or ""):
            raise _pattern_error(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The document number pattern may only use {fields}, not {field}."
                    ),
                    fields="{unit_short} {year} {seq}",
                    field="{" + name + "}",
                )
            )
        names.add(name)
    if "seq" not in names:
        raise _pattern_error(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The document number pattern must contain {seq}: numbers would repeat.",
                ),
                seq="{seq}",
            )
        )
    try:
        pattern.format(unit_short="单位", year=2026, seq=1)
    except (ValueError, TypeError) as error:
        raise _pattern_error(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "The document number pattern has a format the numbers cannot take: {error}",
                ),
                error=str(error),
            )
        ) from error


def format_number(pattern: str, *, unit_short: str, year: int, seq: int) -> str:
    """The document number, e.g. 雁塔监检〔2026〕007号; ValidationError for a bad pattern."""
    validate_pattern(pattern)
    return pattern.format(unit_short=unit_short, year=year, seq=seq)


def _file_path(data_dir: DataDir) -> Path:
    return data_dir.root / SEQUENCE_FILE


def _read_file(data_dir: DataDir) -> dict[str, dict[str, int]]:
    """The sequence file's contents; an unreadable file counts as empty (the database and
    the signed documents still hold the numbers), with a warning in the log."""
    path = _file_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring the unreadable sequence file %s: %s", path, error)
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        kind: {str(y): n for y, n in years.items() if isinstance(n, int)}
        for kind, years in data.items()
        if isinstance(years, dict)
    }


def _file_last(data_dir: DataDir, kind: str, year: int) -> int:
    return _read_file(data_dir).get(kind, {}).get(str(year), 0)


def _write_file(data_dir: DataDir, kind: str, year: int, number: int) -> None:
    data = _read_file(data_dir)
    years = data.setdefault(kind, {})
    years[str(year)] = max(years.get(str(year), 0), number)
    atomic_write_text(_file_path(data_dir), json.dumps(data, indent=1, sort_keys=True) + "\n")


def last_issued(session: Session, data_dir: DataDir, kind: str, year: int) -> int:
    """The highest number of `kind` and `year` known anywhere (0 when none was issued)."""
    _check_kind(kind)
    stored = session.get(m.DocumentSequence, (kind, year))
    reader = _RECORDED.get(kind)
    return max(
        stored.last_issued if stored else 0,
        _file_last(data_dir, kind, year),
        reader(session, year) if reader else 0,
    )


def issue_number(session: Session, data_dir: DataDir, kind: str, year: int) -> int:
    """The next number of `kind` in `year`, recorded in the database (with the session's
    transaction) and in the data folder's sequence file (at once, so that a transaction
    that fails after this point leaves a gap, never a number to be issued again)."""
    _check_kind(kind)
    # A write first, so the transaction holds SQLite's write lock before it reads the
    # counter: two programs signing at once then wait for each other.
    session.execute(
        update(m.DocumentSequence)
        .where(m.DocumentSequence.kind == kind, m.DocumentSequence.year == year)
        .values(last_issued=m.DocumentSequence.last_issued)
    )
    number = last_issued(session, data_dir, kind, year) + 1
    stored = session.get(m.DocumentSequence, (kind, year))
    if stored is None:
        session.add(m.DocumentSequence(kind=kind, year=year, last_issued=number))
    else:
        stored.last_issued = number
    session.flush()
    _write_file(data_dir, kind, year, number)
    return number


def _setting(session: Session, key: str) -> str | None:
    row = session.get(m.Setting, key)
    return row.value if row else None


def _put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(m.Setting, key)
    if row is None:
        session.add(m.Setting(key=key, value=value))
    else:
        row.value = value


def _pattern_key(kind: str) -> str:
    return f"number_pattern.{kind}"


def settings_in(session: Session, kind: str = RECORD) -> NumberingSettings:
    """The numbering settings of `kind`, read in an open session."""
    _check_kind(kind)
    unit = session.scalar(select(m.Inspector.unit).where(m.Inspector.is_self).limit(1))
    return NumberingSettings(
        kind=kind,
        pattern=_setting(session, _pattern_key(kind)) or DEFAULT_PATTERNS.get(kind, ""),
        unit_short=_setting(session, UNIT_SHORT_KEY) or "",
        unit=unit or "",
    )


def numbering_settings(ctx: AppContext, kind: str = RECORD) -> NumberingSettings:
    with ctx.db.reading() as session:
        return settings_in(session, kind)


def set_numbering(
    ctx: AppContext, pattern: str, unit_short: str | None = None, kind: str = RECORD
) -> None:
    """Store the pattern of `kind` and (unless None) the unit's short name, which all kinds
    share. A bad pattern is refused here, not when the next document is signed; an empty
    pattern restores the default."""
    _check_kind(kind)
    pattern = pattern.strip() or DEFAULT_PATTERNS.get(kind, "")
    validate_pattern(pattern)
    with ctx.db.transaction() as session:
        _put_setting(session, _pattern_key(kind), pattern)
        if unit_short is not None:
            _put_setting(session, UNIT_SHORT_KEY, unit_short.strip())
        audit.record(
            session,
            ctx.actor,
            "settings",
            kind,
            "numbering",
            pattern=pattern,
            unit_short=unit_short,
        )
