"""Benchmark the photo pipeline against the naive one-file-at-a-time way; exit 1 on a miss.

Run: .venv/bin/python tests/benchmarks/bench_photos.py [--count N] [--workers N] [--repeat N]
Targets: at least 3x faster than naive, peak memory of the process tree under 300 MB.
Each side runs --repeat times and its best time counts, as timeit does, because other
programs on a 2-core machine slow the parallel side more than the serial one; CPU seconds
are printed too. The generated photos are cached in the system temp folder between runs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "inspector-bench-photos"
SPEEDUP_TARGET = 3.0
MEMORY_TARGET_MB = 300.0
ORIENTATIONS = (6, 1, 8, 3)  # phones mostly shoot rotated


def _make_photo(path: Path, seed: int) -> None:
    from tests.photo_factory import realistic_jpeg

    tmp = path.with_suffix(".part")
    realistic_jpeg(tmp, megapixels=12, seed=seed, orientation=ORIENTATIONS[seed % 4])
    tmp.replace(path)


def cached_photos(count: int) -> list[Path]:
    """`count` realistic 12-megapixel JPEGs, made (on all cores) only if not cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    photos = [CACHE / f"photo_{seed:03d}.jpg" for seed in range(count)]
    missing = [(path, seed) for seed, path in enumerate(photos) if not path.exists()]
    if missing:
        print(f"making {len(missing)} photos in {CACHE} ...", flush=True)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(mp_context=context) as pool:
            list(pool.map(_make_photo, *zip(*missing, strict=True)))
    return photos


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                kids = [int(child) for child in children.read().split()]
        except OSError:
            continue
        for kid in kids:
            found += [kid, *_descendants(kid)]
    return found


class TreeMemorySampler(threading.Thread):
    """Samples the summed RSS of this process and all its descendants every 10 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self._stopping = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._stopping.is_set():
            total = sum(_rss_kb(pid) for pid in [me, *_descendants(me)])
            self.peak_kb = max(self.peak_kb, total)
            self._stopping.wait(0.01)

    def stop(self) -> float:
        self._stopping.set()
        self.join()
        return self.peak_kb / 1024


def run_pipeline(photos: list[Path], workers: int | None) -> tuple[float, float]:
    """Seconds and peak tree memory (MB) to ingest `photos` into an empty data folder."""
    from inspector_app.services.evidence.photos import ingest_photos
    from inspector_app.storage.media import MediaStore

    with tempfile.TemporaryDirectory(prefix="bench-data-", dir=CACHE.parent) as data:
        store = MediaStore(Path(data) / "media", Path(data) / "derived")
        sampler = TreeMemorySampler()
        sampler.start()
        started = time.perf_counter()
        outcomes = ingest_photos(photos, store, workers=workers)
        elapsed = time.perf_counter() - started
        peak_mb = sampler.stop()
    bad = [o for o in outcomes if o.status != "added"]
    if bad:
        raise SystemExit(f"pipeline did not add every photo: {bad[:3]}")
    return elapsed, peak_mb


def run_naive(photos: list[Path]) -> float:
    """The obvious way: for each file and each copy, open, transpose, shrink, save."""
    from PIL import Image, ImageOps

    with tempfile.TemporaryDirectory(prefix="bench-naive-", dir=CACHE.parent) as out:
        started = time.perf_counter()
        for index, photo in enumerate(photos):
            for kind, edge, quality in (("report", 1600, 85), ("thumb", 320, 80)):
                with Image.open(photo) as image:
                    upright = ImageOps.exif_transpose(image)
                    upright.thumbnail((edge, edge))
                    upright.save(Path(out) / f"{kind}_{index}.jpg", "JPEG", quality=quality)
        return time.perf_counter() - started


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def best_of(repeat: int, run: Callable[[], float]) -> tuple[float, float]:
    """(best wall seconds, CPU seconds of that run, children included)."""
    results = []
    for _ in range(repeat):
        cpu_before = _cpu_seconds()
        wall = run()
        results.append((wall, _cpu_seconds() - cpu_before))
    return min(results)


def _warm_page_cache(photos: list[Path]) -> None:
    # Both runs read from memory, so disk speed does not decide the comparison.
    for photo in photos:
        photo.read_bytes()


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def _report(photos: list[Path], label: str, wall: float, cpu: float, note: str = "") -> None:
    per_photo = wall / len(photos) * 1000
    print(f"{label:9} {wall:6.2f} s ({per_photo:.0f} ms/photo; {cpu:.1f} CPU s){note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    photos = cached_photos(args.count)
    sizes = [photo.stat().st_size / 1e6 for photo in photos]
    print(
        f"{len(photos)} photos, 12 MP, {min(sizes):.1f}-{max(sizes):.1f} MB each; "
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}"
    )
    _warm_page_cache(photos)

    peaks: list[float] = []

    def pipeline() -> float:
        wall, peak = run_pipeline(photos, args.workers)
        peaks.append(peak)
        return wall

    pipeline_s, pipeline_cpu = best_of(args.repeat, pipeline)
    peak_mb = max(peaks)
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    naive_s, naive_cpu = best_of(args.repeat, lambda: run_naive(photos))
    ratio = naive_s / pipeline_s

    _report(
        photos,
        "pipeline:",
        pipeline_s,
        pipeline_cpu,
        " - stores originals (fsync), report copy and thumbnail",
    )
    _report(photos, "naive:", naive_s, naive_cpu)
    print(
        f"peak memory of the pipeline's process tree: {peak_mb:.0f} MB (sampled every "
        f"10 ms; largest single process: self {self_mb:.0f} MB, child {child_mb:.0f} MB)"
    )
    speed_ok = ratio >= SPEEDUP_TARGET
    memory_ok = peak_mb < MEMORY_TARGET_MB
    print(
        f"{_verdict(speed_ok)} speed: {ratio:.2f}x faster than naive "
        f"(target >= {SPEEDUP_TARGET:g}x)"
    )
    print(f"{_verdict(memory_ok)} memory: {peak_mb:.0f} MB (target < {MEMORY_TARGET_MB:g} MB)")
    print(f"load average at the end {os.getloadavg()[0]:.2f} (other programs skew the speed)")
    return 0 if speed_ok and memory_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
