"""Forms by content: a changed copy under a published id and version is a form of its own;
it never blocks genuine bundles, and the supervisor sees that it differs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from inspector_app.cli.main import main
from inspector_app.core.form_loader import default_form
from inspector_app.core.forms import Form
from inspector_app.core.paths import DataDir
from inspector_app.services.context import AppContext
from inspector_app.services.inspection.forms import store_form
from inspector_app.services.supervision.form_check import differs_from_published, forms_differing
from inspector_app.services.sync.importer import Importer
from inspector_app.storage import migrate
from inspector_app.storage import models as m
from inspector_app.storage.database import open_database
from inspector_app.storage.sqlite import create_sqlite_engine
from tests.bundle_factory import InspectorFolder, changed_form_bundle, shared_old_format_bundle


def _changed(form: Form) -> Form:
    data = form.to_dict()
    data["title"]["en"] += " (local copy)"
    return Form.from_dict(data)


def test_two_forms_with_one_id_and_version_both_stay(ctx: AppContext) -> None:
    published, changed = default_form(), _changed(default_form())
    assert (published.id, published.version) == (changed.id, changed.version)
    with ctx.db.transaction() as session:
        first, second = store_form(session, published), store_form(session, changed)
        again = store_form(session, published)
    assert first.id != second.id and again.id == first.id
    assert differs_from_published(changed.id, changed.version, changed.sha256)
    assert not differs_from_published(published.id, published.version, published.sha256)
    # A form this app never published is not "different from the published one".
    assert not differs_from_published("other-form", 1, changed.sha256)


def test_migration_keeps_forms_and_their_inspections(data_dir: DataDir) -> None:
    engine = create_sqlite_engine(data_dir.database)
    migrate.upgrade(engine, "0010")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sites (id, uuid, name, address, permit_no, project_code, client,"
                " client_code, contractor, contractor_code, project_manager, wage_administrator,"
                " responsible_unit, account_bank, account_no, deposit_form, created_at,"
                " updated_at) VALUES (1, 's', '工地', '', '', '', '', '', '', '', '', '', '', '',"
                " '', '', '2025-01-01', '2025-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO forms (id, form_id, version, title_zh, title_en, sha256,"
                " definition, created_at) VALUES (7, 'f', 1, '表', 'form', 'a', '{}',"
                " '2025-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO inspections (id, uuid, revision, site_id, form_pk, status, origin,"
                " started_at, created_at) VALUES (1, 'u', 1, 1, 7, 'draft', 'local',"
                " '2025-01-02', '2025-01-02')"
            )
        )
    engine.dispose()
    db = open_database(data_dir)
    with db.engine.begin() as conn:
        assert conn.execute(text("SELECT form_pk FROM inspections")).scalar() == 7
        conn.execute(
            text(
                "INSERT INTO forms (id, form_id, version, title_zh, title_en, sha256,"
                " definition, created_at) VALUES (8, 'f', 1, '表', 'form', 'b', '{}',"
                " '2025-01-01')"
            )
        )
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    db.close()


def test_changed_form_never_blocks_genuine_bundles(
    office: AppContext,
    inspector: InspectorFolder,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = shared_old_format_bundle(tmp_path_factory, inspector).read_bytes()
    first = tmp_path / "changed.inspection.zip"
    first.write_bytes(changed_form_bundle(old, inspector.identity))
    importer = Importer(office)
    outcome = importer.import_file(first)
    assert outcome.verdict == "imported", outcome
    assert "form differs from the published one" in outcome.reason
    genuine = importer.import_file(inspector.bundles[0])
    assert genuine.verdict == "imported" and "form" not in genuine.reason, genuine

    with office.db.reading() as session:
        rows = session.execute(
            select(m.Inspection.id, m.Inspection.uuid, m.FormVersion.sha256).join(
                m.FormVersion, m.FormVersion.id == m.Inspection.form_pk
            )
        ).all()
    by_uuid = {row.uuid: row for row in rows}
    changed_row = by_uuid[outcome.inspection_uuid]
    genuine_row = by_uuid[genuine.inspection_uuid]
    assert changed_row.sha256 != genuine_row.sha256
    assert forms_differing(office, [r.id for r in rows]) == {changed_row.id}

    main(["--data-dir", str(office.data_dir.root), "inspections", "list"])
    out = capsys.readouterr().out
    assert f"inspection {changed_row.id}: form differs from the published one" in out
    assert f"inspection {genuine_row.id}: form differs" not in out
