"""Ingesting many photos: order, bad files among good ones, progress, cancel, dead workers."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import tests.photo_factory as factory
from inspector_app.core.paths import DataDir
from inspector_app.services.evidence import batch as photo_batch
from inspector_app.services.evidence.photos import (
    IngestOutcome,
    IngestStatus,
    ingest_photo,
    ingest_photos,
)
from inspector_app.storage.media import MediaStore


@pytest.fixture
def store(data_dir: DataDir) -> MediaStore:
    return MediaStore(data_dir.media, data_dir.derived)


def _photos(folder: Path, count: int) -> list[Path]:
    return [factory.jpeg_with_exif(folder / f"p{i}.jpg", seed=i) for i in range(count)]


def crash_on_purpose(path: Path, store: MediaStore, max_pixels: int) -> IngestOutcome:
    """Stands in for a decoder that kills its process (runs inside a pool worker)."""
    if path.name == "crash.jpg":
        os._exit(3)
    return ingest_photo(path, store, max_pixels=max_pixels)


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_are_rejected_while_the_rest_go_in(
    store: MediaStore, tmp_path: Path, workers: int
) -> None:
    good = _photos(tmp_path, 3)
    paths = [
        good[0],
        factory.empty_file(tmp_path / "empty.jpg"),
        good[1],
        factory.text_named_jpeg(tmp_path / "notes.jpg"),
        factory.truncated_jpeg(tmp_path / "cut.jpg"),
        factory.decompression_bomb_png(tmp_path / "bomb.png"),
        good[2],
    ]

    outcomes = ingest_photos(paths, store, workers=workers)

    assert [o.path for o in outcomes] == paths
    assert [o.status for o in outcomes] == [
        "added", "rejected", "added", "rejected", "rejected", "rejected", "added",
    ]  # fmt: skip
    assert [o.reason for o in outcomes if o.status == "rejected"] == [
        "empty file",
        "not an image file",
        "file is truncated or corrupt",
        "image too large: 1600 megapixels exceeds the 120-megapixel limit",
    ]
    stored = {o.info.sha256 for o in outcomes if o.info is not None}
    assert set(store.iter_hashes()) == stored and len(stored) == 3
    assert store.check().healthy


@pytest.mark.parametrize("workers", [1, 2])
def test_duplicates_in_a_batch_are_stored_once(
    store: MediaStore, tmp_path: Path, workers: int
) -> None:
    original = factory.jpeg_with_exif(tmp_path / "a.jpg")
    copies = []
    for index in range(3):
        copy = tmp_path / f"copy{index}.jpg"
        copy.write_bytes(original.read_bytes())
        copies.append(copy)

    outcomes = ingest_photos([original, *copies], store, workers=workers)

    assert [o.status for o in outcomes] == ["added"] + ["already_present"] * 3
    assert len(list(store.iter_hashes())) == 1


def test_progress_is_reported_after_each_file(store: MediaStore, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    caller = threading.get_ident()
    threads: set[int] = set()

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        threads.add(threading.get_ident())

    ingest_photos(_photos(tmp_path, 5), store, workers=2, progress=progress)

    assert calls == [(done, 5) for done in range(1, 6)]
    assert threads == {caller}  # the GUI can forward it as a signal from its worker thread


def test_cancel_before_start_does_nothing(store: MediaStore, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    outcomes = ingest_photos(_photos(tmp_path, 4), store, workers=2, cancel=cancel)
    assert {(o.status, o.reason) for o in outcomes} == {("cancelled", "cancelled")}
    assert list(store.iter_hashes()) == []


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_midway_keeps_what_finished(store: MediaStore, tmp_path: Path, workers: int) -> None:
    paths = _photos(tmp_path, 12)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 1:
            cancel.set()

    outcomes = ingest_photos(paths, store, workers=workers, progress=progress, cancel=cancel)

    statuses = [o.status for o in outcomes]
    assert statuses[0] == "added"
    assert "cancelled" in statuses
    # Files in flight when cancel was set may finish; nothing new starts after that.
    assert statuses.count(IngestStatus.ADDED) <= 1 + workers * photo_batch.IN_FLIGHT_PER_WORKER
    assert set(statuses) <= {"added", "cancelled"}
    added = {o.info.sha256 for o in outcomes if o.info is not None}
    assert set(store.iter_hashes()) == added


def test_runs_from_a_worker_thread(store: MediaStore, tmp_path: Path) -> None:
    paths = _photos(tmp_path, 4)
    results: list[list[IngestOutcome]] = []
    worker = threading.Thread(target=lambda: results.append(ingest_photos(paths, store)))
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert [o.status for o in results[0]] == ["added"] * 4


def test_a_dead_worker_fails_its_files_and_the_batch_goes_on(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(photo_batch, "ingest_task", crash_on_purpose)
    crash = factory.jpeg_with_exif(tmp_path / "crash.jpg", seed=99)
    paths = [crash, *_photos(tmp_path, 9)]

    outcomes = ingest_photos(paths, store, workers=2)

    assert (outcomes[0].status, outcomes[0].reason) == (
        "failed",
        "processing stopped unexpectedly; add this photo again",
    )
    assert {o.status for o in outcomes[1:]} <= {"added", "failed"}
    assert outcomes[-1].status == "added"  # a fresh pool took over
    assert outcomes[0].info is None
    stored = {o.info.sha256 for o in outcomes if o.info is not None}
    assert set(store.iter_hashes()) >= stored


def test_empty_batch(store: MediaStore) -> None:
    assert ingest_photos([], store) == []
