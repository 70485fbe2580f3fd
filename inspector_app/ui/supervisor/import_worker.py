"""Importing bundles as TaskRunner work: each bundle is reported as it is done, and a
cancel stops the batch between two bundles (those imported stay imported)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from inspector_app.services.context import AppContext
from inspector_app.services.sync.held import HeldBundle
from inspector_app.services.sync.importer import Importer, ImportOutcome, Progress
from inspector_app.ui.common.tasks import Task

ImportWork = Callable[[Task], list[ImportOutcome]]


def _reporter(task: Task) -> Progress:
    # Called after each bundle is written and logged: the place to stop when cancelled.
    return lambda done, total, outcome: task.report(done, total, item=outcome)


def import_work(ctx: AppContext, paths: Sequence[Path]) -> ImportWork:
    """Import bundle files and folders of bundles."""
    paths = list(paths)
    return lambda task: Importer(ctx).import_paths(paths, _reporter(task))


def trust_and_release_work(ctx: AppContext, certificate_pem: bytes) -> ImportWork:
    """Trust a signer, then import the held bundles that are now trusted."""
    from inspector_app.services.sync.held import trust_and_release

    return lambda task: trust_and_release(ctx, certificate_pem, _reporter(task))


def release_work(ctx: AppContext) -> ImportWork:
    """Verify and import the held bundles whose signer is now trusted."""
    from inspector_app.services.sync.held import release_held

    return lambda task: release_held(ctx, _reporter(task))


def accept_work(ctx: AppContext, bundle: HeldBundle) -> ImportWork:
    """Import a held bundle the supervisor accepted (verified in full again)."""
    from inspector_app.services.sync.held import accept_held

    def work(task: Task) -> list[ImportOutcome]:
        outcome = accept_held(ctx, bundle)
        task.report(1, 1, item=outcome)
        return [outcome]

    return work
