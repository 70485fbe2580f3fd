"""Derived copies (thumbnails, report-size copies) missing on access are made again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from inspector_app.services.context import AppContext
from inspector_app.services.evidence.attach import media_store, report_copy_path, thumbnail_path
from inspector_app.services.evidence.photos import derived_copy
from inspector_app.storage import models as m


def _a_photo(ctx: AppContext) -> str:
    with ctx.db.reading() as session:
        return session.scalars(select(m.Evidence.sha256).limit(1)).one()


@pytest.mark.parametrize(
    ("access", "kind"), [(thumbnail_path, "thumb"), (report_copy_path, "report")]
)
def test_a_deleted_copy_is_rebuilt_from_the_original(
    demo_ctx: AppContext, access: Callable[[AppContext, str], Path], kind: str
) -> None:
    sha = _a_photo(demo_ctx)
    store = media_store(demo_ctx)
    target = store.derived_path(sha, kind)
    with Image.open(target) as before:
        size = before.size
    target.unlink()  # as a kill while it was being written would leave it
    assert access(demo_ctx, sha) == target
    assert target.is_file()
    with Image.open(target) as again:
        assert again.format == "JPEG" and again.size == size


def test_without_its_original_the_path_is_still_given(demo_ctx: AppContext) -> None:
    sha = _a_photo(demo_ctx)
    store = media_store(demo_ctx)
    store.path_for(sha).unlink()
    store.derived_path(sha, "thumb").unlink()
    assert derived_copy(store, sha, "thumb") == store.derived_path(sha, "thumb")
    assert not store.derived_path(sha, "thumb").exists()


def test_a_present_copy_is_not_rewritten(demo_ctx: AppContext) -> None:
    sha = _a_photo(demo_ctx)
    target: Path = thumbnail_path(demo_ctx, sha)
    before = target.stat().st_mtime_ns
    assert thumbnail_path(demo_ctx, sha) == target
    assert target.stat().st_mtime_ns == before
