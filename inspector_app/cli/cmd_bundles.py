"""`inspector export-bundle`, `import` and `verify` (bundles and signed PDFs)."""

from __future__ import annotations

import argparse
import logging
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
                _say("nothing to export: every signed inspection is exported")
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
    from inspector_app.services.sync.importer import Importer, ImportOutcome

    if not args.paths and not args.held:
        output.error("name the bundles or folders to import, or use --held")
        return 2
    _quiet_validators(args)
    outcomes: list[ImportOutcome] = []

    def report(_done: int, _total: int, outcome: ImportOutcome) -> None:
        # Each line as its bundle is done: if the run stops (disk full), what got in is said.
        outcomes.append(outcome)
        _say(outcome.describe())

    ctx = context_of(args)
    try:
        if args.paths:
            Importer(ctx).import_paths(args.paths, report)
        if args.held:
            release_held(ctx, report)
    finally:
        ctx.close()
    if not outcomes:
        _say("no bundles found")
    return 0 if all(o.accepted for o in outcomes) else 1


def _say(text: str) -> None:
    output.line(output.visible(text))


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
    """One file's verdict; whatever goes wrong with it is its failure, not the run's."""
    try:
        return _verify_file(ctx, path, trusted)
    except Exception as error:
        logging.getLogger(__name__).exception("%s: unexpected error while verifying", path)
        _say(f"{path}: FAILED: unexpected error ({type(error).__name__})")
        return False


def _verify_file(ctx: AppContext, path: Path, trusted: list[Any]) -> bool:
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
        _say(f"  reason: {result.reason}")
    if result.signed:
        from inspector_app.services.sync.binding import report_note

        _say(f"  data: {report_note(path.read_bytes())}")
    return good


def _verify_bundle(path: Path, trusted: list[Any]) -> bool:
    from inspector_app.services.signing.identity import describe_certificate
    from inspector_app.services.sync.model import BundleRejected
    from inspector_app.services.sync.verify import CheckVerdict, check_bundle, read_bundle_file

    try:
        check = check_bundle(read_bundle_file(path), trusted)
    except BundleRejected as error:
        output.line(f"{output.visible(path)}: FAILED: {error.message}")
        return False
    verdicts = {
        CheckVerdict.OK: "ok: bundle verified",
        CheckVerdict.HELD: "FAILED: untrusted signer",
        CheckVerdict.REJECTED: "FAILED",
    }
    output.line(f"{output.visible(path)}: {verdicts[check.verdict]}")
    if check.manifest:
        _say(f"  inspection: {check.manifest.inspection_uuid} revision {check.manifest.revision}")
    if check.signer is not None:
        facts = describe_certificate(check.signer)
        who = f"{output.visible(facts.name)} {output.visible(facts.unit)}"
        output.line(f"  signer: {who} ({facts.fingerprint})")
    if check.reason:
        _say(f"  reason: {check.reason}")
    _bundle_notes(check)
    return check.verdict is CheckVerdict.OK


def _bundle_notes(check: Any) -> None:
    """Whether the data is bound to the signed report, and whether the form is published."""
    from inspector_app.services.supervision.form_check import (
        differs_from_published,
        form_differs_note,
    )
    from inspector_app.services.sync.binding import binding_note

    if check.verdict != "ok" or check.manifest is None:
        return
    manifest = check.manifest
    output.line(f"  data: {binding_note(manifest)}")
    if differs_from_published(manifest.form_id, manifest.form_version, manifest.form_sha256):
        output.line(f"  form: {form_differs_note(manifest.form_id, manifest.form_version)}")
