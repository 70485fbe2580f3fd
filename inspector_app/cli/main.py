"""The `inspector` command: scriptable access to the services for supervisors and tests.

Exit codes: 0 success, 1 some input was rejected, 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from inspector_app import __version__
from inspector_app.cli import commands, output
from inspector_app.core.errors import InspectorError

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _common() -> argparse.ArgumentParser:
    # Accept --data-dir both before and after the sub-command; SUPPRESS keeps the
    # sub-parser from overwriting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: the per-user application data folder)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="inspector",
        parents=[common],
        description="Site inspections of the eight wage rules: data, reports and bundles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    # pyHanko logs an untrusted signer as a warning with a traceback; verify says it plainly.
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    before = _data_state(args)
    try:
        return int(args.handler(args) or EXIT_OK)
    except InspectorError as error:
        output.error(str(error))
        return EXIT_REJECTED
    except KeyboardInterrupt:
        output.error("interrupted")
        return 130
    finally:
        _backup_if_changed(args, before)


def _data_folder(args: argparse.Namespace) -> Path:
    from inspector_app.cli.commands import data_dir_of
    from inspector_app.core.paths import default_data_dir

    return data_dir_of(args) or default_data_dir()


def _data_state(args: argparse.Namespace) -> object:
    from inspector_app.services.maintenance import data_state

    return data_state(_data_folder(args))


def _backup_if_changed(args: argparse.Namespace, before: object) -> None:
    """As the app does on closing: a backup when the command changed the data and the
    newest backup is older than the app's interval (never more often)."""
    from inspector_app.core.paths import DataDir
    from inspector_app.services.context import open_context
    from inspector_app.services.maintenance import backup_if_due, data_state

    folder = _data_folder(args)
    if data_state(folder) == before or not DataDir(folder).database.is_file():
        return
    try:
        ctx = open_context(folder)
        try:
            backup_if_due(ctx)
        finally:
            ctx.close()
    except InspectorError as error:  # a full disk must not hide what the command said
        output.error(f"no backup made: {error}")


if __name__ == "__main__":
    sys.exit(main())
