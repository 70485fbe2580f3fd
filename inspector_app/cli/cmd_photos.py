"""`inspector photos add INSPECTION ITEM FILE...` and `inspector media check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector_app.cli import output
from inspector_app.cli.cmd_data import context_of


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    photos = sub.add_parser("photos", parents=[common], help="photo evidence")
    photos_sub = photos.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    add = photos_sub.add_parser("add", parents=[common], help="attach photos to an item")
    add.add_argument("inspection", metavar="INSPECTION", help="inspection id or uuid (prefix)")
    add.add_argument("item", metavar="ITEM", help="form item id, e.g. R6.1")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.set_defaults(handler=add_photos)
    media = sub.add_parser("media", parents=[common], help="the evidence store")
    media_sub = media.add_subparsers(dest="media_command", metavar="ACTION", required=True)
    check = media_sub.add_parser(
        "check", parents=[common], help="re-hash the store and report changed or missing files"
    )
    check.add_argument(
        "--rebuild", action="store_true", help="rebuild missing derived copies from the originals"
    )
    check.set_defaults(handler=check_media)


def add_photos(args: argparse.Namespace) -> int:
    from inspector_app.services.evidence.attach import add_photos as attach
    from inspector_app.services.evidence.photos import IngestStatus
    from inspector_app.services.inspection.lifecycle import find_inspection

    ctx = context_of(args)
    try:
        inspection_id = find_inspection(ctx, args.inspection)
        outcomes = attach(ctx, inspection_id, args.item, args.files)
    finally:
        ctx.close()
    for outcome in outcomes:
        if outcome.status is IngestStatus.ADDED:
            output.line(f"{outcome.path}: added")
        elif outcome.status is IngestStatus.ALREADY_PRESENT:
            output.line(f"{outcome.path}: already present")
        elif outcome.status is IngestStatus.REJECTED:
            output.line(f"{outcome.path}: rejected: {outcome.reason}")
        else:  # failed (our side: disk, worker) or cancelled
            output.line(f"{outcome.path}: {outcome.status}: {outcome.reason}")
    return 1 if any(not o.stored for o in outcomes) else 0


def check_media(args: argparse.Namespace) -> int:
    from inspector_app.services.evidence.attach import media_store, referenced_hashes
    from inspector_app.services.evidence.photos import rebuild_derived

    ctx = context_of(args)
    try:
        store = media_store(ctx)
        store.remove_stale_temp_files()
        report = store.check()
        missing = store.missing(referenced_hashes(ctx))
    finally:
        ctx.close()
    for sha in report.changed:
        output.line(f"changed: {sha} (the original no longer matches its hash)")
    for sha in missing:
        output.line(f"missing: {sha} (referenced by an inspection, not in the store)")
    for sha, kind in report.missing_derived:
        if args.rebuild and sha not in report.changed:
            rebuild_derived(store, sha)
            output.line(f"rebuilt: {kind} copy of {sha}")
        else:
            output.line(f"missing derived: {kind} copy of {sha} (rebuild with --rebuild)")
    output.line(
        f"{report.ok} originals intact, {len(report.changed)} changed, {len(missing)} missing"
    )
    return 1 if report.changed or missing else 0
