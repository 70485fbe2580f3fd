"""The data is the report: inspection.json and form.json travel inside the signed PDF.

At signing, the bundle's inspection.json and form.json are built first and embedded in
the report before its PAdES signature (format version 3); export copies those exact
bytes out of the stored signed report, and import and verify refuse a bundle whose
files differ from what the signed revision of report.pdf carries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from inspector_app.core.messages import QT_TRANSLATE_NOOP, Message, msg
from inspector_app.services.sync.model import (
    BOUND_VERSION,
    FORM,
    INSPECTION,
    REPORT,
    BundleRejected,
    Manifest,
)
from inspector_app.storage import models as m

if TYPE_CHECKING:
    from inspector_app.services.inspection.lifecycle import InspectionDetail

# What the signed report carries, by the names the bundle gives the same files.
BOUND_FILES = (INSPECTION, FORM)
# inspection.json cannot name the hash of the PDF it is embedded in; import takes it from
# the manifest (whose hash of report.pdf check_files has confirmed).
REPORT_HASH_KEY = "signed_pdf_sha256"


def signed_data(
    session: Session,
    detail: InspectionDetail,
    *,
    document_no: str,
    signed_at: dt.datetime,
    signer_fingerprint: str,
    orders: Sequence[Any],
) -> dict[str, bytes]:
    """inspection.json and form.json of the revision being signed, as the bundle will
    carry them (byte for byte); `orders` are its signed order rows, already made."""
    from inspector_app.services.sync.export import (
        SignedFacts,
        inspection_record,
        signature_paths,
        site_record,
        to_json_bytes,
    )

    site = session.get(m.Site, detail.site_id)
    assert site is not None
    final = dataclasses.replace(
        detail,
        document_no=document_no,
        signed_at=signed_at,
        finished_at=detail.finished_at or signed_at,
    )
    facts = SignedFacts(b"", "", signer_fingerprint)
    record = inspection_record(
        final, site_record(site), facts, signature_paths(final), list(orders)
    )
    del record[REPORT_HASH_KEY]
    return {
        INSPECTION: to_json_bytes(record),
        FORM: to_json_bytes(detail.form.to_dict()),
    }


def carried_files(pdf: bytes) -> dict[str, bytes] | None:
    """The bound files a stored signed report carries; None for a report signed before
    format version 3 (its bundle is exported in the old format)."""
    from inspector_app.services.signing.attachments import AttachmentError, signed_attachments

    try:
        carried = signed_attachments(pdf).files
    except AttachmentError:
        return None
    if not all(name in carried for name in BOUND_FILES):
        return None
    return {name: carried[name] for name in BOUND_FILES}


def payload_data(manifest: Manifest, data: Any) -> Any:
    """inspection.json's decoded data with the report's hash filled in (format 3)."""
    if manifest.format_version >= BOUND_VERSION and isinstance(data, dict):
        data.setdefault(REPORT_HASH_KEY, manifest.listed()[REPORT].sha256)
    return data


def check_binding(files: dict[str, bytes], manifest: Manifest) -> None:
    """Refuse a bundle whose inspection.json or form.json is not what its signed report
    carries. An old-format bundle may come without carried data, but a report that
    carries data binds whatever version the manifest claims (no downgrade)."""
    from inspector_app.services.signing.attachments import AttachmentError, signed_attachments

    try:
        carried = signed_attachments(files[REPORT]).files
    except AttachmentError as error:
        raise BundleRejected(
            msg(
                QT_TRANSLATE_NOOP(
                    "service", "The data inside the signed report cannot be read ({error})."
                ),
                error=error.message,
            )
        ) from error
    if manifest.format_version < BOUND_VERSION and not carried:
        return
    for name in BOUND_FILES:
        if name not in carried:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP("service", "The signed report does not carry {name}."),
                    name=name,
                )
            )
        if carried[name] != files[name]:
            raise BundleRejected(
                msg(
                    QT_TRANSLATE_NOOP(
                        "service",
                        "{name} differs from the one inside the signed report; "
                        "the report's signed data is what counts.",
                    ),
                    name=name,
                )
            )


def binding_note(manifest: Manifest) -> Message:
    """What `inspector verify` says of a verified bundle's data and its signed report."""
    if manifest.format_version >= BOUND_VERSION:
        return msg(
            QT_TRANSLATE_NOOP(
                "service", "inspection.json and form.json are the ones inside the signed report"
            )
        )
    return msg(
        QT_TRANSLATE_NOOP(
            "service",
            "old format (version {version}): the signed report does not carry inspection.json, "
            "so the data is not bound to it",
        ),
        version=manifest.format_version,
    )


def report_note(pdf: bytes) -> Message:
    """What `inspector verify REPORT.pdf` says of the data inside the signed report."""
    import hashlib

    from inspector_app.services.signing.attachments import AttachmentError, signed_attachments

    try:
        carried = signed_attachments(pdf).files
    except AttachmentError as error:
        return msg(
            QT_TRANSLATE_NOOP("service", "the data inside cannot be read ({error})"),
            error=error.message,
        )
    if not carried:
        return msg(
            QT_TRANSLATE_NOOP(
                "service", "carries no inspection data (signed before format version 3)"
            )
        )
    return msg(
        QT_TRANSLATE_NOOP("service", "carries {files}"),
        files=", ".join(
            f"{name} (sha256 {hashlib.sha256(data).hexdigest()})"
            for name, data in sorted(carried.items())
        ),
    )
