"""The content-addressed media store: hashing, dedup, atomicity, hostile hashes, checks."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import BinaryIO

import pytest

from inspector_app.core.errors import StorageError, ValidationError
from inspector_app.core.paths import DataDir
from inspector_app.storage import media as media_module
from inspector_app.storage.media import MediaStore, check_sha256


@pytest.fixture
def store(data_dir: DataDir) -> MediaStore:
    return MediaStore(data_dir.media, data_dir.derived)


def _visible_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_put_file_stores_the_bytes_under_their_hash(store: MediaStore, tmp_path: Path) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8 evidence bytes" * 1000)
    expected = hashlib.sha256(source.read_bytes()).hexdigest()

    sha, newly_stored = store.put_file(source)

    assert (sha, newly_stored) == (expected, True)
    assert store.path_for(sha) == store.root_media / sha[:2] / sha
    assert store.path_for(sha).read_bytes() == source.read_bytes()
    assert store.has(sha) and store.verify(sha)
    # Nothing else is left behind: no temp files.
    assert _visible_files(store.root_media) == [store.path_for(sha)]


def test_same_content_is_stored_once(store: MediaStore, tmp_path: Path) -> None:
    first, second = tmp_path / "a.jpg", tmp_path / "b.jpg"
    first.write_bytes(b"same content")
    second.write_bytes(b"same content")

    assert store.put_file(first)[1] is True
    sha, newly_stored = store.put_file(second)

    assert newly_stored is False
    assert store.put_bytes(b"same content") == (sha, False)
    assert list(store.iter_hashes()) == [sha]


def test_put_file_streams_in_chunks(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(media_module, "CHUNK_SIZE", 1000)
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(10_500))
    reads: list[int] = []
    real_copy = MediaStore._copy_hashing

    def spying_copy(stream: BinaryIO, tmp: Path) -> str:
        original_read = stream.read

        def read(size: int = -1) -> bytes:
            reads.append(size)
            return original_read(size)

        stream.read = read  # type: ignore[method-assign]  # counts the sizes the copy reads
        return real_copy(stream, tmp)

    monkeypatch.setattr(MediaStore, "_copy_hashing", staticmethod(spying_copy))
    sha, _ = store.put_file(source)

    assert set(reads) == {1000}  # never read(-1): the whole file is never in memory
    assert store.path_for(sha).read_bytes() == source.read_bytes()


def test_put_bytes_and_open_round_trip(store: MediaStore) -> None:
    sha, newly_stored = store.put_bytes(b"signature png")
    assert newly_stored
    with store.open(sha) as handle:
        assert handle.read() == b"signature png"


@pytest.mark.parametrize(
    "hostile",
    [
        "../" * 10 + "etc/passwd",
        "A" * 64,  # upper case is not how hashes are stored
        "0" * 63,
        "0" * 65,
        "..",
        "/" + "0" * 63,
        "0" * 62 + "/x",
        "",
    ],
)
def test_hostile_hashes_are_refused(store: MediaStore, hostile: str) -> None:
    with pytest.raises(ValidationError):
        store.path_for(hostile)
    with pytest.raises(ValidationError):
        store.derived_path(hostile, "thumb")
    with pytest.raises(ValidationError):
        check_sha256(hostile)


def test_hostile_derived_names_are_refused(store: MediaStore) -> None:
    sha = "ab" * 32
    with pytest.raises(ValidationError):
        store.derived_path(sha, "../media")
    with pytest.raises(ValidationError):
        store.derived_path(sha, "thumb", ext="jpg/../../x")


def test_derived_path_layout(store: MediaStore) -> None:
    sha = "cd" * 32
    assert store.derived_path(sha, "thumb") == store.root_derived / "thumb" / "cd" / f"{sha}.jpg"
    assert store.derived_path(sha, "report", "png").name == f"{sha}.png"


def test_open_missing_original_is_a_storage_error(store: MediaStore) -> None:
    with pytest.raises(StorageError):
        store.open("ef" * 32)
    assert store.verify("ef" * 32) is False


def test_check_finds_changed_originals_and_missing_derived(store: MediaStore) -> None:
    good, _ = store.put_bytes(b"good photo")
    bad, _ = store.put_bytes(b"photo that will be edited")
    for sha in (good, bad):
        for kind in ("thumb", "report"):
            path = store.derived_path(sha, kind)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"jpeg")
    store.path_for(bad).write_bytes(b"photo that was edited!")
    store.derived_path(good, "thumb").unlink()

    report = store.check()

    assert report.ok == 1
    assert report.changed == [bad]
    assert report.missing_derived == [(good, "thumb")]
    assert not report.healthy


def test_missing_lists_expected_hashes_not_in_store(store: MediaStore) -> None:
    present, _ = store.put_bytes(b"present")
    absent = "12" * 32
    assert store.missing([present, absent]) == [absent]


def test_iter_hashes_skips_temp_and_foreign_files(store: MediaStore) -> None:
    sha, _ = store.put_bytes(b"x")
    (store.root_media / ".incoming-abc.tmp").write_bytes(b"partial")
    (store.path_for(sha).parent / "notes.txt").write_text("hi")
    assert list(store.iter_hashes()) == [sha]


def test_a_failed_write_leaves_nothing(
    store: MediaStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"content")

    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(media_module, "_fsync_file", no_space)
    with pytest.raises(StorageError, match="disk is full"):
        store.put_file(source)
    assert _visible_files(store.root_media) == []


def test_concurrent_claims_store_once(store: MediaStore, tmp_path: Path) -> None:
    """Two writers finishing the same content: exactly one reports it as new."""
    target = store.root_media / "ab" / ("ab" * 32)
    target.parent.mkdir(parents=True)
    first, second = tmp_path / "one.tmp", tmp_path / "two.tmp"
    first.write_bytes(b"x")
    second.write_bytes(b"x")
    results = [media_module._claim(first, target), media_module._claim(second, target)]
    assert results == [True, False]
    assert not first.exists() and not second.exists()
    assert target.read_bytes() == b"x"


def test_stale_temp_files_are_found_and_removed(store: MediaStore) -> None:
    sha, _ = store.put_bytes(b"kept")
    old = store.root_media / ".incoming-dead.tmp"
    fresh = store.root_media / ".incoming-busy.tmp"
    old_derived = store.root_derived / "thumb" / "ab" / ".x.jpg.123.tmp"
    old_derived.parent.mkdir(parents=True)
    for path in (old, fresh, old_derived):
        path.write_bytes(b"partial")
    two_hours_ago = time.time() - 7200
    for path in (old, old_derived):
        os.utime(path, (two_hours_ago, two_hours_ago))

    assert store.check().stale_temp_files == sorted([old, old_derived])
    assert store.remove_stale_temp_files() == 2
    assert fresh.exists() and not old.exists() and not old_derived.exists()
    assert store.has(sha)
