"""Benchmark: importing 1,000 bundles (5 photos each), again, then dashboard queries at 100k.

Targets: first import under 60 s with full verification, re-import under 10 s, each
dashboard query under 100 ms over 100,000 inspections. Prints figures and PASS/FAIL;
exits 1 on a FAIL.

    .venv/bin/python tests/benchmarks/bench_import.py [--bundles N] [--inspections N]
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

os.environ["INSPECTOR_PASSPHRASE"] = "bench-passphrase"  # the demo key, whatever the shell has
# Run as a script: the project root, so that tests.benchmarks.seeding resolves.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inspector_app.services.context import AppContext, open_context
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
from inspector_app.services.sync.model import MANIFEST, SIGNATURE
from tests.benchmarks.seeding import STAMP, default_form_pk, insert_sites

PHOTOS_EACH = 5
TARGET_FIRST_S, TARGET_AGAIN_S, TARGET_QUERY_MS = 60.0, 10.0, 100.0


def _template(base: Path) -> tuple[dict[str, bytes], dict[str, object], Identity]:
    """One real signed inspection, exported: the bundle every synthetic one is cloned from."""
    from inspector_app.demo.sample import create_demo_data
    from inspector_app.services.sync.export import export_bundles

    ctx = open_context(base / "inspector")
    try:
        create_demo_data(ctx)
        (path,) = export_bundles(ctx, [3], base / "template", b"bench-passphrase")
        identity = load_identity(ctx.data_dir.keys, b"bench-passphrase")
    finally:
        ctx.close()
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    return entries, json.loads(entries[MANIFEST]), identity


def _small_jpeg(rng: random.Random) -> bytes:
    from PIL import Image

    # Random pixels keep every photo distinct, as real photos are.
    buffer = io.BytesIO()
    Image.frombytes("RGB", (64, 48), rng.randbytes(64 * 48 * 3)).save(buffer, "JPEG")
    return buffer.getvalue()


def _clone(
    entries: dict[str, bytes], manifest: dict, identity: Identity, rng: random.Random
) -> bytes:
    import hashlib

    files = {
        k: v
        for k, v in entries.items()
        if k not in (MANIFEST, SIGNATURE) and not k.startswith("photos/")
    }
    inspection = json.loads(files["inspection.json"])
    inspection["uuid"] = str(uuid.uuid4())
    template = inspection["evidence"][0]
    inspection["evidence"] = []
    for _ in range(PHOTOS_EACH):
        photo = _small_jpeg(rng)
        sha = hashlib.sha256(photo).hexdigest()
        files[f"photos/{sha}.jpg"] = photo
        inspection["evidence"].append(template | {"sha256": sha, "size": len(photo)})
    files["inspection.json"] = to_json_bytes(inspection)
    # Format 3: the signed report carries inspection.json, so each clone has its own.
    files["report.pdf"] = _signed_report(files["inspection.json"], files["form.json"], identity)
    built = make_manifest(
        files,
        inspection_uuid=inspection["uuid"],
        revision=1,
        form=manifest["form"],  # type: ignore[arg-type]
        signer_fingerprint=inspection["signer_fingerprint"],
    )
    return sign_and_pack(files, built, identity)


def _signed_report(inspection: bytes, form: bytes, identity: Identity) -> bytes:
    """A one-page PDF signed by the inspector, carrying the clone's data (not timed)."""
    from reportlab.pdfgen import canvas

    from inspector_app.services.signing.pades import SignatureBox, sign_pdf

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, "benchmark clone")
    page.save()
    return sign_pdf(
        buffer.getvalue(),
        identity,
        signer_name="benchmark",
        stamp_image=None,
        box=SignatureBox(0, 72, 600, 300, 680),
        attachments={"inspection.json": inspection, "form.json": form},
    )


def make_bundles(base: Path, count: int) -> tuple[Path, Identity]:
    entries, manifest, identity = _template(base)
    rng = random.Random(6)
    folder = base / "usb"
    folder.mkdir()
    for number in range(count):
        data = _clone(entries, manifest, identity, rng)
        (folder / f"{number:05d}.inspection.zip").write_bytes(data)
    return folder, identity


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def bench_import(base: Path, count: int) -> list[tuple[str, float, float, str]]:
    started = time.perf_counter()
    folder, identity = make_bundles(base, count)
    print(
        f"made {count} bundles in {time.perf_counter() - started:.1f} s "
        f"({sum(p.stat().st_size for p in folder.iterdir()) / 1e6:.0f} MB)"
    )
    office = open_context(base / "office")
    try:
        trust_certificate(office, certificate_pem(identity.certificate))
        first_s, first = timed(lambda: Importer(office).import_paths([folder]))
        again_s, again = timed(lambda: Importer(office).import_paths([folder]))
    finally:
        office.close()
    imported = sum(o.verdict == "imported" for o in first)  # type: ignore[attr-defined]
    already = sum(o.verdict == "already_imported" for o in again)  # type: ignore[attr-defined]
    assert imported == count, f"only {imported} of {count} imported"
    assert already == count, f"only {already} of {count} already imported"
    return [
        (f"first import of {count} bundles", first_s, TARGET_FIRST_S, "s"),
        (f"re-import of {count} bundles", again_s, TARGET_AGAIN_S, "s"),
    ]


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
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--inspections", type=int, default=100_000)
    args = parser.parse_args()
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        figures = bench_import(Path(folder), args.bundles)
        figures += bench_dashboard(Path(folder), args.inspections)
    failed = False
    for name, value, target, unit in figures:
        ok = value < target
        failed |= not ok
        print(
            f"{'PASS' if ok else 'FAIL'}  {name}: {value:.2f} {unit} (target < {target:g} {unit})"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
