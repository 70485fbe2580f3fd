"""Evidence attached to inspections: flags for time, reuse and missing capture time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from inspector_app.core.errors import InspectionLockedError
from inspector_app.demo.photos import make_demo_photo
from inspector_app.services.context import AppContext
from inspector_app.services.directory import inspectors, sites
from inspector_app.services.evidence import attach as evidence
from inspector_app.services.inspection import lifecycle as inspections

STARTED = dt.datetime(2026, 9, 1, 9, 30)


def _inspection(ctx: AppContext, name: str) -> int:
    me = inspectors.add_inspector(ctx, "李明", is_self=True)
    site = sites.create_site(ctx, name)
    return inspections.start_inspection(ctx, site, [me], started_at=STARTED)


def test_flags_time_mismatch_reuse_and_no_capture_time(ctx: AppContext, tmp_path: Path) -> None:
    first, second = _inspection(ctx, "甲项目"), _inspection(ctx, "乙项目")
    on_time = make_demo_photo(tmp_path / "a.jpg", "a", STARTED + dt.timedelta(hours=1), 1)
    old = make_demo_photo(tmp_path / "b.jpg", "b", STARTED - dt.timedelta(days=3), 2)
    bare = tmp_path / "c.png"
    Image.new("RGB", (300, 200), "white").save(bare)
    outcomes = evidence.add_photos(ctx, first, "R6.1", [on_time, old, bare])
    assert [o.status for o in outcomes] == ["added"] * 3
    flags = {
        e.original_name: evidence.evidence_flags_text(e, "en")
        for e in inspections.inspection_detail(ctx, first).evidence
    }
    assert flags["a.jpg"] == []
    assert flags["b.jpg"] == ["taken 3 days before the inspection"]
    assert flags["c.png"] == ["the photo has no capture time"]
    evidence.add_photos(ctx, second, "R6.1", [on_time])
    reused = inspections.inspection_detail(ctx, second).evidence[0]
    text = evidence.evidence_flags_text(reused, "zh")[0]
    assert "也作为检查" in text and "甲项目" in text


def test_same_photo_twice_on_one_item_is_one_row(ctx: AppContext, tmp_path: Path) -> None:
    inspection = _inspection(ctx, "甲项目")
    photo = make_demo_photo(tmp_path / "a.jpg", "a", STARTED, 1)
    evidence.add_photos(ctx, inspection, "R1.1", [photo])
    again = evidence.add_photos(ctx, inspection, "R1.1", [photo])
    assert again[0].status == "already_present"
    assert len(inspections.inspection_detail(ctx, inspection).evidence) == 1
    assert evidence.evidence_counts(ctx, inspection) == {"R1.1": 1}


def test_same_photo_twice_in_one_batch_is_one_row(ctx: AppContext, tmp_path: Path) -> None:
    inspection = _inspection(ctx, "甲项目")
    photo = make_demo_photo(tmp_path / "a.jpg", "a", STARTED, 1)
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    outcomes = evidence.add_photos(ctx, inspection, "R1.1", [photo, copy])
    assert [o.status for o in outcomes] == ["added", "already_present"]
    assert len(inspections.inspection_detail(ctx, inspection).evidence) == 1


def test_bad_file_is_rejected_and_the_rest_go_in(ctx: AppContext, tmp_path: Path) -> None:
    inspection = _inspection(ctx, "甲项目")
    broken = tmp_path / "broken.jpg"
    broken.write_text("not a photo")
    good = make_demo_photo(tmp_path / "good.jpg", "g", STARTED, 3)
    outcomes = evidence.add_photos(ctx, inspection, "R1.1", [broken, good])
    assert outcomes[0].status == "rejected" and outcomes[0].reason
    assert outcomes[1].status == "added"
    assert [e.original_name for e in inspections.inspection_detail(ctx, inspection).evidence] == [
        "good.jpg"
    ]


def test_caption_and_removal_only_before_signing(demo_ctx: AppContext) -> None:
    signed = inspections.inspection_detail(demo_ctx, 3).evidence[0]
    with pytest.raises(InspectionLockedError):
        evidence.remove_evidence(demo_ctx, signed.id)
    draft = inspections.inspection_detail(demo_ctx, 2).evidence[0]
    evidence.set_caption(demo_ctx, draft.id, "维权公示牌近景")
    evidence.remove_evidence(demo_ctx, draft.id)
    remaining = inspections.inspection_detail(demo_ctx, 2).evidence
    assert draft.id not in [e.id for e in remaining]
    assert evidence.original_path(demo_ctx, draft.sha256).exists()  # originals are kept
