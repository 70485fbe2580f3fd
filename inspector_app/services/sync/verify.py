"""Checking a sync bundle completely, in the order docs/bundle-format.md gives, before
anything is written."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography import x509

from inspector_app.core.errors import InspectorError
from inspector_app.core.forms import Form
from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.core.safe_json import JsonRefused, load_json
from inspector_app.services.sync.binding import check_binding, payload_data
from inspector_app.services.sync.model import (
    DEFAULT_LIMITS,
    FORM,
    INSPECTION,
    MANIFEST,
    REPORT,
    SIGNATURE,
    BundleLimits,
    BundleRejected,
    Manifest,
    parse_manifest,
)
from inspector_app.services.sync.notices import check_order_signatures, check_orders
from inspector_app.services.sync.payload import InspectionPayload, parse_payload
from inspector_app.services.sync.rules import check_domain, check_photos

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# General-purpose flag bit 0 of a zip entry: its data is encrypted.
ENCRYPTED_FLAG = 0x1


class CheckVerdict(StrEnum):
    """A bundle checked: sound and signed by a trusted inspector, sound but held until its
    signer is trusted, or refused."""

    OK = "ok"
    HELD = "held"
    REJECTED = "rejected"


class BundleHeld(InspectorError):
    """A sound bundle whose signer is not on the trust list; kept until trusted."""

    code = "bundle_held"

    def __init__(self, message: str, manifest: Manifest, certificate: x509.Certificate) -> None:
        super().__init__(message)
        self.manifest = manifest
        self.certificate = certificate


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check; its files are the verified bytes."""

    sha256: str
    manifest: Manifest
    files: dict[str, bytes]
    payload: InspectionPayload
    form: Form
    signer: x509.Certificate


@dataclass(frozen=True)
class BundleCheck:
    """The outcome of checking one bundle; never raised, so a batch can go on."""

    verdict: CheckVerdict
    reason: str
    sha256: str
    manifest: Manifest | None = None
    bundle: VerifiedBundle | None = None
    signer: x509.Certificate | None = None


def held_reason(signer: str, fingerprint: str) -> Message:
    """Why a bundle is held: its signer (name and unit) is not on the trust list."""
    return msg(
        QT_TRANSLATE_NOOP(
            "service", "signer not on the trust list: {signer} (fingerprint {fingerprint})"
        ),
        signer=signer,
        fingerprint=fingerprint,
    )


def signer_label(certificate: x509.Certificate) -> str:
    """The signer as a supervisor knows them: name and unit from the certificate."""
    from inspector_app.services.signing.identity import describe_certificate

    facts = describe_certificate(certificate)
    return f"{facts.name} {facts.unit}".strip()


# -- zip structure ---------------------------------------------------------------------


def _check_name(name: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The bundle holds an absolute path: {name}."),
                name=repr(name),
            )
        )
    if ".." in parts:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The bundle holds a path that climbs out with '..': {name}."
                ),
                name=repr(name),
            )
        )
    if "\\" in name or "" in parts or "." in parts:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The bundle holds a malformed path: {name}."),
                name=repr(name),
            )
        )


def _check_entry(info: zipfile.ZipInfo, limits: BundleLimits) -> None:
    _check_name(info.filename)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The bundle holds a symbolic link: {name}."),
                name=repr(info.filename),
            )
        )
    # Writers often leave the file-type bits out (permissions only); those are files.
    if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The bundle holds something that is not a file: {name}."
                ),
                name=repr(info.filename),
            )
        )
    if info.file_size > limits.max_entry_bytes:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "{name} would unpack to {size} bytes, more than allowed."
                ),
                name=info.filename,
                size=f"{info.file_size:,}",
            )
        )
    if info.file_size > limits.ratio_floor and (
        info.file_size > limits.max_ratio * max(1, info.compress_size)
    ):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "{name} is compressed suspiciously well (a zip bomb?); not unpacked."
                ),
                name=info.filename,
            )
        )


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        if data.startswith(b"PK\x03\x04"):
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The bundle is a damaged or truncated zip ({error})."
                    ),
                    error=str(error),
                )
            ) from error
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The file is not a zip archive, so not a bundle."))
        ) from error


def _infos(archive: zipfile.ZipFile, limits: BundleLimits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The bundle holds {count} entries, more than allowed."
                ),
                count=f"{len(infos):,}",
            )
        )
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The bundle holds two entries with the same name."))
        )
    for info in infos:
        _check_entry(info, limits)
    if sum(info.file_size for info in infos) > limits.max_total_bytes:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The bundle would unpack to more bytes than allowed (a zip bomb?)."
                )
            )
        )
    return infos


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.flag_bits & ENCRYPTED_FLAG:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} is encrypted; a bundle is never encrypted."),
                name=info.filename,
            )
        )
    try:
        with archive.open(info) as handle:
            # One byte more than declared: a lying size header shows up as extra data.
            content = handle.read(info.file_size + 1)
    # RuntimeError: zipfile's word for a password it was not given.
    except (
        zipfile.BadZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} cannot be unpacked: {error}."),
                name=info.filename,
                error=str(error),
            )
        ) from error
    if len(content) != info.file_size:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "{name} does not unpack to its declared size."),
                name=info.filename,
            )
        )
    return content


def read_entries(data: bytes, limits: BundleLimits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Every entry of the zip after the structure checks, by name."""
    if len(data) > limits.max_bundle_bytes:
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The bundle file is larger than allowed."))
        )
    with _open_zip(data) as archive:
        return {info.filename: _read_entry(archive, info) for info in _infos(archive, limits)}


# -- manifest, hashes, content ---------------------------------------------------------


def read_manifest(entries: dict[str, bytes]) -> Manifest:
    for required in (MANIFEST, SIGNATURE):
        if required not in entries:
            raise BundleRejected(
                msg(QT_TRANSLATE_NOOP("service", "The bundle has no {name}."), name=required)
            )
    return parse_manifest(_parsed(entries[MANIFEST], MANIFEST))


def check_files(manifest: Manifest, entries: dict[str, bytes]) -> dict[str, bytes]:
    """The listed files, each matching its size and hash; nothing more, nothing less."""
    listed = manifest.listed()
    present = set(entries) - {MANIFEST, SIGNATURE}
    missing = sorted(set(listed) - present)
    if missing:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "A file listed in the manifest is missing: {path}."),
                path=missing[0],
            )
        )
    extra = sorted(present - set(listed))
    if extra:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The bundle holds a file the manifest does not list: {path}."
                ),
                path=extra[0],
            )
        )
    for path, entry in listed.items():
        data = entries[path]
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP("service", "{path} does not match its hash in the manifest."),
                    path=path,
                )
            )
        if path.startswith("photos/") and path[7:71] != entry.sha256:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "{path}: the photo's bytes do not match the hash it is named by."
                    ),
                    path=path,
                )
            )
    return {path: entries[path] for path in listed}


def _parsed(data: bytes, path: str) -> Any:
    """A JSON member read within the size, depth and number limits."""
    try:
        return load_json(data, path)
    except JsonRefused as error:
        raise BundleRejected(error.message) from error


def _json(files: dict[str, bytes], path: str) -> Any:
    return _parsed(files[path], path)


def _form(files: dict[str, bytes], manifest: Manifest) -> Form:
    try:
        form = Form.from_dict(_json(files, FORM))
    except BundleRejected:
        raise
    except Exception as error:  # the form validator reports problems by several types
        detail = error.message if isinstance(error, InspectorError) else str(error)
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "form.json is not a valid form: {error}"), error=detail
            )
        ) from error
    if (form.id, form.version, form.sha256) != (
        manifest.form_id,
        manifest.form_version,
        manifest.form_sha256,
    ):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "form.json is not the form the manifest names."))
        )
    return form


def _check_references(
    payload: InspectionPayload, manifest: Manifest, form: Form, files: dict[str, bytes]
) -> None:
    inspection = payload.inspection
    if (inspection["uuid"], inspection["revision"]) != (
        manifest.inspection_uuid,
        manifest.revision,
    ):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "inspection.json describes another inspection than the manifest."
                )
            )
        )
    if inspection["signer_fingerprint"] != manifest.signer_fingerprint:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "inspection.json names another signer than the manifest."
                )
            )
        )
    # check_files has matched report.pdf's bytes to this hash: no need to hash them again.
    if inspection["signed_pdf_sha256"] != manifest.listed()[REPORT].sha256:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "report.pdf is not the signed report inspection.json names."
                )
            )
        )
    photos = {path[7:71] for path in files if path.startswith("photos/")}
    for record in payload.evidence:
        if record["sha256"] not in photos:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP("service", "The photo {photo} is not in the bundle."),
                    photo=record["sha256"][:12],
                )
            )
    for fields, path in payload.signatures:
        if not files.get(path, b"").startswith(PNG_MAGIC):
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The drawn signature {path} is missing or not a PNG image."
                    ),
                    path=path,
                )
            )
        if not path.startswith(f"signatures/{fields['role']}-"):
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service", "The drawn signature {path} does not match its role."
                    ),
                    path=path,
                )
            )


def check_content(manifest: Manifest, files: dict[str, bytes]) -> tuple[InspectionPayload, Form]:
    form = _form(files, manifest)
    payload = parse_payload(payload_data(manifest, _json(files, INSPECTION)))
    _check_references(payload, manifest, form, files)
    check_domain(payload, form)  # the rules local input meets
    check_photos(payload, files)
    check_orders(payload, manifest)
    return payload, form


# -- signatures ------------------------------------------------------------------------


def check_manifest_signature(
    entries: dict[str, bytes], manifest: Manifest, trusted: Sequence[x509.Certificate]
) -> x509.Certificate:
    """The signer's certificate; raises BundleRejected (bad) or BundleHeld (not trusted)."""
    from inspector_app.services.signing.cms import verify_detached

    result = verify_detached(entries[MANIFEST], entries[SIGNATURE], trusted)
    if not result.intact or result.signer_certificate is None:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The manifest's signature does not match: {reason}"),
                reason=result.reason,
            )
        )
    if result.signer_fingerprint != manifest.signer_fingerprint:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The manifest is signed by another certificate than it names."
                )
            )
        )
    check_certificate_validity(result.signer_certificate, result.signed_at, manifest)
    if not result.trusted:
        certificate = result.signer_certificate
        raise BundleHeld(
            held_reason(signer_label(certificate), result.signer_fingerprint or ""),
            manifest,
            certificate,
        )
    return result.signer_certificate


def check_certificate_validity(
    certificate: x509.Certificate, signed_at: dt.datetime | None, manifest: Manifest
) -> None:
    """The manifest's signer was inside its validity period when it signed."""
    from inspector_app.services.signing.validity import validity_problem

    moment = signed_at or dt.datetime.fromisoformat(manifest.created_at)
    problem = validity_problem(certificate, moment)
    if problem is not None:
        raise BundleRejected(problem)


def check_signing_time(
    signed_at: dt.datetime | None, manifest: Manifest, payload: InspectionPayload
) -> None:
    """The report was signed after the inspection began and before the bundle was made."""
    from inspector_app.services.signing.validity import signing_time_problem

    started = payload.inspection.get("started_at")
    problem = signing_time_problem(
        signed_at,
        started_at=started if isinstance(started, dt.datetime) else None,
        created_at=dt.datetime.fromisoformat(manifest.created_at),
    )
    if problem is not None:
        raise BundleRejected(problem)


def check_report_signature(
    pdf: bytes, manifest: Manifest, trusted: Sequence[x509.Certificate]
) -> dt.datetime | None:
    """The report's signature is good and the bundle's signer's; returns its signing time."""
    from inspector_app.services.signing.pades import verify_pdf

    result = verify_pdf(pdf, trusted)
    if not (result.signed and result.intact and result.trusted and result.covers_whole_file):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The signed report does not verify: {reason}"),
                reason=result.reason,
            )
        )
    if result.signer_fingerprint != manifest.signer_fingerprint:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The report is signed by someone other than the bundle's signer."
                )
            )
        )
    return result.signed_at


# -- the whole check -------------------------------------------------------------------


def verify_bundle_bytes(
    data: bytes,
    trusted: Sequence[x509.Certificate],
    limits: BundleLimits = DEFAULT_LIMITS,
    *,
    sha256: str | None = None,
) -> VerifiedBundle:
    """Every check, in order; raises BundleRejected or BundleHeld, else the verified bundle."""
    entries = read_entries(data, limits)
    manifest = read_manifest(entries)
    files = check_files(manifest, entries)
    payload, form = check_content(manifest, files)
    signer = check_manifest_signature(entries, manifest, trusted)
    report_signed_at = check_report_signature(files[REPORT], manifest, trusted)
    check_signing_time(report_signed_at, manifest, payload)
    check_order_signatures(files, manifest, trusted)
    check_binding(files, manifest)
    return VerifiedBundle(
        sha256 or hashlib.sha256(data).hexdigest(), manifest, files, payload, form, signer
    )


def read_bundle_file(path: Path, limits: BundleLimits = DEFAULT_LIMITS) -> bytes:
    try:
        if Path(path).stat().st_size > limits.max_bundle_bytes:
            raise BundleRejected(
                msg(QT_TRANSLATE_NOOP("service", "The bundle file is larger than allowed."))
            )
        return Path(path).read_bytes()
    except OSError as error:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "Cannot read the file: {error}."),
                error=str(error.strerror or error),
            )
        ) from error


def check_bundle(
    data: bytes,
    trusted: Sequence[x509.Certificate],
    limits: BundleLimits = DEFAULT_LIMITS,
    *,
    sha256: str | None = None,
) -> BundleCheck:
    """Check bundle bytes (`sha256` when the caller has it); the verdict, with the reason."""
    sha = sha256 or hashlib.sha256(data).hexdigest()
    try:
        bundle = verify_bundle_bytes(data, trusted, limits, sha256=sha)
    except BundleHeld as held:
        return BundleCheck(
            CheckVerdict.HELD, held.message, sha, held.manifest, signer=held.certificate
        )
    except BundleRejected as rejected:
        return BundleCheck(CheckVerdict.REJECTED, rejected.message, sha)
    return BundleCheck(CheckVerdict.OK, "", sha, bundle.manifest, bundle, bundle.signer)
