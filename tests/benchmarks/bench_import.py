"""Benchmark: importing bundles of camera photos, importing them again, dashboard queries.

Each bundle is one signed inspection as an inspector sends it: five 12-megapixel JPEGs of
2-5 MB (noisy gradients with EXIF, as a phone camera makes them) and a signed report of its
own, rendered with those photos and signed with PAdES as at signing. The photos are made
once and cached in the system temp folder; each bundle's copies differ by a JPEG comment,
so every photo is hashed, stored and thumbnailed anew, as on a real import.

Baseline, in the same run: `sha256sum` over the same bundle files (warm in the page
cache, as the import finds them). Targets: the first import, with full verification
(hashes, CMS, PDF signatures, the data embedded in each report, the domain rules) and the
writes, runs at >= 25 % of sha256sum's throughput (on 2 cores); re-importing the same
bundles takes < 5 s for 200 (scaled for other counts); each dashboard query under 100 ms
over 100,000 inspections. Prints figures and PASS/FAIL; exits 1 on a FAIL. The default is
a quick run; `--bundles 200` is the issue's figure.

    .venv/bin/python tests/benchmarks/bench_import.py [--bundles N] [--inspections N]
        [--no-dashboard]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import logging
import multiprocessing
import os
import random
import sqlite3
import statistics
import struct
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ["INSPECTOR_PASSPHRASE"] = "bench-passphrase"  # the demo key, whatever the shell has
# Run as a script: the project root, so that tests.benchmarks.seeding resolves.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inspector_app.services.context import AppContext, open_context
from inspector_app.services.reporting.model import PhotoFacts, ReportData
from inspector_app.services.signing.identity import Identity, certificate_pem, load_identity
from inspector_app.services.signing.trust import trust_certificate
from inspector_app.services.supervision import dashboard
from inspector_app.services.supervision.received import received_inspections
from inspector_app.services.sync.export import (
    make_manifest,
    sign_and_pack,
    to_json_bytes,
)
from inspector_app.services.sync.importer import Importer
from inspector_app.services.sync.model import MANIFEST, REPORT, SIGNATURE
from tests.benchmarks.seeding import STAMP, default_form_pk, insert_sites

PHOTOS_EACH = 5
PHOTO_POOL = 10  # distinct pictures; each bundle's copies are made distinct bytes
PHOTO_MB = (2.0, 5.0)
CACHE = Path(tempfile.gettempdir()) / "inspector-bench-import"
TARGET_SHARE_OF_SHA256SUM = 0.25  # import throughput / sha256sum's, same files, same run
TARGET_AGAIN_S_PER_200, TARGET_QUERY_MS = 5.0, 100.0
TEMPLATE_INSPECTION = 3  # a signed inspection of the demo data


@dataclasses.dataclass(frozen=True)
class Template:
    """The real signed inspection every synthetic bundle is cloned from."""

    entries: dict[str, bytes]
    manifest: dict[str, object]
    report: ReportData
    identity: Identity


def _template(base: Path) -> Template:
    from inspector_app.demo.sample import create_demo_data
    from inspector_app.services.inspection.lifecycle import inspection_detail
    from inspector_app.services.reporting.report_data import build_report_data
    from inspector_app.services.sync.export import export_bundles

    ctx = open_context(base / "inspector")
    try:
        create_demo_data(ctx)
        (path,) = export_bundles(ctx, [TEMPLATE_INSPECTION], base / "template", b"bench-passphrase")
        identity = load_identity(ctx.data_dir.keys, b"bench-passphrase")
        report = build_report_data(ctx, inspection_detail(ctx, TEMPLATE_INSPECTION))
    finally:
        ctx.close()
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    return Template(entries, json.loads(entries[MANIFEST]), report, identity)


def _make_photo(path: Path, seed: int) -> None:
    from tests.photo_factory import realistic_jpeg

    part = path.with_suffix(".part")
    # Quality 85 puts a noisy 4000 x 3000 picture at about 3 MB, as phone cameras do.
    realistic_jpeg(part, megapixels=12, seed=seed, orientation=(6, 1, 8, 3)[seed % 4], quality=85)
    part.replace(path)


def camera_photos() -> list[Path]:
    """PHOTO_POOL camera-like JPEGs (with their report-size copies), made once and cached."""
    from inspector_app.services.evidence.render import render_file

    CACHE.mkdir(parents=True, exist_ok=True)
    photos = [CACHE / f"camera_{seed:02d}.jpg" for seed in range(PHOTO_POOL)]
    missing = [(path, seed) for seed, path in enumerate(photos) if not path.exists()]
    if missing:
        print(f"making {len(missing)} 12-MP photos in {CACHE} ...", flush=True)
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(mp_context=context) as pool:
            list(pool.map(_make_photo, *zip(*missing, strict=True)))
    for photo in photos:
        size_mb = photo.stat().st_size / 1e6
        if not PHOTO_MB[0] <= size_mb <= PHOTO_MB[1]:
            raise SystemExit(f"{photo} is {size_mb:.1f} MB, not {PHOTO_MB[0]}-{PHOTO_MB[1]} MB")
        report_copy = photo.with_suffix(".report.jpg")
        if not report_copy.exists():
            report_copy.write_bytes(render_file(photo).report_jpeg)
    return photos


def with_comment(jpeg: bytes, text: str) -> bytes:
    """The same picture with a JPEG comment after the EXIF and JFIF headers: other bytes."""
    at = 2  # after the start-of-image marker, walk the APPn segments
    while jpeg[at : at + 2] >= b"\xff\xe0" and jpeg[at : at + 2] <= b"\xff\xef":
        at += 2 + struct.unpack(">H", jpeg[at + 2 : at + 4])[0]
    comment = text.encode("ascii")
    return jpeg[:at] + b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment + jpeg[at:]


def _signed_report(
    template: Template, number: int, photos: list[PhotoFacts], files: dict[str, bytes]
) -> bytes:
    """A report of its own for this bundle: rendered with its photos and signed (PAdES),
    carrying the bundle's inspection.json and form.json as at signing (format 3)."""
    from inspector_app.services.reporting.render import render_report
    from inspector_app.services.signing.pades import sign_pdf

    data = dataclasses.replace(
        template.report, document_no=f"雁塔监检〔2026〕{number + 100:04d}号", photos=photos
    )
    rendered = render_report(data)
    return sign_pdf(
        rendered.pdf,
        template.identity,
        signer_name="王检查",
        stamp_image=None,
        box=rendered.signature_box,
        reason="现场检查记录 / Site inspection record",
        attachments={"inspection.json": files["inspection.json"], "form.json": files["form.json"]},
    )


def _clone(template: Template, number: int, pool: list[Path], rng: random.Random) -> bytes:
    files = {
        k: v
        for k, v in template.entries.items()
        if k not in (MANIFEST, SIGNATURE) and not k.startswith("photos/")
    }
    inspection = json.loads(files["inspection.json"])
    inspection["uuid"] = str(uuid.uuid4())
    evidence = inspection["evidence"][0]
    inspection["evidence"], facts = [], []
    for index, source in enumerate(rng.sample(pool, PHOTOS_EACH)):
        photo = with_comment(source.read_bytes(), f"bundle {number} photo {index}")
        sha = hashlib.sha256(photo).hexdigest()
        files[f"photos/{sha}.jpg"] = photo
        inspection["evidence"].append(evidence | {"sha256": sha, "size": len(photo)})
        facts.append(
            dataclasses.replace(
                template.report.photos[0],
                ref=f"P{index + 1}",
                sha256=sha,
                image_path=source.with_suffix(".report.jpg"),
            )
        )
    inspection.pop("signed_pdf_sha256", None)  # format 3: the manifest names the report's hash
    files["inspection.json"] = to_json_bytes(inspection)
    files[REPORT] = _signed_report(template, number, facts, files)
    built = make_manifest(
        files,
        inspection_uuid=inspection["uuid"],
        revision=1,
        form=template.manifest["form"],  # type: ignore[arg-type]
        signer_fingerprint=inspection["signer_fingerprint"],
    )
    return sign_and_pack(files, built, template.identity)


def make_bundles(base: Path, count: int) -> tuple[Path, Identity]:
    pool = camera_photos()
    template = _template(base)
    if not template.report.photos:
        raise SystemExit(f"demo inspection {TEMPLATE_INSPECTION} has no photo to copy facts from")
    rng = random.Random(6)
    folder = base / "usb"
    folder.mkdir()
    for number in range(count):
        data = _clone(template, number, pool, rng)
        (folder / f"{number:05d}.inspection.zip").write_bytes(data)
    return folder, template.identity


def timed(name: str, action: Callable[[], object]) -> tuple[float, object]:
    """Wall time of `action`; its CPU time is printed too, as other work on the machine
    stretches the wall time but hardly the CPU time (the importer's second thread counts)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall = time.perf_counter() - start
    print(f"{name}: {wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU", flush=True)
    return wall, result


def bench_import(base: Path, count: int) -> list[tuple[str, float, float, str]]:
    started = time.perf_counter()
    folder, identity = make_bundles(base, count)
    reports = set()
    for bundle in folder.iterdir():
        with zipfile.ZipFile(bundle) as archive:
            reports.add(hashlib.sha256(archive.read(REPORT)).hexdigest())
    assert len(reports) == count, "every bundle carries a signed report of its own"
    print(
        f"made {count} bundles in {time.perf_counter() - started:.1f} s "
        f"({sum(p.stat().st_size for p in folder.iterdir()) / 1e6:.0f} MB)",
        flush=True,
    )
    sha_s = sha256sum_seconds(folder)
    office = open_context(base / "office")
    try:
        trust_certificate(office, certificate_pem(identity.certificate))
        first_s, first = timed("first import", lambda: Importer(office).import_paths([folder]))
        again_s, again = timed("re-import", lambda: Importer(office).import_paths([folder]))
    finally:
        office.close()
    imported = sum(o.verdict == "imported" for o in first)  # type: ignore[attr-defined]
    already = sum(o.verdict == "already_imported" for o in again)  # type: ignore[attr-defined]
    assert imported == count, f"only {imported} of {count} imported: {first!r:.400}"
    assert already == count, f"only {already} of {count} already imported"
    print(f"first import {first_s:.1f} s against sha256sum {sha_s:.1f} s", flush=True)
    return [
        (
            f"first import of {count} bundles, throughput as a share of sha256sum's",
            sha_s / first_s,
            TARGET_SHARE_OF_SHA256SUM,
            "x",
        ),
        (
            f"re-import of {count} bundles",
            again_s,
            TARGET_AGAIN_S_PER_200 * count / 200,
            "s",
        ),
    ]


def sha256sum_seconds(folder: Path) -> float:
    """The baseline: sha256sum over the bundle files, once to warm the cache, then timed."""
    import subprocess

    files = sorted(str(p) for p in folder.iterdir())
    subprocess.run(["sha256sum", *files], check=True, capture_output=True)
    start = time.perf_counter()
    subprocess.run(["sha256sum", *files], check=True, capture_output=True)
    return time.perf_counter() - start


def seed(ctx: AppContext, inspections: int, sites: int) -> None:
    """Bulk-load signed inspections with rule results, findings and arrears (not measured)."""
    form_pk = default_form_pk(ctx)
    rng = random.Random(1)
    stamp = STAMP
    conn = sqlite3.connect(ctx.data_dir.database)
    with conn:
        insert_sites(conn, sites, stamp)
        conn.executemany(
            "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
            " started_at, created_at, score, verdict, is_latest) VALUES (?, ?, 1, ?, ?, 'draft',"
            " 'imported', ?, ?, ?, 'needs_correction', 1)",
            [
                (
                    i,
                    str(uuid.uuid4()),
                    rng.randrange(1, sites + 1),
                    form_pk,
                    f"20{rng.randrange(24, 27)}-{rng.randrange(1, 13):02d}"
                    f"-{rng.randrange(1, 29):02d} 09:30:00.000000",
                    stamp,
                    rng.uniform(40, 100),
                )
                for i in range(1, inspections + 1)
            ],
        )
        conn.executemany(
            "INSERT INTO rule_results (inspection_id, rule_id, answered, compliant,"
            " not_compliant, not_applicable, score) VALUES (?, ?, 5, ?, ?, 0, 80.0)",
            [
                (i, f"R{r}", 5 - bad, bad)
                for i in range(1, inspections + 1)
                for r in range(1, 9)
                for bad in [rng.choice((0, 0, 0, 1, 2))]
            ],
        )
        conn.executemany(
            "INSERT INTO findings (inspection_id, item_id, description, correction, deadline,"
            " responsible_party, created_at) VALUES (?, 'R3.1', '', '', ?, '', ?)",
            [
                (i, f"2026-{rng.randrange(1, 13):02d}-15", stamp)
                for i in range(1, inspections + 1)
                if rng.random() < 0.4
            ],
        )
        conn.executemany(
            "INSERT INTO arrears_cases (inspection_id, employer, workers_affected, amount_owed,"
            " resolution, note) VALUES (?, '劳务公司', ?, ?, ?, '')",
            [
                (
                    i,
                    rng.randrange(1, 40),
                    rng.randrange(10, 900) * 1000,
                    rng.choice(("open", "resolved_on_site", "handed_over")),
                )
                for i in range(1, inspections + 1)
                if rng.random() < 0.1
            ],
        )
        conn.execute("UPDATE inspections SET status = 'signed'")
    conn.execute("ANALYZE")
    conn.close()


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_dashboard(base: Path, inspections: int) -> list[tuple[str, float, float, str]]:
    ctx = open_context(base / "dashboard")
    try:
        seed(ctx, inspections, sites=max(10, inspections // 50))
        queries: list[tuple[str, Callable[[], object]]] = [
            ("compliance per rule", lambda: dashboard.rule_compliance(ctx)),
            ("sites with open corrections", lambda: dashboard.open_corrections(ctx)),
            ("wage-arrears totals", lambda: dashboard.arrears_totals(ctx)),
            ("inspections per month", lambda: dashboard.inspections_per_month(ctx)),
            ("received list, first 2,000", lambda: received_inspections(ctx)),
            (
                "received list, rule R3 with findings",
                lambda: received_inspections(ctx, dashboard.behind_rule("R3")),
            ),
        ]
        return [
            (f"{name} ({inspections:,} inspections)", median_ms(q), TARGET_QUERY_MS, "ms")
            for name, q in queries
        ]
    finally:
        ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=20)
    parser.add_argument("--inspections", type=int, default=100_000)
    parser.add_argument("--no-dashboard", action="store_true", help="the import figures only")
    args = parser.parse_args()
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        figures = bench_import(Path(folder), args.bundles)
        if not args.no_dashboard:
            figures += bench_dashboard(Path(folder), args.inspections)
    failed = False
    for name, value, target, unit in figures:
        higher_is_better = unit == "x"
        ok = value >= target if higher_is_better else value < target
        failed |= not ok
        sign = ">=" if higher_is_better else "<"
        print(
            f"{'PASS' if ok else 'FAIL'}  {name}: {value:.2f} {unit} "
            f"(target {sign} {target:g} {unit})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
