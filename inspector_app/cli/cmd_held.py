"""`inspector held list|release|refuse`: bundles waiting for the supervisor's word."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from inspector_app.cli import output
from inspector_app.cli.cmd_data import context_of


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    held = sub.add_parser("held", parents=[common], help="bundles held for the supervisor")
    held_sub = held.add_subparsers(dest="held_command", metavar="ACTION", required=True)
    listing = held_sub.add_parser("list", parents=[common], help="list held bundles and why")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_held)
    for name, text, handler in (
        ("release", "accept held bundles: check them again and import them", release),
        ("refuse", "refuse held bundles: log them as rejected and remove them", refuse),
    ):
        action = held_sub.add_parser(name, parents=[common], help=text)
        action.add_argument(
            "bundles", nargs="+", metavar="HASH", help="the held bundle's hash (8+ characters)"
        )
        action.set_defaults(handler=handler)


def plain(text: object) -> str:
    """Text from a bundle as one printable line (cli/output.py's escaping)."""
    return output.visible(text)


def look_alike_note(names: Sequence[str]) -> str:
    """The flag on a held bundle whose signer borrows a trusted inspector's name."""
    return "; ".join(f"same name as trusted {plain(name)}, different key" for name in names)


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _record(bundle: Any) -> dict[str, Any]:
    earlier = bundle.earlier
    return {
        "sha256": bundle.sha256,
        "kind": bundle.kind,
        "reason": bundle.reason,
        "received_from": bundle.received_from,
        "inspection": bundle.inspection_uuid,
        "revision": bundle.revision,
        "signer": bundle.signer,
        "signer_fingerprint": bundle.signer_fingerprint,
        "project": bundle.project,
        "inspected_on": bundle.inspected_on,
        "look_alike_of": list(bundle.look_alike_of),
        "earlier": None
        if earlier is None
        else {
            "revision": earlier.revision,
            "signer": earlier.signer,
            "score": earlier.score,
            "verdict": earlier.verdict,
        },
    }


def list_held(args: argparse.Namespace) -> int:
    from inspector_app.services.sync.authorship import held_facts
    from inspector_app.services.sync.held import held_bundles

    ctx = context_of(args)
    try:
        bundles = held_bundles(ctx)
    finally:
        ctx.close()
    if args.json:
        output.print_json([_record(b) for b in bundles])
        return 0
    if not bundles:
        output.line("no held bundles")
    for bundle in bundles:
        output.line(
            f"{bundle.sha256[:12]}  {plain(bundle.project)}  rev {bundle.revision}  "
            f"{plain(bundle.signer)}"
        )
        output.line(f"  why held: {plain(bundle.reason)}")
        if bundle.look_alike_of:
            output.line(f"  warning: {look_alike_note(bundle.look_alike_of)}")
        if bundle.earlier is not None:
            facts = held_facts(bundle.sha256, bundle.file)
            earlier = bundle.earlier
            output.line(
                f"  held:  revision {bundle.revision}, signed by {plain(bundle.signer)}, "
                f"score {_score(facts.score)}"
            )
            output.line(
                f"  here:  revision {earlier.revision}, signed by {plain(earlier.signer)}, "
                f"score {_score(earlier.score)}"
            )
    return 0


def _each(args: argparse.Namespace, act: Any) -> int:
    from inspector_app.services.sync.held import find_held
    from inspector_app.services.sync.importer import ImportVerdict

    ctx = context_of(args)
    try:
        outcomes = [act(ctx, find_held(ctx, prefix)) for prefix in args.bundles]
    finally:
        ctx.close()
    for outcome in outcomes:
        output.line(plain(outcome.describe()))
    return 0 if all(o.verdict is not ImportVerdict.HELD for o in outcomes) else 1


def release(args: argparse.Namespace) -> int:
    from inspector_app.services.sync.held import accept_held

    return _each(args, accept_held)


def refuse(args: argparse.Namespace) -> int:
    from inspector_app.services.sync.held import refuse_held

    return _each(args, refuse_held)
