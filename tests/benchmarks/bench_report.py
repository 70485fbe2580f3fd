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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from inspector_app.services.reporting.order_pdf import render_order  # noqa: E402
from inspector_app.services.reporting.render import render_report  # noqa: E402
from inspector_app.services.signing.identity import Identity, create_identity  # noqa: E402
from inspector_app.services.signing.pades import sign_pdf  # noqa: E402
from tests.order_factory import make_order_data  # noqa: E402
from tests.report_factory import make_report_data, signature_png  # noqa: E402

PHOTOS = 100
RECORD_WITH_ORDER_PHOTOS = 50
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


@dataclass(frozen=True)
class Floor:
    """img2pdf placing the same JPEGs: cold (with its imports), warm, size, peak memory."""

    cold_s: float
    warm_s: float
    size: int
    peak_mb: float


def img2pdf_floor(paths: list[str]) -> Floor:
    """Measured in a fresh child process, so that both sides pay their imports once and
    img2pdf's own memory peak stays out of the figure measured for the report."""
    code = (
        "import json, resource, sys, time\n"
        "paths = json.load(sys.stdin)\n"
        "started = time.perf_counter()\n"
        "import img2pdf\n"
        "pdf = img2pdf.convert(paths)\n"
        "cold = time.perf_counter() - started\n"
        "started = time.perf_counter()\n"
        "pdf = img2pdf.convert(paths)\n"
        "warm = time.perf_counter() - started\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(json.dumps([cold, warm, len(pdf), peak]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(paths),
        capture_output=True,
        text=True,
        check=True,
    )
    cold, warm, size, peak = json.loads(done.stdout)
    return Floor(cold, warm, size, peak / 1024)


def check(results: list[tuple[str, bool]], name: str, ok: bool, detail: str) -> None:
    results.append((name, ok))
    print(f"  {'PASS' if ok else 'FAIL'}  {name}: {detail}")


def record_and_order(identity: Identity) -> tuple[list[float], float]:
    """Render and sign a 50-photo record and one order, as signing an inspection does:
    three warm runs after a cold one, and the best warm time of the order alone."""
    record = make_report_data(PHOTO_DIR, photos=RECORD_WITH_ORDER_PHOTOS, photo_size=(1600, 1200))
    order = make_order_data(findings=5)

    def render_and_sign(render: Callable[[], Any]) -> None:
        rendered = render()
        sign_pdf(
            rendered.pdf,
            identity,
            signer_name="张三",
            stamp_image=signature_png(1),
            box=rendered.signature_box,
        )

    def both() -> None:
        render_and_sign(lambda: render_report(record))
        render_and_sign(lambda: render_order(order))

    timed(both)
    runs = [timed(both)[1] for _ in range(3)]
    order_alone = min(
        timed(lambda: render_and_sign(lambda: render_order(order)))[1] for _ in range(3)
    )
    return runs, order_alone


def main() -> int:
    print(f"Preparing {PHOTOS} report-size photos in {PHOTO_DIR} (cached) ...")
    data = make_report_data(PHOTO_DIR, photos=PHOTOS, photo_size=(1600, 1200))
    paths = [str(photo.image_path) for photo in data.photos]
    jpeg_bytes = sum(photo.image_path.stat().st_size for photo in data.photos)

    floor = img2pdf_floor(paths)
    # First run pays reportlab's imports and the CJK font parse, as img2pdf's cold run
    # pays its imports; the second run is what the app sees on later exports.
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
    both_runs, order_s = record_and_order(identity)
    both_s = min(both_runs)

    print(f"\nJPEG evidence: {PHOTOS} files, {jpeg_bytes / MB:.1f} MB")
    print(
        f"img2pdf (floor, own process): {floor.cold_s:.3f} s cold, {floor.warm_s:.3f} s warm, "
        f"{floor.size / MB:.1f} MB, peak memory {floor.peak_mb:.0f} MB"
    )
    print(
        f"report: {report_s:.3f} s cold, {warm_s:.3f} s warm, "
        f"{len(report.pdf) / MB:.1f} MB, {report.page_count} pages"
    )
    print(
        f"signing: {sign_cold_s * 1000:.0f} ms cold, warm "
        f"{', '.join(f'{run * 1000:.0f}' for run in warm_runs)} ms"
    )
    print(f"peak memory (ru_maxrss; two renders, four signings): {peak:.0f} MB")
    print(
        f"record ({RECORD_WITH_ORDER_PHOTOS} photos) plus one order, rendered and signed, warm: "
        f"{', '.join(f'{run:.3f}' for run in both_runs)} s (the order alone: {order_s:.3f} s)\n"
    )

    results: list[tuple[str, bool]] = []
    for label, ours, theirs in (("cold", report_s, floor.cold_s), ("warm", warm_s, floor.warm_s)):
        limit = 2 * theirs + 0.3
        check(
            results,
            f"report time, {label}",
            ours <= limit,
            f"{ours:.3f} s <= 2 x {theirs:.3f} + 0.3 = {limit:.3f} s",
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
    check(
        results,
        "record and one order, rendered and signed",
        both_s < 1.0,
        f"{both_s:.3f} s < 1 s (best warm run, {RECORD_WITH_ORDER_PHOTOS} photos)",
    )
    failed = [name for name, ok in results if not ok]
    print("\nFAIL: " + ", ".join(failed) if failed else "\nPASS")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
