"""Certificate validity at signing and at verification, signing times against the bundle's
own times, and the export's re-check of the stored report and photos."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.signing import sign_inspection
from inspector_app.services.signing.identity import Identity, fingerprint, store_identity
from inspector_app.services.signing.keys import own_identity
from inspector_app.services.signing.on_site import sign_on_site
from inspector_app.services.signing.pades import SignatureBox, sign_pdf, verify_pdf
from inspector_app.services.signing.validity import (
    expiry_notice,
    signing_time_problem,
    validity_problem,
)
from inspector_app.services.sync.export import export_bundles, to_json_bytes
from inspector_app.services.sync.model import INSPECTION
from inspector_app.services.sync.verify import check_bundle
from inspector_app.storage import models as m
from tests.bundle_factory import InspectorFolder, entries_of, resigned, snapshot
from tests.cert_factory import DAY, expired_identity, future_identity, make_identity

PASSPHRASE = b"test-passphrase"
NOW = dt.datetime.now(dt.UTC)


def _plain_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "inspection record")
    page.save()
    return buffer.getvalue()


# -- the rules themselves ---------------------------------------------------------------


def test_validity_problem_before_inside_and_after_the_period() -> None:
    certificate = make_identity(not_before=NOW - DAY, not_after=NOW + DAY).certificate
    assert validity_problem(certificate, NOW) is None
    assert "not valid yet" in str(validity_problem(certificate, NOW - 3 * DAY))
    assert "had expired" in str(validity_problem(certificate, NOW + 3 * DAY))


def test_expiry_notice_within_30_days_only() -> None:
    assert expiry_notice(make_identity(not_after=NOW + 40 * DAY).certificate) is None
    soon = expiry_notice(make_identity(not_after=NOW + 29 * DAY).certificate)
    assert soon is not None and "expires on" in soon
    gone = expiry_notice(expired_identity().certificate)
    assert gone is not None and "expired on" in gone


def test_signing_time_must_fall_between_the_inspection_and_the_bundle() -> None:
    started = dt.datetime(2026, 11, 30, 9, 0)  # local wall-clock time, no zone
    created = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    fine = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
    assert signing_time_problem(fine, started_at=started, created_at=created) is None
    early = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
    assert "before the inspection began" in str(
        signing_time_problem(early, started_at=started, created_at=created)
    )
    late = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
    assert "after the bundle was made" in str(
        signing_time_problem(late, started_at=started, created_at=created)
    )
    assert signing_time_problem(None, started_at=started, created_at=created) is not None


# -- signing -----------------------------------------------------------------------------


@pytest.mark.parametrize("make", [expired_identity, future_identity])
def test_signing_refused_with_a_key_outside_its_validity(
    demo_ctx: AppContext, make: Callable[[], Identity]
) -> None:
    store_identity(demo_ctx.data_dir.keys, make(), PASSPHRASE)
    before = snapshot(demo_ctx)
    with pytest.raises(ValidationError, match=r"expired|not valid yet"):
        own_identity(demo_ctx, PASSPHRASE)
    with pytest.raises(ValidationError, match=r"expired|not valid yet"):
        sign_on_site(demo_ctx, 2, PASSPHRASE, [])
    assert snapshot(demo_ctx) == before
    assert inspections.inspection_detail(demo_ctx, 2).status == m.COMPLETE


# -- verification ------------------------------------------------------------------------


def test_pdf_signed_by_an_expired_certificate_is_refused_with_the_reason() -> None:
    box = SignatureBox(0, 300, 80, 540, 160)
    good, old = make_identity("好"), expired_identity()
    pdf = _plain_pdf()
    fine = verify_pdf(
        sign_pdf(pdf, good, signer_name="好", stamp_image=None, box=box), [good.certificate]
    )
    assert fine.trusted and fine.reason is None
    verdict = verify_pdf(
        sign_pdf(pdf, old, signer_name="过期者", stamp_image=None, box=box), [old.certificate]
    )
    assert verdict.intact and not verdict.trusted
    assert verdict.reason is not None and "had expired" in verdict.reason


def test_a_signature_made_while_the_certificate_was_valid_stays_valid_after_it_expires() -> None:
    """Certificates are judged at the signing time, not at the time of checking."""
    import time

    from inspector_app.services.signing.cms import sign_detached, verify_detached

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    short = make_identity("短期", not_before=now - DAY, not_after=now + dt.timedelta(seconds=4))
    box = SignatureBox(0, 300, 80, 540, 160)
    signed = sign_pdf(_plain_pdf(), short, signer_name="短期", stamp_image=None, box=box)
    data = b"manifest"
    signature = sign_detached(data, short)
    time.sleep(max(0.0, (now + dt.timedelta(seconds=9) - dt.datetime.now(dt.UTC)).total_seconds()))
    assert dt.datetime.now(dt.UTC) > short.certificate.not_valid_after_utc  # expired now
    verdict = verify_pdf(signed, [short.certificate])
    assert verdict.intact and verdict.trusted, verdict.reason
    cms = verify_detached(data, signature, [short.certificate])
    assert cms.intact and cms.trusted, cms.reason


def _signed_by(bundle: bytes, identity: object, **edit: object) -> bytes:
    record = json.loads(entries_of(bundle)[INSPECTION])
    record["signer_fingerprint"] = fingerprint(identity.certificate)  # type: ignore[attr-defined]
    record.update(edit)
    return resigned(bundle, identity, change={INSPECTION: to_json_bytes(record)})  # type: ignore[arg-type]


def test_bundle_signed_by_an_expired_certificate_is_rejected(inspector: InspectorFolder) -> None:
    old = expired_identity()
    data = _signed_by(inspector.bundles[0].read_bytes(), old)
    check = check_bundle(data, [old.certificate])
    assert check.verdict == "rejected" and "had expired" in check.reason


def test_bundle_made_before_its_report_was_signed_is_rejected(
    inspector: InspectorFolder,
) -> None:
    bundle = inspector.bundles[0].read_bytes()
    trusted = [inspector.identity.certificate]
    assert check_bundle(bundle, trusted).verdict == "ok"
    backdated = resigned(
        bundle, inspector.identity, manifest_edit={"created_at": "2020-01-01T00:00:00+00:00"}
    )
    check = check_bundle(backdated, trusted)
    assert check.verdict == "rejected" and "after the bundle was made" in check.reason


def test_report_signed_before_the_inspection_began_is_rejected(
    inspector: InspectorFolder,
) -> None:
    bundle = inspector.bundles[0].read_bytes()
    later = (dt.datetime.now() + 30 * DAY).replace(microsecond=0).isoformat()
    moved = _signed_by(bundle, inspector.identity, started_at=later)
    check = check_bundle(moved, [inspector.identity.certificate])
    assert check.verdict == "rejected" and "before the inspection began" in check.reason


# -- export re-checks --------------------------------------------------------------------


def _photo_of(ctx: AppContext, inspection_id: int) -> Path:
    with ctx.db.reading() as session:
        sha = session.scalar(
            select(m.Evidence.sha256).where(m.Evidence.inspection_id == inspection_id).limit(1)
        )
    assert sha is not None, "the demo's signed inspection has photos"
    return ctx.data_dir.media / sha[:2] / sha


@pytest.mark.parametrize("damage", ["changed", "missing"])
def test_export_refuses_a_changed_or_missing_photo(
    demo_ctx: AppContext, tmp_path: Path, damage: str
) -> None:
    photo = _photo_of(demo_ctx, 3)
    if damage == "changed":
        os.chmod(photo, 0o644)
        photo.write_bytes(photo.read_bytes() + b"x")
    else:
        photo.unlink()
    before = snapshot(demo_ctx)
    out = tmp_path / "out"
    with pytest.raises(ValidationError, match="photo"):
        export_bundles(demo_ctx, [3], out, PASSPHRASE)
    with pytest.raises(ValidationError, match="photo"):
        sign_inspection.export_pdf(demo_ctx, 3, tmp_path / "three.pdf")
    assert not out.exists() and not (tmp_path / "three.pdf").exists()
    assert snapshot(demo_ctx) == before
    assert inspections.inspection_detail(demo_ctx, 3).status == m.SIGNED


def test_export_refuses_a_changed_stored_report(demo_ctx: AppContext, tmp_path: Path) -> None:
    # Someone edits the database outside the app: the lock triggers are dropped first.
    with sqlite3.connect(demo_ctx.data_dir.database) as raw:
        names = raw.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='signed_reports'"
        ).fetchall()
        for (name,) in names:
            raw.execute(f'DROP TRIGGER "{name}"')
        (pdf,) = raw.execute("SELECT pdf FROM signed_reports WHERE inspection_id = 3").fetchone()
        raw.execute("UPDATE signed_reports SET pdf = ? WHERE inspection_id = 3", (pdf + b" ",))
    before = snapshot(demo_ctx)
    with pytest.raises(ValidationError, match="signed report no longer matches"):
        export_bundles(demo_ctx, [3], tmp_path / "out", PASSPHRASE)
    with pytest.raises(ValidationError, match="signed report no longer matches"):
        sign_inspection.export_pdf(demo_ctx, 3, tmp_path / "three.pdf")
    assert not (tmp_path / "out").exists() and not (tmp_path / "three.pdf").exists()
    assert snapshot(demo_ctx) == before
