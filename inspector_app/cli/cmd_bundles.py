"""`inspector export-bundle`, `import` and `verify` (bundles and signed PDFs)."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inspector_app.cli import output
from inspector_app.cli.cmd_data import context_of
from inspector_app.services.context import AppContext


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export-bundle", parents=[common], help="write signed sync bundles of inspections"
    )
    export.add_argument(
        "inspections", nargs="*", metavar="INSPECTION", help="inspection id or uuid (prefix)"
    )
    export.add_argument(
        "--pending", action="store_true", help="every signed inspection not exported yet"
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PATH",
        help="a folder, or FILE.inspection.zip for one inspection",
    )
    export.add_argument("--passphrase-file", type=Path, metavar="FILE")
    export.set_defaults(handler=export_bundle)
    imp = sub.add_parser("import", parents=[common], help="import bundles or folders of bundles")
    imp.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    imp.add_argument(
        "--held",
        action="store_true",
        help="check the held bundles again (after trusting their signers)",
    )
    imp.set_defaults(handler=import_bundles)
    held = sub.add_parser("held", parents=[common], help="bundles held for an untrusted signer")
    held_sub = held.add_subparsers(dest="held_command", metavar="ACTION", required=True)
    held_list = held_sub.add_parser("list", parents=[common], help="list the held bundles")
    held_list.add_argument("--json", action="store_true", help="print JSON")
    held_list.set_defaults(handler=list_held)
    verify = sub.add_parser("verify", parents=[common], help="verify a bundle or a signed PDF")
    verify.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    verify.set_defaults(handler=verify_files)


def _quiet_validators(args: argparse.Namespace) -> None:
    # pyHanko logs a traceback for every self-signed certificate it meets; the verdict
    # we print says the same in one line.
    if not getattr(args, "verbose", False):
        logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
        logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


def export_bundle(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import ValidationError
    from inspector_app.services.inspection.lifecycle import find_inspection
    from inspector_app.services.signing.identity import resolve_passphrase
    from inspector_app.services.sync.export import export_bundles, pending_exports

    ctx = context_of(args)
    try:
        ids = [find_inspection(ctx, ref) for ref in args.inspections]
        if args.pending:
            ids += [i for i in pending_exports(ctx) if i not in ids]
        if not ids:
            if args.pending:
                output.line("nothing to export: every signed inspection is exported")
                return 0
            raise ValidationError("Name the inspections to export, or use --pending.")
        written = export_bundles(ctx, ids, args.output, resolve_passphrase(args.passphrase_file))
    finally:
        ctx.close()
    for path in written:
        output.line(f"{output.visible(path)}: exported")
    return 0


def import_bundles(args: argparse.Namespace) -> int:
    from inspector_app.services.sync.held import release_held
    from inspector_app.services.sync.importer import Importer

    if not args.paths and not args.held:
        output.error("name the bundles or folders to import, or use --held")
        return 2
    _quiet_validators(args)
    ctx = context_of(args)
    try:
        outcomes = Importer(ctx).import_paths(args.paths) if args.paths else []
        if args.held:
            outcomes += release_held(ctx)
    finally:
        ctx.close()
    for outcome in outcomes:
        output.line(outcome.describe())
    if not outcomes:
        output.line("no bundles found")
    return 0 if all(o.accepted for o in outcomes) else 1


def look_alike_note(names: Sequence[str]) -> str:
    """The flag on a held bundle whose signer borrows a trusted inspector's name."""
    return "; ".join(f"same name as trusted {name}, different key" for name in names)


def list_held(args: argparse.Namespace) -> int:
    """Held bundles with who signed them; a signer carrying a trusted name is flagged."""
    from inspector_app.services.sync.held import held_bundles

    ctx = context_of(args)
    try:
        bundles = held_bundles(ctx)
    finally:
        ctx.close()
    if args.json:
        output.print_json(
            [
                {
                    "file": str(b.file),
                    "received_from": b.received_from,
                    "signer": b.signer,
                    "signer_fingerprint": b.signer_fingerprint,
                    "project": b.project,
                    "inspected_on": b.inspected_on,
                    "look_alike_of": list(b.look_alike_of),
                }
                for b in bundles
            ]
        )
        return 0
    output.table(
        ["received from", "signer", "fingerprint", "project", "date", "warning"],
        [
            (
                b.received_from,
                b.signer,
                (b.signer_fingerprint or "")[:16],
                b.project,
                b.inspected_on,
                look_alike_note(b.look_alike_of),
            )
            for b in bundles
        ],
    )
    return 0


def verify_files(args: argparse.Namespace) -> int:
    from inspector_app.services.signing.trust import trusted_certificates

    _quiet_validators(args)
    ctx = context_of(args)
    try:
        trusted = trusted_certificates(ctx)
        results = [_verify_one(ctx, path, trusted) for path in args.paths]
    finally:
        ctx.close()
    return 0 if all(results) else 1


def _verify_one(ctx: AppContext, path: Path, trusted: list[Any]) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as error:
        output.line(f"{output.visible(path)}: cannot read: {error.strerror or error}")
        return False
    if b"%PDF-" in head:
        return _verify_pdf(path, trusted)
    return _verify_bundle(path, trusted)


def _verify_pdf(path: Path, trusted: list[Any]) -> bool:
    from inspector_app.services.signing.pades import verify_pdf

    result = verify_pdf(path.read_bytes(), trusted)
    good = result.signed and result.intact and result.trusted and result.covers_whole_file
    state = "intact" if result.intact else "ALTERED or unsigned"
    output.line(f"{output.visible(path)}: {'ok' if good else 'FAILED'}: signed PDF, {state}")
    if result.signed:
        when = result.signed_at.isoformat(timespec="seconds") if result.signed_at else "unknown"
        signer = output.visible(result.signer_name or "")
        output.line(f"  signer: {signer} ({result.signer_fingerprint})")
        output.line(f"  signed at: {when}")
        output.line(f"  trusted: {'yes' if result.trusted else 'no'}")
    if result.reason:
        output.line(f"  reason: {result.reason}")
    return good


def _verify_bundle(path: Path, trusted: list[Any]) -> bool:
    from inspector_app.services.signing.identity import describe_certificate
    from inspector_app.services.sync.model import BundleRejected
    from inspector_app.services.sync.verify import check_bundle, read_bundle_file

    try:
        check = check_bundle(read_bundle_file(path), trusted)
    except BundleRejected as error:
        output.line(f"{output.visible(path)}: FAILED: {error.message}")
        return False
    verdicts = {
        "ok": "ok: bundle verified",
        "held": "FAILED: untrusted signer",
        "rejected": "FAILED",
    }
    output.line(f"{output.visible(path)}: {verdicts[check.verdict]}")
    if check.manifest:
        output.line(
            f"  inspection: {check.manifest.inspection_uuid} revision {check.manifest.revision}"
        )
    if check.signer is not None:
        facts = describe_certificate(check.signer)
        who = f"{output.visible(facts['name'])} {output.visible(facts['unit'])}"
        output.line(f"  signer: {who} ({facts['fingerprint']})")
    if check.reason:
        output.line(f"  reason: {check.reason}")
    return check.verdict == "ok"
