"""Ingesting one photo: stored byte for byte, derived copies right, bad files rejected."""

from __future__ import annotations

import errno
import hashlib
import io
import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

import tests.photo_factory as factory
from inspector_app.core.errors import StorageError
from inspector_app.core.paths import DataDir
from inspector_app.services.evidence import render
from inspector_app.services.evidence.photos import (
    CHANGED_WHILE_ADDING,
    IngestOutcome,
    ingest_photo,
    rebuild_derived,
)
from inspector_app.services.evidence.render import REPORT_LONG_EDGE, THUMB_LONG_EDGE
from inspector_app.storage.media import MediaStore


@pytest.fixture
def store(data_dir: DataDir) -> MediaStore:
    return MediaStore(data_dir.media, data_dir.derived)


def _derived(store: MediaStore, outcome: IngestOutcome, kind: str) -> Image.Image:
    assert outcome.info is not None
    image = Image.open(store.derived_path(outcome.info.sha256, kind))
    image.load()
    return image


def _near(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


def _corner_colours(image: Image.Image) -> list[tuple[int, ...]]:
    """Colours just inside the four corners: top-left, top-right, bottom-left, bottom-right."""
    width, height = image.size
    dx, dy = max(1, width // 20), max(1, height // 20)
    points = [(dx, dy), (width - dx, dy), (dx, height - dy), (width - dx, height - dy)]
    rgb = image.convert("RGB")
    return [rgb.getpixel(point) for point in points]  # type: ignore[misc]


def _store_files(store: MediaStore) -> list[Path]:
    roots = (store.root_media, store.root_derived)
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def test_original_is_stored_byte_for_byte(store: MediaStore, tmp_path: Path) -> None:
    source = factory.oriented_jpeg(tmp_path / "IMG_0001.JPG", 6)
    outcome = ingest_photo(source, store)

    assert outcome.status == "added" and outcome.reason is None
    info = outcome.info
    assert info is not None
    assert info.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert store.path_for(info.sha256).read_bytes() == source.read_bytes()
    assert (info.original_name, info.size) == ("IMG_0001.JPG", source.stat().st_size)
    assert (info.format, info.mime) == ("JPEG", "image/jpeg")


def test_same_photo_twice_is_already_present(store: MediaStore, tmp_path: Path) -> None:
    source = factory.jpeg_with_exif(tmp_path / "a.jpg")
    copy = tmp_path / "copy of a.jpg"
    copy.write_bytes(source.read_bytes())

    first, second = ingest_photo(source, store), ingest_photo(copy, store)

    assert (first.status, second.status) == ("added", "already_present")
    assert first.info is not None and second.info is not None
    assert first.info.sha256 == second.info.sha256
    assert second.info.original_name == "copy of a.jpg"
    assert len(list(store.iter_hashes())) == 1


@pytest.mark.parametrize("orientation", range(1, 9))
def test_derived_copies_are_upright_and_sized(
    store: MediaStore, tmp_path: Path, orientation: int
) -> None:
    upright_size = (3400, 2000)  # landscape as seen; stored portrait for 5..8
    source = factory.oriented_jpeg(tmp_path / f"o{orientation}.jpg", orientation, upright_size)

    outcome = ingest_photo(source, store)

    info = outcome.info
    assert info is not None
    assert (info.width, info.height) == upright_size
    assert info.orientation == orientation
    report, thumb = _derived(store, outcome, "report"), _derived(store, outcome, "thumb")
    assert report.size == (REPORT_LONG_EDGE, round(2000 * REPORT_LONG_EDGE / 3400))
    assert thumb.size == (THUMB_LONG_EDGE, round(thumb.size[0] * 2000 / 3400))
    for copy in (report, thumb):
        top_left, *others = _corner_colours(copy)
        assert _near(top_left, factory.MARKER, 40), (orientation, top_left)
        assert all(_near(colour, factory.BACKGROUND, 40) for colour in others)


def test_report_copy_is_baseline_jpeg_without_exif(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.oriented_jpeg(tmp_path / "p.jpg", 8), store)
    report = _derived(store, outcome, "report")
    assert report.format == "JPEG"
    assert not report.info.get("progressive") and not report.info.get("progression")
    assert report.getexif().get(0x0112) is None  # orientation already applied


def test_small_photos_are_not_enlarged(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.webp_photo(tmp_path / "small.webp", (800, 600)), store)
    assert _derived(store, outcome, "report").size == (800, 600)
    assert _derived(store, outcome, "thumb").size == (320, 240)


def test_cmyk_jpeg_keeps_its_colour(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.cmyk_jpeg(tmp_path / "print.jpg"), store)
    report = _derived(store, outcome, "report")
    assert report.mode == "RGB"
    assert _near(report.getpixel((200, 150)), (255, 0, 0), 20)  # type: ignore[arg-type]


def test_16_bit_png_is_scaled_not_clipped(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.png_16bit(tmp_path / "scan.png", 40000), store)
    report = _derived(store, outcome, "report")
    grey = report.convert("L").getpixel((150, 100))
    assert isinstance(grey, int)
    assert abs(grey - 40000 // 256) <= 3  # 156, not clipped to white
    assert outcome.info is not None and outcome.info.format == "PNG"


def test_palette_transparency_is_flattened_on_white(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.palette_png_transparent(tmp_path / "p.png"), store)
    report = _derived(store, outcome, "report").convert("RGB")
    assert _near(report.getpixel((50, 50)), (255, 255, 255))  # type: ignore[arg-type]
    assert _near(report.getpixel((150, 50)), factory.MARKER)  # type: ignore[arg-type]


def test_rgba_transparency_is_flattened_on_white(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.rgba_png(tmp_path / "rgba.png"), store)
    report = _derived(store, outcome, "report")
    assert report.mode == "RGB"
    assert _near(report.getpixel((50, 50)), (255, 255, 255))  # type: ignore[arg-type]
    assert _near(report.getpixel((150, 50)), factory.MARKER)  # type: ignore[arg-type]


def test_heic_is_ingested(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.heic_photo(tmp_path / "IMG_1234.HEIC", (800, 600)), store)
    assert outcome.status == "added", outcome.reason
    assert outcome.info is not None
    assert (outcome.info.format, outcome.info.mime) == ("HEIF", "image/heif")
    assert (outcome.info.width, outcome.info.height) == (800, 600)
    top_left, *_ = _corner_colours(_derived(store, outcome, "report"))
    assert _near(top_left, factory.MARKER, 40)


def test_webp_is_ingested(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.webp_photo(tmp_path / "w.webp"), store)
    assert outcome.info is not None and outcome.info.mime == "image/webp"


def test_multi_picture_jpeg_counts_as_jpeg(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.mpo_jpeg(tmp_path / "phone.jpg"), store)
    assert outcome.info is not None
    assert (outcome.info.format, outcome.info.mime) == ("JPEG", "image/jpeg")
    top_left, *_ = _corner_colours(_derived(store, outcome, "report"))
    assert _near(top_left, factory.MARKER, 40)


def test_capture_time_gps_and_camera_are_read(store: MediaStore, tmp_path: Path) -> None:
    taken = datetime(2025, 3, 9, 14, 5, 30)
    source = factory.jpeg_with_exif(
        tmp_path / "site.jpg",
        captured_at=taken,
        gps=(-33.8688, 151.2093),
        camera=("Canon", "Canon EOS R6"),
    )
    info = ingest_photo(source, store).info
    assert info is not None
    assert info.captured_at == taken
    assert info.gps_lat == pytest.approx(-33.8688, abs=1e-4)
    assert info.gps_lon == pytest.approx(151.2093, abs=1e-4)
    assert info.camera == "Canon EOS R6"


def test_photo_without_exif_has_empty_facts(store: MediaStore, tmp_path: Path) -> None:
    info = ingest_photo(factory.rgba_png(tmp_path / "plain.png"), store).info
    assert info is not None
    assert (info.captured_at, info.gps_lat, info.gps_lon, info.camera) == (None,) * 4
    assert info.orientation is None


BAD_FILES = [
    (factory.empty_file, "empty.jpg", "empty file"),
    (factory.text_named_jpeg, "notes.jpg", "not an image file"),
    (factory.truncated_jpeg, "cut.jpg", "file is truncated or corrupt"),
    (factory.decompression_bomb_png, "bomb.png", "image too large: 1600 megapixels exceeds"),
]


@pytest.mark.parametrize(("make", "name", "reason"), BAD_FILES)
def test_bad_files_are_rejected_and_leave_nothing(
    store: MediaStore, tmp_path: Path, make: Callable[[Path], Path], name: str, reason: str
) -> None:
    outcome = ingest_photo(make(tmp_path / name), store)
    assert outcome.status == "rejected"
    assert outcome.info is None
    assert outcome.reason is not None and outcome.reason.startswith(reason), outcome.reason
    assert _store_files(store) == []


def _garbled_jpeg(path: Path) -> Path:
    """A JPEG whose headers are sound and whose picture data is noise from the middle on."""
    buffer = io.BytesIO()
    Image.effect_noise((800, 600), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    third = len(data) // 3
    path.write_bytes(data[:third] + random.Random(3).randbytes(third) + data[-2:])
    return path


@pytest.mark.parametrize("make", [factory.truncated_jpeg, _garbled_jpeg])
def test_a_damaged_file_is_still_called_corrupt(
    store: MediaStore, tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    outcome = ingest_photo(make(tmp_path / "damaged.jpg"), store)
    assert (outcome.status, outcome.reason) == ("rejected", "file is truncated or corrupt")
    assert _store_files(store) == []


@pytest.mark.parametrize("bug", [TypeError, ValueError, OSError])
def test_a_bug_in_our_resizing_is_raised_not_blamed_on_the_file(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bug: type[Exception]
) -> None:
    """ValueError and OSError are also what Pillow raises for a damaged file: only the
    decoding step may turn them into "corrupt"."""

    def broken_resize(*_args: object) -> None:
        raise bug("a bug in our own resizing")

    monkeypatch.setattr(render, "_derived_copies", broken_resize)
    with pytest.raises(bug, match="a bug in our own resizing"):
        ingest_photo(factory.jpeg_with_exif(tmp_path / "fine.jpg"), store)
    assert _store_files(store) == []


def test_pixel_limit_is_configurable_and_names_the_size(store: MediaStore, tmp_path: Path) -> None:
    source = factory.webp_photo(tmp_path / "wide.webp", (2000, 1000))
    outcome = ingest_photo(source, store, max_pixels=1_000_000)
    assert outcome.status == "rejected"
    assert outcome.reason == ("image too large: 2000 x 1000 pixels exceeds the 1-megapixel limit")
    assert _store_files(store) == []


def test_image_over_our_limit_but_under_pillows_is_rejected_without_warning(
    store: MediaStore, tmp_path: Path
) -> None:
    # 12000 x 11000 = 132 MP: Pillow only warns (pytest turns warnings into errors).
    outcome = ingest_photo(factory.decompression_bomb_png(tmp_path / "b.png", 12000, 11000), store)
    assert outcome.reason == (
        "image too large: 12000 x 11000 pixels exceeds the 120-megapixel limit"
    )


def test_unreadable_file_is_rejected(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = factory.jpeg_with_exif(tmp_path / "locked.jpg")

    # chmod 000 does not stop root (these tests may run as root), so refuse the open.
    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(Image, "open", refuse)
    outcome = ingest_photo(source, store)
    assert (outcome.status, outcome.reason) == ("rejected", "cannot read file: Permission denied")
    assert _store_files(store) == []


def test_missing_file_is_rejected(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(tmp_path / "gone.jpg", store)
    assert (outcome.status, outcome.reason) == (
        "rejected",
        "cannot read file: No such file or directory",
    )


def test_folder_is_rejected(store: MediaStore, tmp_path: Path) -> None:
    assert ingest_photo(tmp_path, store).reason == "not a file"


def test_storage_failure_is_reported_per_file(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(src: Path) -> tuple[str, bool]:
        raise StorageError("The disk is full: could not write media.", code="disk_full")

    monkeypatch.setattr(store, "put_file", disk_full)
    outcome = ingest_photo(factory.jpeg_with_exif(tmp_path / "a.jpg"), store)
    assert (outcome.status, outcome.reason) == (
        "failed",
        "The disk is full: could not write media.",
    )


def test_file_changed_while_adding_is_not_vouched_for(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = factory.jpeg_with_exif(tmp_path / "syncing.jpg", seed=1)
    replacement = factory.jpeg_with_exif(tmp_path / "other.jpg", seed=2, size=(320, 200))
    real_put_file = store.put_file

    def put_after_a_rewrite(src: Path) -> tuple[str, bool]:
        src.write_bytes(replacement.read_bytes())
        return real_put_file(src)

    monkeypatch.setattr(store, "put_file", put_after_a_rewrite)
    outcome = ingest_photo(source, store)
    assert (outcome.status, outcome.reason) == ("failed", CHANGED_WHILE_ADDING)
    assert not list(store.root_derived.rglob("*.jpg"))


def test_rebuild_derived_restores_copies(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.oriented_jpeg(tmp_path / "r.jpg", 6), store)
    assert outcome.info is not None
    sha = outcome.info.sha256
    thumb = store.derived_path(sha, "thumb")
    before = thumb.read_bytes()
    thumb.unlink()
    store.derived_path(sha, "report").write_bytes(b"damaged")
    assert store.check().missing_derived == [(sha, "thumb")]

    rebuild_derived(store, sha)

    assert thumb.read_bytes() == before  # deterministic encoder: same bytes again
    assert _derived(store, outcome, "report").size[0] == REPORT_LONG_EDGE
    assert store.check().healthy


def test_rebuild_derived_of_heic(store: MediaStore, tmp_path: Path) -> None:
    outcome = ingest_photo(factory.heic_photo(tmp_path / "IMG_1.HEIC", (800, 600)), store)
    assert outcome.info is not None
    thumb = store.derived_path(outcome.info.sha256, "thumb")
    thumb.unlink()
    rebuild_derived(store, outcome.info.sha256)  # the original has no extension
    with Image.open(thumb) as image:
        assert image.size == (320, 240)


def test_rebuild_derived_of_missing_original_is_a_storage_error(store: MediaStore) -> None:
    with pytest.raises(StorageError):
        rebuild_derived(store, "ab" * 32)
