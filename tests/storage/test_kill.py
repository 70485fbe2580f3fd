"""Killing the process at any moment loses nothing that was acknowledged.

A child process saves changes one by one, as the app does while the inspector types, and
prints an acknowledgement after each commit returns. The test kills it with SIGKILL at a
random moment, reopens the data folder and checks every acknowledged change and
SQLite's integrity check.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from inspector_app.services.context import open_context
from inspector_app.services.directory.sites import list_sites
from inspector_app.services.inspection.lifecycle import inspection_detail
from inspector_app.storage.sqlite import integrity_check

CHILD = r"""
import sys
from pathlib import Path
from inspector_app.core.form_loader import default_form
from inspector_app.services.inspection import answers
from inspector_app.services.directory import inspectors
from inspector_app.services.inspection import lifecycle as inspections
from inspector_app.services.directory import sites
from inspector_app.services.context import open_context

ctx = open_context(Path(sys.argv[1]))
me = inspectors.add_inspector(ctx, "李明", is_self=True)
site = sites.create_site(ctx, "site-start")
inspection = inspections.start_inspection(ctx, site, [me])
items = [item.id for item in default_form().items()]
print(f"ready {inspection}", flush=True)
seq = 0
while True:
    seq += 1
    if seq % 2:
        sites.create_site(ctx, f"site-{seq}")
        print(f"ack {seq} site", flush=True)
    else:
        item = items[seq % len(items)]
        answers.set_note(ctx, inspection, item, f"note-{seq}")
        print(f"ack {seq} note {item}", flush=True)
"""


def _run_and_kill(root: Path, delay: float) -> list[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root)], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None
        lines = [child.stdout.readline().strip()]
        assert lines[0].startswith("ready"), lines
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        lines += child.stdout.read().splitlines()
    return lines


def _check_acknowledged(root: Path, lines: list[str]) -> int:
    inspection_id = int(lines[0].split()[1])
    acked_sites, last_note = set(), {}
    for line in lines[1:]:
        match = re.fullmatch(r"ack (\d+) (site|note)(?: (\S+))?", line)
        if match is None:  # a line cut by the kill was never acknowledged
            continue
        seq, kind, item = int(match[1]), match[2], match[3]
        if kind == "site":
            acked_sites.add(f"site-{seq}")
        else:
            last_note[item] = seq
    assert integrity_check(root / "inspector.db") == "ok"
    ctx = open_context(root)
    try:
        stored = {row.name for row in list_sites(ctx)}
        assert acked_sites <= stored
        notes = inspection_detail(ctx, inspection_id).answers
        for item, seq in last_note.items():
            assert int(notes[item].note.split("-")[1]) >= seq
    finally:
        ctx.close()
    return len(acked_sites) + len(last_note)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_write(tmp_path: Path) -> None:
    rng = random.Random(20261126)
    checked = 0
    for round_number in range(6):
        root = tmp_path / f"round-{round_number}"
        lines = _run_and_kill(root, rng.uniform(0.05, 0.6))
        checked += _check_acknowledged(root, lines)
    assert checked > 20  # the child really got to write before being killed
