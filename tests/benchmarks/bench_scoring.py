"""Scoring runs on every answer the inspector gives: it must stay far below a keystroke.

Scores the default eight-rule form (42 items, a mix of results) 10,000 times and compares
with a baseline in the same run: a plain loop that only reads each item's result and adds
its points, the least any scoring can do. Target: < 0.1 ms a scoring (1 s for 10,000).

Run: .venv/bin/python tests/benchmarks/bench_scoring.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from inspector_app.core.form_loader import default_form
from inspector_app.core.results import Result
from inspector_app.core.scoring import score_inspection

ROUNDS = 10_000
TARGET_MS = 0.1


def best_of_three(action: object) -> float:
    """The best of three timed runs of ROUNDS calls, in ms per call."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(ROUNDS):
            action()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best * 1000 / ROUNDS


def main() -> int:
    form = default_form()
    cycle = (Result.COMPLIANT, Result.NOT_COMPLIANT, Result.NOT_APPLICABLE, Result.NOT_CHECKED)
    results = {item.id: cycle[i % 4] for i, item in enumerate(form.items())}
    items = list(form.items())

    def baseline() -> float:
        return sum(item.points for item in items if results[item.id] is Result.COMPLIANT)

    ours = best_of_three(lambda: score_inspection(form, results))
    plain = best_of_three(baseline)
    ok = ours < TARGET_MS
    print(
        f"scoring {len(items)} items: {ours * 1000:.1f} µs a scoring "
        f"(plain loop {plain * 1000:.1f} µs, ratio {ours / plain:.1f}x) "
        f"{'PASS' if ok else 'FAIL'} (target < {TARGET_MS * 1000:.0f} µs)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
