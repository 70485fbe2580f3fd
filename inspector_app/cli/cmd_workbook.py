"""`inspector export-workbook`: the assessment workbook over a period, as XLSX or CSV."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from inspector_app.cli import output
from inspector_app.cli.cmd_data import context_of
from inspector_app.core.errors import ValidationError

EXIT_USAGE = 2
SUFFIXES = (".xlsx", ".csv")


def _month(text: str) -> dt.date:
    from inspector_app.services.supervision.period import parse_month

    try:
        return parse_month(text)
    except ValidationError as error:  # argparse prints it with the usage, exit code 2
        raise argparse.ArgumentTypeError(str(error)) from error


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    book = sub.add_parser(
        "export-workbook",
        parents=[common],
        help="write the assessment workbook (XLSX, or one CSV per sheet)",
        description=(
            "The newest revision of every signed inspection started in the months given "
            "(all months when none), in five Chinese sheets."
        ),
    )
    book.add_argument("--from", dest="first", type=_month, metavar="YYYY-MM", help="first month")
    book.add_argument("--to", dest="last", type=_month, metavar="YYYY-MM", help="last month")
    book.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.xlsx|FILE.csv|FOLDER",
        help="a folder gets 检查考核表_<months>.xlsx",
    )
    book.set_defaults(handler=export_workbook)


def export_workbook(args: argparse.Namespace) -> int:
    from inspector_app.services.supervision.period import Period
    from inspector_app.services.supervision.workbook import export_workbook as export

    out: Path = args.output
    if not out.is_dir() and out.suffix.lower() not in SUFFIXES:
        output.error(f"{out}: the workbook is written to a .xlsx or .csv file, or a folder")
        return EXIT_USAGE
    try:
        period = Period(args.first, args.last)
    except ValidationError as error:
        output.error(str(error))
        return EXIT_USAGE
    ctx = context_of(args)
    try:
        written = export(ctx, out, period)
    finally:
        ctx.close()
    for path in written:
        output.line(f"{path}: written")
    return 0
