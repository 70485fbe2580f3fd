"""`inspector demo`, `sites list` and `inspections list`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.cli import output
from inspector_app.services.context import AppContext, open_context

if TYPE_CHECKING:
    from inspector_app.services.inspection.listing import InspectionRow


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common], help="create realistic sample data")
    demo.add_argument(
        "--photos",
        type=Path,
        metavar="DIR",
        help="attach the photos in DIR instead of generated ones",
    )
    demo.set_defaults(handler=run_demo)
    sites = sub.add_parser("sites", parents=[common], help="construction sites")
    sites_sub = sites.add_subparsers(dest="sites_command", metavar="ACTION", required=True)
    sites_list = sites_sub.add_parser("list", parents=[common], help="list sites")
    sites_list.add_argument("--json", action="store_true", help="print JSON")
    sites_list.add_argument("--search", default="", help="only sites matching this text")
    sites_list.set_defaults(handler=list_sites)
    insp = sub.add_parser("inspections", parents=[common], help="inspections")
    insp_sub = insp.add_subparsers(dest="inspections_command", metavar="ACTION", required=True)
    insp_list = insp_sub.add_parser("list", parents=[common], help="list inspections")
    insp_list.add_argument("--json", action="store_true", help="print JSON")
    insp_list.add_argument(
        "--all-revisions", action="store_true", help="include superseded revisions"
    )
    insp_list.set_defaults(handler=list_inspections)
    amend = insp_sub.add_parser(
        "amend", parents=[common], help="make a new revision of a signed inspection"
    )
    amend.add_argument("inspection", metavar="INSPECTION", help="number or start of the uuid")
    amend.add_argument("--reason", required=True, help="why the signed record is amended")
    amend.set_defaults(handler=amend_inspection)


def context_of(args: argparse.Namespace) -> AppContext:
    from inspector_app.cli.commands import data_dir_of

    return open_context(data_dir_of(args))


def run_demo(args: argparse.Namespace) -> int:
    from inspector_app.demo.sample import create_demo_data

    ctx = context_of(args)
    try:
        summary = create_demo_data(ctx, photos_dir=args.photos, progress=output.line)
    finally:
        ctx.close()
    output.line(summary)
    return 0


def list_sites(args: argparse.Namespace) -> int:
    from inspector_app.services.directory.sites import list_sites as query

    ctx = context_of(args)
    try:
        rows = query(ctx, args.search)
    finally:
        ctx.close()
    if args.json:
        output.print_json([row.__dict__ for row in rows])
    else:
        output.table(
            ["id", "site", "contractor", "inspections", "last inspected"],
            [
                (
                    r.id,
                    r.name,
                    r.contractor,
                    r.inspections,
                    r.last_inspected.strftime("%Y-%m-%d") if r.last_inspected else "",
                )
                for r in rows
            ],
        )
    return 0


def list_inspections(args: argparse.Namespace) -> int:
    from inspector_app.services.inspection.lifecycle import list_inspections as query
    from inspector_app.services.supervision.form_check import forms_differing

    ctx = context_of(args)
    try:
        rows = query(ctx, latest_only=not args.all_revisions)
        differing = forms_differing(ctx, [r.id for r in rows])
    finally:
        ctx.close()
    if args.json:
        output.print_json([_inspection_json(r) | {"form_differs": r.id in differing} for r in rows])
    else:
        output.table(
            ["id", "uuid", "rev", "site", "status", "origin", "started", "score"],
            [
                (
                    r.id,
                    r.uuid[:8],
                    r.revision,
                    r.site_name,
                    r.status,
                    r.origin,
                    r.started_at.strftime("%Y-%m-%d %H:%M"),
                    _score(r.score),
                )
                for r in rows
            ],
        )
        for r in rows:
            if r.id in differing:
                output.line(f"inspection {r.id}: form differs from the published one")
    return 0


def amend_inspection(args: argparse.Namespace) -> int:
    from inspector_app.services.inspection.amendment import amend
    from inspector_app.services.inspection.lifecycle import find_inspection, inspection_detail

    ctx = context_of(args)
    try:
        new_id = amend(ctx, find_inspection(ctx, args.inspection), args.reason)
        detail = inspection_detail(ctx, new_id)
    finally:
        ctx.close()
    output.line(
        f"inspection {new_id}: revision {detail.revision} of {detail.uuid[:8]} "
        f"(replaces revision {detail.revision - 1}), a draft"
    )
    return 0


def _score(score: float | None) -> str:
    return "" if score is None else f"{score:.1f}"


def _inspection_json(row: InspectionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "uuid": row.uuid,
        "revision": row.revision,
        "site": row.site_name,
        "site_id": row.site_id,
        "status": row.status,
        "origin": row.origin,
        "started_at": row.started_at,
        "score": row.score,
        "verdict": row.verdict,
    }
