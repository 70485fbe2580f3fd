"""Revisions by their authors: another inspector's next revision is held, not taken; the
supervisor sees it beside the revision here and accepts or refuses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.cli.main import main
from inspector_app.core.statuses import HeldKind
from inspector_app.services.context import AppContext
from inspector_app.services.signing.trust import trust_certificate
from inspector_app.services.sync.held import accept_held, held_bundles, refuse_held
from inspector_app.services.sync.importer import Importer, ImportOutcome
from tests.bundle_factory import InspectorFolder, shared_other_inspectors_revision, snapshot


@pytest.fixture
def foreign(
    office: AppContext,
    inspector: InspectorFolder,
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
) -> Path:
    """The office has the inspector's revision 1 and trusts both inspectors."""
    bundle, pem = shared_other_inspectors_revision(tmp_path_factory, inspector)
    trust_certificate(office, pem)
    outcome = Importer(office).import_file(inspector.bundles[2])
    assert outcome.verdict == "imported", outcome
    return bundle


def _import(ctx: AppContext, path: Path) -> ImportOutcome:
    return Importer(ctx).import_file(path)


def test_another_inspectors_revision_is_held_and_nothing_changes(
    office: AppContext, foreign: Path
) -> None:
    before = snapshot(office)
    outcome = _import(office, foreign)
    assert outcome.verdict == "held", outcome
    assert "another inspector's revision" in outcome.reason
    assert "revision 2 follows revision 1" in outcome.reason
    assert snapshot(office) == before
    (held,) = held_bundles(office)
    assert held.kind is HeldKind.ANOTHER_INSPECTOR and held.revision == 2
    assert held.earlier is not None and held.earlier.revision == 1
    assert held.earlier.score is not None and held.signer.startswith("王五")


def test_the_authors_own_revision_is_not_held(
    office: AppContext, inspector: InspectorFolder
) -> None:
    assert _import(office, inspector.bundles[0]).verdict == "imported"
    outcome = _import(office, inspector.revision_2)
    assert outcome.verdict == "superseded", outcome


def test_accepting_imports_it_as_the_newer_revision(office: AppContext, foreign: Path) -> None:
    _import(office, foreign)
    (held,) = held_bundles(office)
    outcome = accept_held(office, held)
    assert outcome.verdict == "superseded", outcome
    assert held_bundles(office) == [] and not held.file.exists()
    # Accepted once: the same bundle again is already here, not held again.
    assert _import(office, foreign).verdict == "already_imported"


def test_refusing_logs_it_and_changes_nothing(office: AppContext, foreign: Path) -> None:
    _import(office, foreign)
    before = snapshot(office)
    (held,) = held_bundles(office)
    outcome = refuse_held(office, held)
    assert outcome.verdict == "rejected" and "refused by the supervisor" in outcome.reason
    assert held_bundles(office) == [] and not held.file.exists()
    assert snapshot(office) == before


def test_trusting_again_does_not_release_it(office: AppContext, foreign: Path) -> None:
    """`import --held` re-checks held bundles; another inspector's revision stays held."""
    from inspector_app.services.sync.held import release_held

    _import(office, foreign)
    (outcome,) = release_held(office)
    assert outcome.verdict == "held"
    assert len(held_bundles(office)) == 1


def test_cli_lists_the_reason_and_releases(
    office: AppContext, foreign: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(office, foreign)
    (held,) = held_bundles(office)
    root = str(office.data_dir.root)
    assert main(["--data-dir", root, "held", "list"]) == 0
    out = capsys.readouterr().out
    assert "why held: another inspector's revision" in out
    assert "held:  revision 2, signed by 王五" in out and "here:  revision 1" in out
    assert main(["--data-dir", root, "held", "release", held.sha256[:12]]) == 0
    assert "superseded" in capsys.readouterr().out
    assert main(["--data-dir", root, "held", "list"]) == 0
    assert "no held bundles" in capsys.readouterr().out


def test_cli_refuses(office: AppContext, foreign: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _import(office, foreign)
    (held,) = held_bundles(office)
    root = str(office.data_dir.root)
    assert main(["--data-dir", root, "held", "refuse", held.sha256[:12]]) == 0
    assert "rejected: refused by the supervisor" in capsys.readouterr().out
    assert held_bundles(office) == []
    assert main(["--data-dir", root, "held", "refuse", "deadbeef"]) == 1
