"""Benchmark: the inspection list and the dashboard's compliance per rule, 10,000 inspections.

Each query runs through the services (SQLAlchemy) and, in the same run, as the same SQL in
raw sqlite3, the floor. Compliance per rule is the dashboard's own call
(services.supervision.dashboard.rule_compliance: each site's latest signed inspection, its
per-rule results summed from 40 answers each). Targets: within 1.5x of raw sqlite3 and
under 50 ms each.

    .venv/bin/python tests/benchmarks/bench_storage.py
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from inspector_app.core.form_loader import default_form  # noqa: E402
from inspector_app.services.context import AppContext, open_context  # noqa: E402
from inspector_app.services.inspection.lifecycle import (  # noqa: E402
    list_inspections,
    list_inspections_query,
)
from inspector_app.services.supervision.dashboard import (  # noqa: E402
    rule_compliance,
    rule_compliance_query,
)
from tests.benchmarks.seeding import STAMP, default_form_pk, insert_sites  # noqa: E402

INSPECTIONS, ANSWERS_EACH, SITES, RUNS = 10_000, 40, 1_000, 15
RESULTS = ("compliant",) * 7 + ("not_compliant", "not_applicable", "not_checked")


def seed(ctx: AppContext) -> None:
    """Bulk-load sites, inspections and answers straight into SQLite (setup, not measured)."""
    form_pk = default_form_pk(ctx)
    items = [(item.id, item.id.split(".")[0]) for item in default_form().items()][:ANSWERS_EACH]
    rng = random.Random(1)
    conn = sqlite3.connect(ctx.data_dir.database)
    with conn:
        insert_sites(conn, SITES)
        conn.executemany(
            "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
            " started_at, created_at, score, verdict) VALUES (?, ?, 1, ?, ?, ?, 'local', ?, ?,"
            " ?, 'needs_correction')",
            [
                (
                    i,
                    str(uuid.uuid4()),
                    rng.randrange(1, SITES + 1),
                    form_pk,
                    "draft",
                    f"2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d} 09:30:00.000000",
                    STAMP,
                    rng.uniform(40, 100),
                )
                for i in range(1, INSPECTIONS + 1)
            ],
        )
        conn.executemany(
            "INSERT INTO answers (inspection_id, item_id, rule_id, result, note, updated_at)"
            " VALUES (?, ?, ?, ?, '', '2026-01-01 00:00:00.000000')",
            [
                (i, item, rule, rng.choice(RESULTS))
                for i in range(1, INSPECTIONS + 1)
                for item, rule in items
            ],
        )
        conn.executemany(
            "INSERT INTO rule_results (inspection_id, rule_id, answered, compliant,"
            " not_compliant, not_applicable, score) SELECT inspection_id, rule_id, count(*),"
            " sum(result = 'compliant'), sum(result = 'not_compliant'),"
            " sum(result = 'not_applicable'), 80.0 FROM answers WHERE inspection_id = ?"
            " GROUP BY rule_id",
            [(i,) for i in range(1, INSPECTIONS + 1)],
        )
        # Answers go in while drafts; the lock triggers refuse them once signed.
        conn.executemany(
            "UPDATE inspections SET status = ? WHERE id = ?",
            [(rng.choice(("draft", "signed", "exported")), i) for i in range(1, INSPECTIONS + 1)],
        )
    conn.execute("ANALYZE")
    conn.close()


def raw_sql(ctx: AppContext, statement: object) -> str:
    compiled = statement.compile(ctx.db.engine, compile_kwargs={"literal_binds": True})  # type: ignore[attr-defined]
    return str(compiled)


def median_ms(action: Callable[[], object]) -> float:
    action()  # warm caches and compiled statements
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(ctx: AppContext) -> list[tuple[str, float, float]]:
    conn = sqlite3.connect(ctx.data_dir.database)
    list_sql = raw_sql(ctx, list_inspections_query())
    rule_sql = raw_sql(ctx, rule_compliance_query())  # nothing returned: no exclusion
    assert len(list_inspections(ctx)) == INSPECTIONS
    rules = rule_compliance(ctx)
    assert len(rules) == 8 and 0 < rules[0].inspections <= SITES
    figures = [
        (
            "inspections list (10,000 rows)",
            median_ms(lambda: list_inspections(ctx)),
            median_ms(lambda: conn.execute(list_sql).fetchall()),
        ),
        (
            "dashboard compliance per rule (400,000 answers)",
            median_ms(lambda: rule_compliance(ctx)),
            median_ms(lambda: conn.execute(rule_sql).fetchall()),
        ),
    ]
    conn.close()
    return figures


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(Path(folder))
        started = time.perf_counter()
        seed(ctx)
        print(
            f"seeded {INSPECTIONS} inspections x {ANSWERS_EACH} answers "
            f"in {time.perf_counter() - started:.1f} s"
        )
        figures = measure(ctx)
        ctx.close()
    failed = False
    for name, ours, raw in figures:
        ratio = ours / raw
        ok = ratio <= 1.5 and ours < 50
        failed |= not ok
        print(
            f"{name}: {ours:.1f} ms (raw sqlite3 {raw:.1f} ms, ratio {ratio:.2f}) "
            f"{'PASS' if ok else 'FAIL'} (target <= 1.5x and < 50 ms)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
