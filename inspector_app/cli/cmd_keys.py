"""`inspector keys init|import|show|export-cert|trust` and `inspector export-pdf`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from inspector_app.cli import output
from inspector_app.cli.cmd_data import context_of


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the key passphrase from FILE (else INSPECTOR_PASSPHRASE, else a prompt)",
    )


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser("keys", parents=[common], help="the inspector's signing identity")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    init = keys_sub.add_parser("init", parents=[common], help="create a key and certificate")
    init.add_argument("--name", default="", help="inspector's name (default: profile)")
    init.add_argument("--unit", default="", help="inspector's unit")
    init.add_argument("--badge", default="", help="badge number")
    _passphrase_option(init)
    init.set_defaults(handler=init_key)
    imp = keys_sub.add_parser(
        "import", parents=[common], help="use a PKCS#12 file from the organisation"
    )
    imp.add_argument("p12", type=Path, metavar="FILE.p12")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="replace the existing signing key (kept in keys/retired/ for re-exports)",
    )
    _passphrase_option(imp)
    imp.set_defaults(handler=import_key)
    show = keys_sub.add_parser(
        "show", parents=[common], help="the signing certificate, its validity and any warning"
    )
    show.set_defaults(handler=show_key)
    export = keys_sub.add_parser(
        "export-cert", parents=[common], help="write the certificate for supervisors to trust"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pem")
    export.set_defaults(handler=export_cert)
    trust = keys_sub.add_parser(
        "trust", parents=[common], help="trust another inspector's certificate"
    )
    trust.add_argument("cert", type=Path, metavar="CERT")
    trust.set_defaults(handler=trust_cert)
    pdf = sub.add_parser("export-pdf", parents=[common], help="copy an inspection's signed report")
    pdf.add_argument("inspection", metavar="INSPECTION", help="inspection id or uuid (prefix)")
    pdf.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf|FOLDER",
        help="a folder gets 检查记录_<site>_<date>.pdf",
    )
    pdf.set_defaults(handler=export_pdf)


def passphrase_of(args: argparse.Namespace) -> bytes:
    from inspector_app.services.signing.identity import resolve_passphrase

    interactive = sys.stdin is not None and sys.stdin.isatty()
    prompt = (lambda: getpass.getpass("Passphrase for the signing key: ")) if interactive else None
    return resolve_passphrase(args.passphrase_file, prompt)


def init_key(args: argparse.Namespace) -> int:
    from inspector_app.services.signing.identity import fingerprint
    from inspector_app.services.signing.keys import init_identity

    passphrase = passphrase_of(args)
    ctx = context_of(args)
    try:
        identity = init_identity(
            ctx, passphrase, name=args.name, unit=args.unit, badge_no=args.badge
        )
    finally:
        ctx.close()
    output.line(f"signing key created in {output.visible(ctx.data_dir.keys)}")
    output.line(f"certificate fingerprint (SHA-256): {fingerprint(identity.certificate)}")
    return 0


def import_key(args: argparse.Namespace) -> int:
    from inspector_app.services.signing.identity import fingerprint
    from inspector_app.services.signing.keys import import_p12

    passphrase = passphrase_of(args)
    ctx = context_of(args)
    try:
        identity = import_p12(ctx, args.p12, passphrase, replace=args.replace)
    finally:
        ctx.close()
    output.line(f"imported; fingerprint {fingerprint(identity.certificate)}")
    return 0


def show_key(args: argparse.Namespace) -> int:
    """The inspector's certificate: who, fingerprint, validity, and the expiry warning."""
    from inspector_app.core.errors import ValidationError
    from inspector_app.services.signing.identity import describe_certificate, load_certificate
    from inspector_app.services.signing.keys import own_certificate_pem
    from inspector_app.services.signing.validity import expiry_notice

    ctx = context_of(args)
    try:
        pem = own_certificate_pem(ctx)
    finally:
        ctx.close()
    if pem is None:
        raise ValidationError("No signing key yet: run `inspector keys init` first.")
    certificate = load_certificate(pem.encode("ascii"))
    facts = describe_certificate(certificate)
    output.line(f"name: {output.visible(facts.name)}")
    output.line(f"unit: {output.visible(facts.unit)}")
    output.line(f"fingerprint (SHA-256): {facts.fingerprint}")
    output.line(f"valid: {facts.not_before:%Y-%m-%d} to {facts.not_after:%Y-%m-%d}")
    notice = expiry_notice(certificate)
    if notice is not None:
        output.line(f"warning: {notice}")
    return 0


def export_cert(args: argparse.Namespace) -> int:
    from inspector_app.core.errors import ValidationError
    from inspector_app.services.files import atomic_write_text
    from inspector_app.services.signing.identity import describe_certificate, load_certificate
    from inspector_app.services.signing.keys import own_certificate_pem

    ctx = context_of(args)
    try:
        pem = own_certificate_pem(ctx)
    finally:
        ctx.close()
    if pem is None:
        raise ValidationError("No signing key yet: run `inspector keys init` first.")
    atomic_write_text(args.output, pem)
    facts = describe_certificate(load_certificate(pem.encode("ascii")))
    output.line(
        f"{output.visible(args.output)}: certificate of {output.visible(facts.name)}, "
        f"fingerprint {facts.fingerprint}"
    )
    return 0


def trust_cert(args: argparse.Namespace) -> int:
    """Trust every certificate in the file, then import the bundles held for want of them."""
    from inspector_app.services.signing.trust import trust_certificates_file
    from inspector_app.services.sync.held import release_held
    from inspector_app.services.sync.importer import ImportVerdict

    ctx = context_of(args)
    try:
        rows = trust_certificates_file(ctx, args.cert)
        for row in rows:
            output.line(
                f"trusted: {output.visible(row.name)} ({output.visible(row.unit)}), "
                f"fingerprint {row.cert_fingerprint}"
            )
        released = release_held(ctx)
    finally:
        ctx.close()
    for outcome in released:
        output.line(outcome.describe())
    return 0 if all(o.accepted or o.verdict is ImportVerdict.HELD for o in released) else 1


def export_pdf(args: argparse.Namespace) -> int:
    from inspector_app.services.inspection.lifecycle import find_inspection
    from inspector_app.services.reporting.orders import order_paths
    from inspector_app.services.signing.sign_inspection import export_pdf as copy_signed

    ctx = context_of(args)
    try:
        inspection_id = find_inspection(ctx, args.inspection)
        out: Path = args.output
        if out.is_dir():
            from inspector_app.services.reporting.file_names import report_file_name_of

            out = out / report_file_name_of(ctx, inspection_id)
        path = copy_signed(ctx, inspection_id, out)
        orders = order_paths(ctx, inspection_id, path)
    finally:
        ctx.close()
    output.line(f"{output.visible(path)}: signed report written")
    for order in orders:
        output.line(f"{output.visible(order)}: signed order to correct written")
    return 0
