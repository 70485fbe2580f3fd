"""Benchmark: the assessment workbook (XLSX) for 10,000 signed inspections.

Seeds 1,000 sites and 10,000 signed inspections (plus 500 superseded revisions, which the
workbook leaves out) with 3 findings each, an arrears case in every fourth and reviews of a
third, then measures in fresh child processes, each paying its own imports:
  ours      export_workbook() to .xlsx: read, format, write five sheets
  baseline  the same rows (workbook_tables()) dumped with a plain csv.writer, one file
Targets: under 5 s and under 300 MB peak memory (the child's maximum resident size).

    .venv/bin/python tests/benchmarks/bench_workbook.py
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from inspector_app.core.form_loader import default_form  # noqa: E402
from inspector_app.services.context import AppContext, open_context  # noqa: E402
from tests.benchmarks.seeding import STAMP, default_form_pk, insert_sites  # noqa: E402

INSPECTIONS, SUPERSEDED, SITES, FINDINGS_EACH = 10_000, 500, 1_000, 3
SECONDS_TARGET, MEMORY_TARGET_MB = 5.0, 300.0
DISTRICTS = ("未央区", "雁塔区", "长安区", "灞桥区", "高新区", "碑林区", "新城区", "莲湖区")


def _site_facts(site_id: int, rng: random.Random) -> tuple[object, ...]:
    district = DISTRICTS[site_id % len(DISTRICTS)]
    return (
        f"{district}第{site_id:04d}号安置房及配套设施建设工程",
        f"西安市{district}建设路 {rng.randrange(1, 999)} 号",
        f"91610{rng.randrange(10**12, 10**13)}X",
        f"陕西第{site_id % 40 + 1}建设集团有限公司",
        f"91610{rng.randrange(10**12, 10**13)}Y",
        rng.randrange(10_000_000, 900_000_000),
        site_id,
    )


def _seed_sites(conn: sqlite3.Connection, rng: random.Random) -> None:
    insert_sites(conn, SITES)
    conn.executemany(
        "UPDATE sites SET name = ?, address = ?, client_code = ?, contractor = ?,"
        " contractor_code = ?, contract_value = ?, client = '西安市城市建设投资集团',"
        " project_manager = '张伟', wage_administrator = '李娜' WHERE id = ?",
        [_site_facts(i, rng) for i in range(1, SITES + 1)],
    )
    conn.executemany(
        "INSERT INTO subcontractors (site_id, name, credit_code) VALUES (?, ?, ?)",
        [(i, f"陕西第{i % 90}劳务有限公司", f"91610{i:013d}") for i in range(1, SITES + 1)],
    )


def _seed_inspections(conn: sqlite3.Connection, rng: random.Random, form_pk: int) -> None:
    total = INSPECTIONS + SUPERSEDED
    rows = []
    for i in range(1, total + 1):
        day = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} 09:30:00.000000"
        revision, latest = (2, 1) if i <= SUPERSEDED else (1, int(i > 2 * SUPERSEDED))
        score = rng.uniform(40, 100)
        rows.append(
            (i, str(uuid.uuid4()), revision, rng.randrange(1, SITES + 1), form_pk, day, STAMP,
             score, "needs_correction", latest)
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
        " started_at, created_at, score, verdict, is_latest) VALUES"
        " (?, ?, ?, ?, ?, 'draft', 'imported', ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO inspection_inspectors (inspection_id, inspector_id, position)"
        " VALUES (?, ?, ?)",
        [(i, p + 1, p) for i in range(1, total + 1) for p in range(2)],
    )


def _seed_children(conn: sqlite3.Connection, rng: random.Random) -> None:
    total = INSPECTIONS + SUPERSEDED
    items = [(item.id, item.text.zh) for item in default_form().items()]
    rules = sorted({item_id.split(".")[0] for item_id, _ in items})
    conn.executemany(
        "INSERT INTO rule_results (inspection_id, rule_id, answered, compliant, not_compliant,"
        " not_applicable, score) VALUES (?, ?, 5, ?, ?, 0, 80.0)",
        [(i, rule, c, 5 - c) for i in range(1, total + 1) for rule in rules
         for c in [rng.randrange(2, 6)]],
    )  # fmt: skip
    findings = []
    for i in range(1, total + 1):
        for item_id, text in rng.sample(items, FINDINGS_EACH):
            findings.append(
                (i, item_id, f"{text}：现场未能提供相关资料。",
                 f"责令于期限内落实“{text}”，并书面报告整改情况。",
                 f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}", STAMP)
            )  # fmt: skip
    conn.executemany(
        "INSERT INTO findings (inspection_id, item_id, description, correction, deadline,"
        " responsible_party, created_at) VALUES (?, ?, ?, ?, ?, '', ?)",
        findings,
    )
    conn.executemany(
        "INSERT INTO arrears_cases (inspection_id, employer, workers_affected, amount_owed,"
        " resolution, note) VALUES (?, '陕西顺达劳务有限公司', ?, ?, ?, '工人反映工资未足额。')",
        [(i, rng.randrange(3, 40), rng.randrange(50, 900) * 1000,
          rng.choice(("open", "resolved_on_site", "handed_over")))
         for i in range(4, total + 1, 4)],
    )  # fmt: skip


def seed(ctx: AppContext) -> None:
    """Bulk rows straight into SQLite (setup, not measured); children go in while drafts,
    since the lock triggers refuse them once an inspection is signed."""
    form_pk = default_form_pk(ctx)
    rng = random.Random(7)
    conn = sqlite3.connect(ctx.data_dir.database)
    with conn:
        conn.executemany(
            "INSERT INTO inspectors (id, name, unit, badge_no, is_self, trusted, created_at)"
            " VALUES (?, ?, '西安市劳动保障监察支队', '', ?, 1, ?)",
            [(1, "李明", 1, STAMP), (2, "王芳", 0, STAMP)],
        )
        _seed_sites(conn, rng)
        _seed_inspections(conn, rng, form_pk)
        _seed_children(conn, rng)
        conn.execute("UPDATE inspections SET status = 'signed'")
        conn.executemany(
            "INSERT INTO audit_log (at, actor, entity, entity_id, action, detail)"
            " SELECT ?, '督导', 'review', uuid || '/' || revision, 'accept', '{}'"
            " FROM inspections WHERE id % 3 = 0",
            [(STAMP,)],
        )
    conn.execute("ANALYZE")
    conn.close()


# -- measured in child processes ----------------------------------------------------------


def _child(mode: str, data: str, out: str) -> None:
    """Runs in a fresh interpreter: time one export and print it as JSON."""
    from inspector_app.services.supervision.period import Period
    from inspector_app.services.supervision.workbook import export_workbook, workbook_tables

    ctx = open_context(Path(data))
    period = Period.months("2026-01", "2026-12")
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "xlsx":
        export_workbook(ctx, Path(out), period)
    else:
        import csv

        with open(out, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            for table in workbook_tables(ctx, period):
                writer.writerow([column.header for column in table.columns])
                writer.writerows(table.rows)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    ctx.close()
    print(json.dumps({"seconds": elapsed, "cpu": cpu}))


def run_child(mode: str, data: Path, out: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, peak resident MB) of one export in a child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", mode, str(data), str(out)],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None
    text = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"the {mode} export failed (exit {child.returncode})")
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    times = json.loads(text)
    return float(times["seconds"]), float(times["cpu"]), peak


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        ctx = open_context(data)
        started = time.perf_counter()
        seed(ctx)
        ctx.close()
        print(
            f"seeded {INSPECTIONS} signed inspections (+{SUPERSEDED} superseded), "
            f"{SITES} sites, {FINDINGS_EACH} findings each in {time.perf_counter() - started:.1f} s"
        )
        base_s, base_cpu, base_mb = run_child("csv", data, Path(folder) / "plain.csv")
        ours_s, ours_cpu, ours_mb = run_child("xlsx", data, Path(folder) / "book.xlsx")
        size = (Path(folder) / "book.xlsx").stat().st_size / (1024 * 1024)
    load = os.getloadavg()[0]
    print(
        f"baseline, the same rows with csv.writer: {base_s:.2f} s (CPU {base_cpu:.2f} s), "
        f"{base_mb:.0f} MB peak"
    )
    print(
        f"workbook: {ours_s:.2f} s (CPU {ours_cpu:.2f} s), {ours_s / base_s:.1f}x the baseline, "
        f"{size:.1f} MB file; load average {load:.1f} on {os.cpu_count()} cores"
    )
    time_ok, memory_ok = ours_s < SECONDS_TARGET, ours_mb < MEMORY_TARGET_MB
    print(f"{_verdict(time_ok)} time: {ours_s:.2f} s (target < {SECONDS_TARGET:g} s)")
    print(
        f"{_verdict(memory_ok)} memory: {ours_mb:.0f} MB peak, {ours_mb / base_mb:.1f}x the "
        f"baseline (target < {MEMORY_TARGET_MB:g} MB)"
    )
    return 0 if time_ok and memory_ok else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(*sys.argv[2:5])
        sys.exit(0)
    sys.exit(main())
