"""The sync bundle's fixed format: names, limits, the manifest and its schema check."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from inspector_app.core.errors import InspectorError
from inspector_app.core.messages import QT_TRANSLATE_NOOP, msg

FORMAT_NAME = "inspector-app.inspection-bundle"
# Version 2 adds notices/*.pdf, the signed orders to correct. Version 3 binds the data to
# the report: report.pdf carries inspection.json and form.json inside its signed revision
# (services/sync/binding.py). Versions 1 and 2 are still read.
FORMAT_VERSION = 3
BOUND_VERSION = 3
# What a report signed before version 3 is still exported as (it carries no data).
OLD_FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2, 3)
SUFFIX = ".inspection.zip"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.p7s"
INSPECTION = "inspection.json"
FORM = "form.json"
REPORT = "report.pdf"
NOTICES = "notices/"
REQUIRED_FILES = (INSPECTION, FORM, REPORT)

# Every path a manifest may list; anything else (folders, "..", other names) is refused.
_LISTED_PATH = re.compile(
    r"(inspection\.json|form\.json|report\.pdf"
    r"|photos/[0-9a-f]{64}\.[a-z0-9]{1,8}"
    r"|signatures/[a-z]{1,32}-[0-9]{1,4}\.png"
    r"|notices/order-[1-9][0-9]{0,3}\.pdf)"
)
_HEX64 = re.compile(r"[0-9a-f]{64}")
# The database stores integers in 64 bits: a larger number in a bundle is refused here,
# with a reason, rather than overflowing (a traceback) when the import log is written.
INT_RANGE = range(-(2**63), 2**63)


@dataclass(frozen=True)
class BundleLimits:
    """Bounds that keep a hostile zip from exhausting memory or disk."""

    max_bundle_bytes: int = 1024 * 1024 * 1024
    max_entries: int = 2000
    max_total_bytes: int = 1024 * 1024 * 1024
    max_entry_bytes: int = 256 * 1024 * 1024
    # Photos and PDFs hardly compress; a tiny entry may compress well, so the ratio
    # only counts above this size.
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = BundleLimits()


class BundleRejected(InspectorError):
    """The bundle is damaged, hostile or inconsistent; `reason` says why in plain words."""

    code = "bundle_rejected"


@dataclass(frozen=True)
class ListedFile:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """manifest.json of one bundle, after its schema check."""

    app_version: str
    inspection_uuid: str
    revision: int
    form_id: str
    form_version: int
    form_sha256: str
    signer_fingerprint: str
    created_at: str
    files: tuple[ListedFile, ...]
    format_version: int = FORMAT_VERSION

    def listed(self) -> dict[str, ListedFile]:
        return {f.path: f for f in self.files}

    def content_digest(self) -> str:
        """One hash for everything the bundle carries, apart from when and how it was packed.

        Two exports of the same revision give the same digest (only the created time and
        the CMS signature differ), so it tells "already here" from "conflict".
        """
        import hashlib
        import json

        listed = sorted((f.path, f.size, f.sha256) for f in self.files)
        return hashlib.sha256(json.dumps(listed).encode("ascii")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "inspection": {"uuid": self.inspection_uuid, "revision": self.revision},
            "form": {
                "id": self.form_id,
                "version": self.form_version,
                "sha256": self.form_sha256,
            },
            "signer": {"fingerprint": self.signer_fingerprint},
            "created_at": self.created_at,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
        }


def is_listed_path(path: str) -> bool:
    return bool(_LISTED_PATH.fullmatch(path))


# The parts of the manifest a message names ("The manifest's form has no valid 'id' ...").
_MANIFEST = msg(QT_TRANSLATE_NOOP("service", "manifest"))
_INSPECTION = msg(QT_TRANSLATE_NOOP("service", "manifest's inspection"))
_FORM = msg(QT_TRANSLATE_NOOP("service", "manifest's form"))


def _field(data: dict[str, Any], key: str, kind: type, where: str = _MANIFEST) -> Any:
    value = data.get(key)
    # bool is an int in Python; a JSON true must not pass for a revision number.
    if not isinstance(value, kind) or (
        kind is int and (isinstance(value, bool) or value not in INT_RANGE)
    ):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The {where} has no valid '{key}' ({kind} expected)."),
                where=where,
                key=key,
                kind=kind.__name__,
            )
        )
    return value


def _hex64(value: str, what: str) -> str:
    if not _HEX64.fullmatch(value):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The manifest's {what} is not a SHA-256 hash."),
                what=what,
            )
        )
    return value


def _listed_file(entry: Any) -> ListedFile:
    if not isinstance(entry, dict):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The manifest's file list holds something that is not a file entry."
                )
            )
        )
    path = _field(entry, "path", str, msg(QT_TRANSLATE_NOOP("service", "manifest file entry")))
    size = _field(entry, "size", int, msg(QT_TRANSLATE_NOOP("service", "manifest file entry")))
    if not is_listed_path(path):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The manifest lists a file with a path not allowed: {path}."
                ),
                path=repr(path),
            )
        )
    if size < 0:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "The manifest gives a negative size for {path}."),
                path=path,
            )
        )
    return ListedFile(path, size, _hex64(_field(entry, "sha256", str), path))


def _check_format(data: dict[str, Any]) -> int:
    if data.get("format") != FORMAT_NAME:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP("service", "Not an inspection bundle (format {format})."),
                format=repr(data.get("format")),
            )
        )
    version = data.get("format_version")
    # bool is an int in Python: a JSON true is no version number.
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service",
                    "Unknown bundle format version {version}; this app reads version "
                    "{supported}. Update the app to import it.",
                ),
                version=repr(version),
                supported=", ".join(map(str, READABLE_VERSIONS)),
            )
        )
    return int(version)


def _files(data: dict[str, Any], version: int) -> tuple[ListedFile, ...]:
    files = tuple(_listed_file(entry) for entry in _field(data, "files", list))
    paths = [f.path for f in files]
    if version < 2 and any(path.startswith(NOTICES) for path in paths):
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "A version {version} bundle cannot carry orders to correct."
                ),
                version=version,
            )
        )
    if len(set(paths)) != len(paths):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The manifest lists the same file twice."))
        )
    for required in REQUIRED_FILES:
        if required not in paths:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP("service", "The manifest does not list {name}."),
                    name=required,
                )
            )
    return files


def parse_manifest(data: Any) -> Manifest:
    """Check a decoded manifest.json against the schema; BundleRejected says what is wrong."""
    if not isinstance(data, dict):
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The manifest is not a JSON object."))
        )
    version = _check_format(data)
    inspection = _field(data, "inspection", dict)
    form = _field(data, "form", dict)
    signer = _field(data, "signer", dict)
    inspection_uuid = _field(inspection, "uuid", str, _INSPECTION)
    try:
        uuid.UUID(inspection_uuid)
    except ValueError as error:
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The manifest's inspection uuid is not a UUID."))
        ) from error
    revision = _field(inspection, "revision", int, _INSPECTION)
    if revision < 1:
        raise BundleRejected(
            msg(QT_TRANSLATE_NOOP("service", "The manifest's revision must be 1 or more."))
        )
    created_at = _field(data, "created_at", str)
    try:
        dt.datetime.fromisoformat(created_at)
    except ValueError as error:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The manifest's created time is not an ISO date and time."
                )
            )
        ) from error
    return Manifest(
        app_version=_field(data, "app_version", str),
        inspection_uuid=inspection_uuid,
        revision=revision,
        form_id=_field(form, "id", str, _FORM),
        form_version=_field(form, "version", int, _FORM),
        form_sha256=_hex64(
            _field(form, "sha256", str, _FORM), msg(QT_TRANSLATE_NOOP("service", "form hash"))
        ),
        signer_fingerprint=_hex64(
            _field(
                signer, "fingerprint", str, msg(QT_TRANSLATE_NOOP("service", "manifest's signer"))
            ),
            msg(QT_TRANSLATE_NOOP("service", "signer fingerprint")),
        ),
        created_at=created_at,
        files=_files(data, version),
        format_version=version,
    )
