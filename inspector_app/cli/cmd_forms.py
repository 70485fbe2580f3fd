"""`inspector forms check [FILE...]`: validate form files, errors as file:line.

Without FILE it checks the forms the app ships (core.resources), wherever the installed or
frozen app keeps them: packaging checks use it to see the forms are there and valid.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector_app.cli import output


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    forms = sub.add_parser("forms", parents=[common], help="inspection form files")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    check = forms_sub.add_parser(
        "check", parents=[common], help="validate form files (default: the shipped forms)"
    )
    check.add_argument("files", nargs="*", type=Path, metavar="FILE")
    check.set_defaults(handler=check_forms)


def check_forms(args: argparse.Namespace) -> int:
    from inspector_app.core.form_loader import check_form_files

    files = list(args.files) or _shipped_forms()
    issues = check_form_files(files)
    for issue in issues:
        output.line(str(issue))
    bad = {issue.source for issue in issues}
    for path in files:
        if str(path) not in bad:
            output.line(f"{path}: ok")
    return 1 if issues else 0


def _shipped_forms() -> list[Path]:
    from inspector_app.core.errors import NotFoundError
    from inspector_app.core.form_loader import bundled_forms_dir

    folder = bundled_forms_dir()
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise NotFoundError(f"no form files (*.yaml) in {folder}: the app is incomplete")
    return files
