"""Benchmark: a 100-photo report against img2pdf's pure JPEG pass-through, then signing it.

Run: .venv/bin/python tests/benchmarks/bench_report.py   (exit 1 when a target is missed)
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inspector_app.services.identity import create_identity  # noqa: E402
from inspector_app.services.report.render import render_report  # noqa: E402
from inspector_app.services.signing import sign_pdf  # noqa: E402
from tests.report_factory import make_report_data, signature_png  # noqa: E402

PHOTOS = 100
PHOTO_DIR = Path("/tmp/inspector-bench-photos")
MB = 1024 * 1024
T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def peak_memory_mb() -> float:
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak / 1024


def img2pdf_floor(paths: list[str]) -> tuple[float, int, float]:
    """img2pdf's time, output size and peak memory, in a child process.

    A child keeps img2pdf's own memory peak out of the figure measured for the report.
    """
    code = (
        "import img2pdf, json, resource, sys, time\n"
        "paths = json.load(sys.stdin)\n"
        "started = time.perf_counter()\n"
        "pdf = img2pdf.convert(paths)\n"
        "elapsed = time.perf_counter() - started\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps([elapsed, len(pdf), peak]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(paths),
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed, size, peak = json.loads(done.stdout)
    return elapsed, size, peak / 1024


def check(results: list[tuple[str, bool]], name: str, ok: bool, detail: str) -> None:
    results.append((name, ok))
    print(f"  {'PASS' if ok else 'FAIL'}  {name}: {detail}")


def main() -> int:
    print(f"Preparing {PHOTOS} report-size photos in {PHOTO_DIR} (cached) ...")
    data = make_report_data(PHOTO_DIR, photos=PHOTOS, photo_size=(1600, 1200))
    paths = [str(photo.image_path) for photo in data.photos]
    jpeg_bytes = sum(photo.image_path.stat().st_size for photo in data.photos)

    floor_s, floor_size, floor_peak = img2pdf_floor(paths)
    first, report_s = timed(lambda: render_report(data))
    del first  # the app keeps one report at a time; a second copy would distort the peak
    report, warm_s = timed(lambda: render_report(data))

    identity = create_identity(Path("/tmp/inspector-bench-keys"), "张三", "监察大队", "SX-1", b"pw")

    def sign() -> bytes:
        return sign_pdf(
            report.pdf,
            identity,
            signer_name="张三",
            stamp_image=signature_png(1),
            box=report.signature_box,
            reason="现场检查报告",
        )

    signed, sign_cold_s = timed(sign)
    del signed
    # Best of three warm runs, as timeit does: other processes only ever add time.
    warm_runs = [timed(sign)[1] for _ in range(3)]
    sign_s = min(warm_runs)
    peak = peak_memory_mb()

    print(f"\nJPEG evidence: {PHOTOS} files, {jpeg_bytes / MB:.1f} MB")
    print(
        f"img2pdf (floor, own process): {floor_s:.3f} s, {floor_size / MB:.1f} MB, "
        f"peak memory {floor_peak:.0f} MB"
    )
    print(
        f"report: {report_s:.3f} s first run, {warm_s:.3f} s second run, "
        f"{len(report.pdf) / MB:.1f} MB, {report.page_count} pages"
    )
    print(
        f"signing: {sign_cold_s * 1000:.0f} ms first, warm "
        f"{', '.join(f'{run * 1000:.0f}' for run in warm_runs)} ms"
    )
    print(f"peak memory (ru_maxrss, this process: two renders and four signings): {peak:.0f} MB\n")

    results: list[tuple[str, bool]] = []
    time_limit = 2 * floor_s + 0.3
    check(
        results,
        "report time",
        report_s <= time_limit,
        f"{report_s:.3f} s <= 2 x {floor_s:.3f} + 0.3 = {time_limit:.3f} s",
    )
    size_limit = 1.1 * jpeg_bytes + MB
    check(
        results,
        "file size",
        len(report.pdf) <= size_limit,
        f"{len(report.pdf) / MB:.2f} MB <= {size_limit / MB:.2f} MB",
    )
    check(results, "signing", sign_s < 0.150, f"{sign_s * 1000:.0f} ms < 150 ms (best warm run)")
    check(results, "peak memory", peak < 300, f"{peak:.0f} MB < 300 MB")
    failed = [name for name, ok in results if not ok]
    print("\nFAIL: " + ", ".join(failed) if failed else "\nPASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
