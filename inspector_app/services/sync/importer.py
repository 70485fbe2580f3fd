"""Importing sync bundles: verify all, then write one transaction; hold untrusted signers."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inspector_app.core.errors import InspectorError, ValidationError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, joined, msg
from inspector_app.core.results import Result
from inspector_app.core.scoring import InspectionScore, score_inspection
from inspector_app.core.statuses import Origin
from inspector_app.services import audit
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import store_form
from inspector_app.services.records.registry import plain_sections
from inspector_app.services.sync.authorship import another_inspector_reason, foreign_revision
from inspector_app.services.sync.held_quota import DEFAULT_HELD_QUOTA, enforce_held_quota
from inspector_app.services.sync.model import (
    DEFAULT_LIMITS,
    REPORT,
    SUFFIX,
    BundleLimits,
    BundleRejected,
    Manifest,
)
from inspector_app.services.sync.notices import order_rows
from inspector_app.services.sync.payload import InspectionPayload
from inspector_app.services.sync.pipeline import CheckedFile, check_file, checked_files
from inspector_app.services.sync.verify import (
    BundleCheck,
    CheckVerdict,
    VerifiedBundle,
    read_bundle_file,
    signer_label,
)
from inspector_app.storage import models as m
from inspector_app.storage.files import atomic_write_bytes
from inspector_app.storage.media import MediaStore

log = logging.getLogger(__name__)


class ImportVerdict(StrEnum):
    """What became of a bundle file; the value is what the import log stores."""

    IMPORTED = "imported"
    SUPERSEDED = "superseded"  # imported, and replaces an earlier revision
    ALREADY = "already_imported"
    HELD = "held"
    REJECTED = "rejected"


IMPORTED, SUPERSEDED, ALREADY = (
    ImportVerdict.IMPORTED,
    ImportVerdict.SUPERSEDED,
    ImportVerdict.ALREADY,
)
HELD, REJECTED = ImportVerdict.HELD, ImportVerdict.REJECTED
ACCEPTED_VERDICTS = (IMPORTED, SUPERSEDED, ALREADY)
ORIGIN = Origin.IMPORTED
# The import log's hash for a file that could not even be read.
UNKNOWN_SHA = "0" * 64


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one bundle file."""

    path: Path
    verdict: ImportVerdict
    reason: str = ""
    inspection_uuid: str | None = None
    revision: int | None = None
    # The file's name as the user had it (a held bundle is re-read under its hash).
    original_name: str = ""
    # The import raised (a full disk, a bug) rather than finding the bundle bad: a held
    # bundle that meets this stays held, to be tried again.
    failed: bool = False

    @property
    def name(self) -> str:
        return self.original_name or self.path.name

    @property
    def accepted(self) -> bool:
        return self.verdict in ACCEPTED_VERDICTS

    def describe(self) -> str:
        """The line `inspector import` prints for this bundle."""
        words = self.verdict.replace("_", " ")
        return f"{self.path}: {words}: {self.reason}" if self.reason else f"{self.path}: {words}"


# Called after each bundle: (bundles done, bundles in all, what happened to this one).
Progress = Callable[[int, int, ImportOutcome], None]


def held_folder(ctx: AppContext) -> Path:
    return ctx.data_dir.root / "held"


def bundle_paths(paths: Iterable[Path]) -> list[Path]:
    """The bundle files named, with folders expanded to the bundles inside them."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(f"*{SUFFIX}") if p.is_file()))
        else:
            found.append(path)
    return found


class Importer:
    """Imports bundles into one data folder; the trust list is read once per batch."""

    def __init__(self, ctx: AppContext, limits: BundleLimits = DEFAULT_LIMITS) -> None:
        from inspector_app.services.evidence.attach import media_store
        from inspector_app.services.signing.trust import trusted_certificates

        self.ctx = ctx
        self.limits = limits
        self.trusted: list[x509.Certificate] = trusted_certificates(ctx)
        self.store: MediaStore = media_store(ctx)
        # Held bundles (by file hash) whose revision the supervisor accepted although
        # none of its signers signed the revision before it.
        self.approved_authors: set[str] = set()
        self.held_quota = DEFAULT_HELD_QUOTA
        self._sha = UNKNOWN_SHA  # the hash of the bundle being imported, once known

    def import_paths(
        self,
        paths: Sequence[Path],
        progress: Progress | None = None,
    ) -> list[ImportOutcome]:
        """Check the files across the cores (sync/pipeline.py), write them here, in order."""
        files = bundle_paths(paths)
        found = checked_files(files, self.trusted, self._known_hashes(), self.limits)
        outcomes = []
        # Thumbnails and report-size copies are not made here: the first view of a photo
        # makes them (evidence/photos.py derived_copy), so the import spends its time on
        # the checks and the writes.
        for number, checked in enumerate(found, 1):
            outcome = self._import_found(checked)
            outcomes.append(outcome)
            if progress:
                progress(number, len(files), outcome)
        return outcomes

    def import_file(self, path: Path) -> ImportOutcome:
        """Check one bundle and import it; every outcome is written to the import log."""
        try:
            checked = check_file(path, self.trusted, _KnownInLog(self), self.limits)
        except Exception as error:  # one file's failure; the batch goes on
            self._sha = UNKNOWN_SHA
            return self._failed(path, error)
        return self._import_found(checked)

    def _known_hashes(self) -> frozenset[str]:
        """The bundle files imported before, by SHA-256: those are not checked again."""
        with self.ctx.db.reading() as session:
            rows = session.scalars(
                select(m.ImportRecord.sha256)
                .where(m.ImportRecord.verdict.in_(ACCEPTED_VERDICTS))
                .distinct()
            )
            return frozenset(rows)

    def _import_found(self, checked: CheckedFile) -> ImportOutcome:
        """Write what the check of one file found.

        Whatever goes wrong with this one file (a hostile member that trips the parser,
        a database constraint, a full disk) is this file's rejection, never the batch's.
        """
        path, sha = checked.path, checked.sha256
        self._sha = sha
        try:
            if checked.check is None:  # the same bytes were verified and imported before
                return self._log(path, sha, ALREADY, "", self._known(sha))
            return self._import_checked(path, checked.check, checked.data or b"")
        except Exception as error:  # one file's failure; the batch goes on
            return self._failed(path, error)

    def _import_checked(self, path: Path, check: BundleCheck, data: bytes) -> ImportOutcome:
        manifest = check.manifest
        ident = (manifest.inspection_uuid, manifest.revision) if manifest else None
        if check.verdict is CheckVerdict.REJECTED:
            return self._log(path, check.sha256, REJECTED, check.reason, ident)
        if check.verdict is CheckVerdict.HELD:
            return self._hold(path, check, data, check.reason)
        assert check.bundle is not None
        # Revision n+1 by someone who did not sign revision n: the supervisor decides.
        if manifest and check.sha256 not in self.approved_authors:
            known = foreign_revision(self.ctx, manifest)
            if known is not None:
                reason = another_inspector_reason(manifest.revision, known)
                return self._hold(path, check, data, reason)
        try:
            outcome = self._write(path, check.bundle)
        except (BundleRejected, ValidationError) as error:
            return self._log(path, check.sha256, REJECTED, error.message, ident)
        if outcome.verdict != ALREADY:
            outcome = _with_form_note(outcome, check.bundle.manifest)
        return outcome

    def _hold(self, path: Path, check: BundleCheck, data: bytes, reason: str) -> ImportOutcome:
        """Keep the bundle in the holding folder for the supervisor; log why."""
        manifest = check.manifest
        ident = (manifest.inspection_uuid, manifest.revision) if manifest else None
        if not data:  # checked elsewhere (sync/pipeline.py) and held only when writing
            data = read_bundle_file(path, self.limits)
            if hashlib.sha256(data).hexdigest() != check.sha256:
                raise BundleRejected(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "service", "The file changed while it was being imported."
                        )
                    )
                )
        held_file = held_folder(self.ctx) / f"{check.sha256}{SUFFIX}"
        atomic_write_bytes(held_file, data)
        enforce_held_quota(self.ctx, held_folder(self.ctx), held_file, self.held_quota)
        fingerprint = manifest.signer_fingerprint if manifest else None
        signer = signer_label(check.signer) if check.signer else None
        return self._log(path, check.sha256, HELD, reason, ident, fingerprint, signer_name=signer)

    def _failed(self, path: Path, error: Exception) -> ImportOutcome:
        """The rejection of a bundle whose import raised; logged if the log can be written."""
        if isinstance(error, InspectorError):
            reason = error.message
            log.warning("%s: rejected: %s", path, reason)
        else:  # a bug or a case nobody foresaw: the type (and traceback) for diagnosis
            reason = msg(
                QT_TRANSLATE_NOOP("service", "unexpected error while importing ({kind}): {error}"),
                kind=type(error).__name__,
                error=_first_line(error),
            )
            log.exception("%s: unexpected error while importing", path)
        try:
            outcome = self._log(path, self._sha, REJECTED, reason)
        except Exception:  # the log cannot be written either (disk full): still say so
            log.exception("%s: the rejection could not be written to the import log", path)
            outcome = ImportOutcome(Path(path), REJECTED, reason, original_name=Path(path).name)
        return dataclasses.replace(outcome, failed=True)

    # -- the import log --------------------------------------------------------------

    def _known(self, sha: str) -> tuple[str, int] | None:
        with self.ctx.db.reading() as session:
            row = session.execute(
                select(m.ImportRecord.inspection_uuid, m.ImportRecord.revision)
                .where(m.ImportRecord.sha256 == sha, m.ImportRecord.verdict.in_(ACCEPTED_VERDICTS))
                .limit(1)
            ).first()
        return (row[0], row[1]) if row and row[0] and row[1] is not None else None

    def _log(
        self,
        path: Path,
        sha: str,
        verdict: ImportVerdict,
        reason: str,
        ident: tuple[str, int] | None = None,
        fingerprint: str | None = None,
        session: Session | None = None,
        content: str | None = None,
        signer_name: str | None = None,
    ) -> ImportOutcome:
        original = self._original_name(Path(path), sha)
        record = m.ImportRecord(
            original_name=original,
            content_sha256=content,
            signer_name=signer_name,
            path=str(path),
            sha256=sha,
            verdict=verdict,
            reason=reason,
            inspection_uuid=ident[0] if ident else None,
            revision=ident[1] if ident else None,
            signer_fingerprint=fingerprint,
        )
        if session is not None:
            session.add(record)
        else:
            with self.ctx.db.transaction() as own:
                own.add(record)
        uuid_, revision = ident or (None, None)
        outcome = ImportOutcome(Path(path), verdict, reason, uuid_, revision, original)
        log.info("%s", outcome.describe())
        return outcome

    def _original_name(self, path: Path, sha: str) -> str:
        """The name the user's file had: its own, or for a bundle released from the
        holding folder (named by hash) the name it was first received under."""
        if path.parent != held_folder(self.ctx):
            return path.name
        with self.ctx.db.reading() as session:
            first = session.scalar(
                select(m.ImportRecord.original_name)
                .where(m.ImportRecord.sha256 == sha, m.ImportRecord.original_name.is_not(None))
                .order_by(m.ImportRecord.id)
                .limit(1)
            )
        return first or path.name

    # -- writing ---------------------------------------------------------------------

    def _write(self, path: Path, bundle: VerifiedBundle) -> ImportOutcome:
        stored: list[str] = []
        try:
            return self._write_rows(path, bundle, stored)
        except BaseException:
            # The rows naming the photos stored meanwhile were rolled back: take them away
            # too, so a refused bundle leaves the media store as it was.
            for sha in stored:
                with contextlib.suppress(OSError):
                    self.store.path_for(sha).unlink(missing_ok=True)
            raise

    def _write_rows(self, path: Path, bundle: VerifiedBundle, stored: list[str]) -> ImportOutcome:
        manifest = bundle.manifest
        ident = (manifest.inspection_uuid, manifest.revision)
        pdf_sha = bundle.payload.inspection["signed_pdf_sha256"]
        with self.ctx.db.transaction() as session:
            revisions = {
                row.revision: row.signed_pdf_sha256
                for row in session.execute(
                    select(m.Inspection.revision, m.Inspection.signed_pdf_sha256).where(
                        m.Inspection.uuid == manifest.inspection_uuid
                    )
                )
            }
            content = manifest.content_digest()
            if manifest.revision in revisions:
                if revisions[manifest.revision] != pdf_sha or _other_content(
                    session, ident, content
                ):
                    raise BundleRejected(
                        msg(
                            QT_TRANSLATE_NOOP(
                                "service",
                                "conflict: revision {revision} of this inspection is "
                                "already here with other content",
                            ),
                            revision=manifest.revision,
                        )
                    )
                return self._log(
                    path,
                    bundle.sha256,
                    ALREADY,
                    "",
                    ident,
                    manifest.signer_fingerprint,
                    session,
                    content,
                )
            older = [rev for rev in revisions if rev < manifest.revision]
            newest = not revisions or manifest.revision > max(revisions)
            verdict = SUPERSEDED if older and newest else IMPORTED
            reason: str = ""
            if verdict == SUPERSEDED:
                reason = msg(
                    QT_TRANSLATE_NOOP("service", "replaces revision {revision}"),
                    revision=max(older),
                )
            if not newest:
                reason = msg(
                    QT_TRANSLATE_NOOP("service", "kept in history; revision {revision} is newer"),
                    revision=max(revisions),
                )
            if newest and revisions:
                _retire_older(session, manifest.inspection_uuid)
            inspection_id = self._insert(session, bundle, newest)
            audit.record(
                session,
                self.ctx.actor,
                "inspection",
                manifest.inspection_uuid,
                "import",
                revision=manifest.revision,
                bundle=bundle.sha256,
                signer=manifest.signer_fingerprint,
                id=inspection_id,
                **_offsets(bundle.payload),
            )
            outcome = self._log(
                path,
                bundle.sha256,
                verdict,
                reason,
                ident,
                manifest.signer_fingerprint,
                session,
                content,
            )
            # Media last, still inside the transaction: if anything above failed, the
            # store stays untouched; if the commit fails, _write takes the new files away.
            # A photo is named by its verified hash; one stored before (an earlier
            # revision's) is not copied through a temporary file again.
            for name, data in bundle.files.items():
                if name.startswith("photos/") and not self.store.has(name[7:71]):
                    sha, new = self.store.put_bytes(data)
                    stored.extend([sha] if new else [])
        return outcome

    def _insert(self, session: Session, bundle: VerifiedBundle, newest: bool) -> int:
        payload = bundle.payload
        fields = payload.inspection
        results = {a["item_id"]: Result(a["result"]) for a in payload.answers}
        owed = any(c["amount_owed"] > 0 or c["workers_affected"] > 0 for c in payload.arrears_cases)
        score = score_inspection(bundle.form, results, arrears_found=owed)
        inspection = m.Inspection(
            **{key: fields[key] for key in fields},
            site_id=_site_id(session, payload.site, payload.subcontractors),
            form_pk=store_form(session, bundle.form).id,
            status=m.DRAFT,  # the lock triggers refuse child rows once it says signed
            origin=ORIGIN,
            is_latest=newest,
            score=score.overall,
            verdict=str(score.verdict) if score.verdict else None,
        )
        _add_children(session, inspection, bundle)
        inspection.rule_results = _rule_results(score, payload.answers)
        session.add(inspection)
        session.flush()
        pdf = bundle.files[REPORT]
        session.add(
            m.SignedReport(inspection_id=inspection.id, sha256=fields["signed_pdf_sha256"], pdf=pdf)
        )
        session.add_all(order_rows(inspection.id, bundle.payload.orders, bundle.files))
        session.flush()
        inspection.status = m.SIGNED
        session.flush()
        return inspection.id


def _with_form_note(outcome: ImportOutcome, manifest: Manifest) -> ImportOutcome:
    """Say so when the bundle's form differs from the published one of its id and version
    (imported all the same: a form is its content, see supervision/form_check.py)."""
    from inspector_app.services.supervision.form_check import (
        differs_from_published,
        form_differs_note,
    )

    if not differs_from_published(manifest.form_id, manifest.form_version, manifest.form_sha256):
        return outcome
    note = form_differs_note(manifest.form_id, manifest.form_version)
    reason = joined("; ", [outcome.reason, note]) if outcome.reason else note
    return dataclasses.replace(outcome, reason=reason)


def _offsets(payload: InspectionPayload) -> dict[str, str]:
    """The times the bundle gave with a UTC offset, as it gave them. The database keeps
    local wall-clock times (as the app records them, and as cameras do), so the offset
    is kept here, in the import's audit entry."""
    records = {"inspection": [payload.inspection], "evidence": payload.evidence}
    records["signatures"] = [fields for fields, _path in payload.signatures]
    return {
        f"time {kind}{'' if kind == 'inspection' else f'[{n}]'}.{key}": value.isoformat()
        for kind, rows in records.items()
        for n, row in enumerate(rows)
        for key, value in row.items()
        if isinstance(value, dt.datetime) and value.utcoffset() is not None
    }


def _first_line(error: BaseException, limit: int = 200) -> str:
    """An exception's text short enough for a log line (SQL errors carry whole statements)."""
    text = str(error).strip().splitlines()
    return text[0][:limit] if text else ""


def _other_content(session: Session, ident: tuple[str, int], content: str) -> bool:
    """True when this revision came in before with other files than `content` lists."""
    digests = set(
        session.scalars(
            select(m.ImportRecord.content_sha256).where(
                m.ImportRecord.inspection_uuid == ident[0],
                m.ImportRecord.revision == ident[1],
                m.ImportRecord.verdict.in_(ACCEPTED_VERDICTS),
                m.ImportRecord.content_sha256.is_not(None),
            )
        )
    )
    return bool(digests - {content})


def _retire_older(session: Session, inspection_uuid: str) -> None:
    """Older revisions stay as history but leave the lists and the figures."""
    session.execute(
        update(m.Inspection)
        .where(m.Inspection.uuid == inspection_uuid, m.Inspection.is_latest.is_(True))
        .values(is_latest=False)
    )


def _rule_results(score: InspectionScore, answers: list[dict[str, Any]]) -> list[m.RuleResult]:
    """The per-rule counts the figures read, as services.inspections keeps them locally."""
    counts: dict[tuple[str, str], int] = {}
    for answer in answers:
        key = (answer["rule_id"], answer["result"])
        counts[key] = counts.get(key, 0) + 1
    return [
        m.RuleResult(
            rule_id=rule.rule_id,
            answered=rule.answered,
            compliant=counts.get((rule.rule_id, Result.COMPLIANT), 0),
            not_compliant=counts.get((rule.rule_id, Result.NOT_COMPLIANT), 0),
            not_applicable=counts.get((rule.rule_id, Result.NOT_APPLICABLE), 0),
            score=rule.score,
        )
        for rule in score.rules
    ]


def _site_id(session: Session, site: dict[str, Any], subcontractors: list[dict[str, Any]]) -> int:
    """The supervisor's row for the bundle's site (matched by uuid), created if new."""
    found = session.scalar(select(m.Site.id).where(m.Site.uuid == site["uuid"]))
    if found is not None:
        return found
    row = m.Site(**site)
    row.subcontractors = [m.Subcontractor(**s) for s in subcontractors]
    session.add(row)
    session.flush()
    return row.id


def _inspector_id(session: Session, record: dict[str, Any]) -> int:
    """Match an inspector by certificate, else by name, unit and badge; else add one."""
    if record["cert_fingerprint"]:
        found = session.scalar(
            select(m.Inspector.id).where(m.Inspector.cert_fingerprint == record["cert_fingerprint"])
        )
        if found is not None:
            return found
    found = session.scalar(
        select(m.Inspector.id)
        .where(
            m.Inspector.name == record["name"],
            m.Inspector.unit == record["unit"],
            m.Inspector.badge_no == record["badge_no"],
            m.Inspector.is_self.is_(False),
        )
        .limit(1)
    )
    if found is not None:
        return found
    row = m.Inspector(**record, trusted=False)
    session.add(row)
    session.flush()
    return row.id


def _add_children(session: Session, inspection: m.Inspection, bundle: VerifiedBundle) -> None:
    payload = bundle.payload
    ids = dict.fromkeys(_inspector_id(session, record) for record in payload.inspectors)
    inspection.inspectors = [
        m.InspectionInspector(inspector_id=inspector_id, position=position)
        for position, inspector_id in enumerate(ids)
    ]
    for kind, section in plain_sections():  # representatives, answers, findings, ...
        rows = [kind.model(**fields) for fields in getattr(payload, section.key)]
        setattr(inspection, kind.attribute, rows)
    inspection.signatures = [
        m.Signature(**fields, image_png=bundle.files[path]) for fields, path in payload.signatures
    ]


class _KnownInLog:
    """`sha in known` asked of the import log, for one file (a batch loads the set)."""

    def __init__(self, importer: Importer) -> None:
        self.importer = importer

    def __contains__(self, sha: object) -> bool:
        return isinstance(sha, str) and self.importer._known(sha) is not None


def import_bundles(
    ctx: AppContext,
    paths: Sequence[Path],
    progress: Progress | None = None,
) -> list[ImportOutcome]:
    """Import bundle files and folders of bundles; one outcome per bundle, in order."""
    return Importer(ctx).import_paths(paths, progress)
