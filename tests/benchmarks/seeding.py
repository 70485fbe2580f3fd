"""Bulk seeding for the benchmarks: the default form through the services, rows in raw SQLite.

Setup, not measured: thousands of rows go in with executemany, far faster than the ORM.
"""

from __future__ import annotations

import sqlite3
import uuid

from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import store_default_form

STAMP = "2026-01-01 00:00:00.000000"


def default_form_pk(ctx: AppContext) -> int:
    """Store the default form as the app would; its primary key, for inspections to use."""
    with ctx.db.transaction() as session:
        return store_default_form(session).id


def insert_sites(conn: sqlite3.Connection, count: int, stamp: str = STAMP) -> None:
    """Sites 1..count named "项目 00001" and so on, every other text column empty."""
    conn.executemany(
        "INSERT INTO sites (id, uuid, name, address, permit_no, project_code, client,"
        " client_code, contractor, contractor_code, project_manager, wage_administrator,"
        " responsible_unit, account_bank, account_no, deposit_form, created_at, updated_at)"
        " VALUES (?, ?, ?, '', '', '', '', '', '', '', '', '', '', '', '', '', ?, ?)",
        [(i, str(uuid.uuid4()), f"项目 {i:05d}", stamp, stamp) for i in range(1, count + 1)],
    )


def seed_received(
    ctx: AppContext, inspections: int, sites: int, large: tuple[int, int] = (0, 0)
) -> list[str]:
    """A supervisor's office: `inspections` signed, imported inspections of `sites` sites by
    two inspectors, each with its eight rule results and one finding, an arrears case in
    every tenth. Children go in while drafts: the lock triggers refuse them once signed.
    `large` (findings, photos): inspection 1 gets that many more of each; the photos'
    hashes are returned (their files are the caller's, see write_thumbnails)."""
    from inspector_app.core.form_loader import default_form

    form_pk = default_form_pk(ctx)
    items = [item.id for item in default_form().items()]
    rules = sorted({item_id.split(".")[0] for item_id in items})
    ids = range(1, inspections + 1)
    conn = sqlite3.connect(ctx.data_dir.database)
    with conn:
        conn.executemany(
            "INSERT INTO inspectors (id, name, unit, badge_no, is_self, trusted, created_at)"
            " VALUES (?, ?, '西安市劳动保障监察支队', '', ?, 1, ?)",
            [(1, "李明", 1, STAMP), (2, "王芳", 0, STAMP)],
        )
        insert_sites(conn, sites)
        conn.executemany(
            "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
            " started_at, created_at, score, verdict, is_latest) VALUES"
            " (?, ?, 1, ?, ?, 'draft', 'imported', ?, ?, ?, ?, 1)",
            [
                (i, str(uuid.uuid4()), 1 + i % sites, form_pk,
                 f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} 09:30:00.000000", STAMP,
                 40.0 + i % 60, ("compliant", "needs_correction", "failing")[i % 3])
                for i in ids
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO inspection_inspectors (inspection_id, inspector_id, position)"
            " VALUES (?, ?, ?)",
            [(i, p + 1, p) for i in ids for p in range(2)],
        )
        conn.executemany(
            "INSERT INTO rule_results (inspection_id, rule_id, answered, compliant,"
            " not_compliant, not_applicable, score) VALUES (?, ?, 5, ?, ?, 0, 80.0)",
            [(i, rule, 5 - (i + n) % 3, (i + n) % 3) for i in ids for n, rule in enumerate(rules)],
        )
        conn.executemany(
            "INSERT INTO findings (inspection_id, item_id, description, correction, deadline,"
            " responsible_party, created_at) VALUES (?, ?, '未提供资料。', '限期整改。', ?, '', ?)",
            [(i, items[i % len(items)], f"2026-{1 + i % 12:02d}-15", STAMP) for i in ids],
        )
        conn.executemany(
            "INSERT INTO arrears_cases (inspection_id, employer, workers_affected, amount_owed,"
            " resolution, note) VALUES (?, '陕西顺达劳务有限公司', 12, 86000, 'open', '')",
            [(i,) for i in range(10, inspections + 1, 10)],
        )
        hashes = _fill_large_inspection(conn, items, *large)
        conn.execute("UPDATE inspections SET status = 'signed'")
    conn.execute("ANALYZE")
    conn.close()
    return hashes


def _fill_large_inspection(
    conn: sqlite3.Connection, items: list[str], findings: int, photos: int
) -> list[str]:
    """Inspection 1 with `findings` more findings and `photos` photos, every fifth flagged."""
    conn.executemany(
        "INSERT INTO findings (inspection_id, item_id, description, correction, deadline,"
        " responsible_party, created_at) VALUES (1, ?, ?, ?, '2026-03-15', '', ?)",
        [
            (
                items[n % len(items)],
                f"问题 {n:03d}：资料不全。",
                f"整改 {n:03d}：补交工资台账。",
                STAMP,
            )
            for n in range(findings)
        ],
    )
    hashes = [f"{n:064x}" for n in range(1, photos + 1)]
    conn.executemany(
        "INSERT INTO evidence (inspection_id, item_id, sha256, original_name, mime, size,"
        " width, height, captured_at, caption, flags, added_at)"
        " VALUES (1, ?, ?, ?, 'image/jpeg', 1000, 4000, 3000, ?, ?, ?, ?)",
        [
            (items[n % len(items)], sha, f"IMG_{n:04d}.jpg", STAMP, f"照片 {n:03d}",
             '[{"flag": "recycled", "ref": "R-2025-0001"}]' if n % 5 == 0 else "[]", STAMP)
            for n, sha in enumerate(hashes)
        ],
    )  # fmt: skip
    return hashes


def write_thumbnails(
    ctx: AppContext, hashes: list[str], size: tuple[int, int] = (160, 120)
) -> None:
    """One small JPEG as the thumbnail of every hash (the originals are not needed)."""
    import io

    from PIL import Image

    from inspector_app.services.evidence.attach import media_store

    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 140, 90)).save(buffer, "JPEG")
    store = media_store(ctx)
    for sha in hashes:
        target = store.derived_path(sha, "thumb")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(buffer.getvalue())
