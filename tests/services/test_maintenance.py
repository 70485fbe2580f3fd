"""Backups are made when due and not more often."""

from __future__ import annotations

import datetime as dt
import os

from inspector_app.services.context import AppContext
from inspector_app.services.maintenance import backup_if_due
from inspector_app.storage import sqlite


def test_backup_when_none_or_old_and_not_again_soon(ctx: AppContext) -> None:
    first = backup_if_due(ctx)
    assert first is not None and sqlite.quick_check(first) is None
    assert backup_if_due(ctx) is None
    old = (dt.datetime.now() - dt.timedelta(days=1)).timestamp()
    os.utime(first, (old, old))
    second = backup_if_due(ctx)
    assert second is not None and second != first
    assert sqlite.list_backups(ctx.data_dir.backups)[0] == second
