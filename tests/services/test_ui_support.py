"""The GUI's small queries: rule titles of the stored forms, photos with integrity flags."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from inspector_app.services.context import AppContext
from inspector_app.services.evidence import attach as evidence
from inspector_app.services.supervision.lookups import flagged_photo_counts, rule_titles


def test_rule_titles_are_the_forms_titles(demo_ctx: AppContext) -> None:
    titles = rule_titles(demo_ctx)
    assert list(titles) == [f"R{n}" for n in range(1, 9)]
    assert titles["R2"].get("zh") == "农民工工资专用账户"
    assert titles["R2"].get("en")


def test_flagged_photo_counts(demo_ctx: AppContext, tmp_path: Path) -> None:
    assert flagged_photo_counts(demo_ctx, [1, 2, 3, 4, 5]) == {}
    assert flagged_photo_counts(demo_ctx, []) == {}
    screenshot = tmp_path / "no-exif.png"
    Image.new("RGB", (32, 32), "grey").save(screenshot)
    evidence.add_photos(demo_ctx, 1, "R1.1", [screenshot])
    assert flagged_photo_counts(demo_ctx, [1, 2]) == {1: 1}
