"""Sub-commands of `inspector`; each module under cli/ adds its own to the parser."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspector_app.cli import (
    cmd_bundles,
    cmd_data,
    cmd_forms,
    cmd_held,
    cmd_keys,
    cmd_photos,
    cmd_workbook,
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    for module in (cmd_data, cmd_forms, cmd_photos, cmd_keys, cmd_bundles, cmd_held, cmd_workbook):
        module.register(sub, common)


def data_dir_of(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "data_dir", None)
    return Path(value) if value else None
