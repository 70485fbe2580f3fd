"""Document numbers: the pattern, per-kind per-year sequences that never repeat a number."""

from __future__ import annotations

import json
import shutil

import pytest

from inspector_app.core.errors import ValidationError
from inspector_app.services.context import AppContext, open_context
from inspector_app.services.directory.inspectors import add_inspector, update_self
from inspector_app.services.directory.sites import create_site
from inspector_app.services.inspection import numbering
from inspector_app.services.inspection.lifecycle import start_inspection
from inspector_app.storage import models as m


def _issue(ctx: AppContext, kind: str = "record", year: int = 2026) -> int:
    with ctx.db.transaction() as session:
        return numbering.issue_number(session, ctx.data_dir, kind, year)


def test_default_pattern_formats_the_record_number() -> None:
    number = numbering.format_number(
        numbering.DEFAULT_PATTERNS["record"], unit_short="雁塔", year=2026, seq=7
    )
    assert number == "雁塔监检〔2026〕007号"


@pytest.mark.parametrize(
    "pattern",
    [
        "",
        "{unit_short}〔{year}〕号",  # no sequence: every number the same
        "{seq.__class__}",
        "{seq[0]}",
        "{}{seq}",
        "{inspector}{seq}",
        "{seq!r}",
        "{seq:{year}}",
        "{seq",
        "{unit_short:d}{seq}",
        "x" * 101 + "{seq}",
    ],
)
def test_bad_patterns_are_refused_with_a_plain_error(pattern: str) -> None:
    with pytest.raises(ValidationError) as refused:
        numbering.validate_pattern(pattern)
    assert refused.value.code == "bad_number_pattern"
    assert "pattern" in str(refused.value)


def test_a_bad_pattern_is_refused_when_it_is_set(ctx: AppContext) -> None:
    with pytest.raises(ValidationError):
        numbering.set_numbering(ctx, "{seq.real}", "雁塔")
    assert numbering.numbering_settings(ctx).pattern == numbering.DEFAULT_PATTERNS["record"]


def test_settings_are_stored_in_the_data_folder(ctx: AppContext) -> None:
    update_self(ctx, "李明", "西安市雁塔区劳动保障监察大队", "61001")
    settings = numbering.numbering_settings(ctx)
    assert settings.effective_unit_short == "西安市雁塔区劳动保障监察大队"  # the unit by default
    numbering.set_numbering(ctx, "雁劳监〔{year}〕第{seq}号", "雁塔")
    root = ctx.data_dir.root
    ctx.close()
    reopened = open_context(root)  # another program on the same folder (the CLI) sees them
    try:
        settings = numbering.numbering_settings(reopened)
        assert settings.format(2026, 12) == "雁劳监〔2026〕第12号"
        assert settings.effective_unit_short == "雁塔"
    finally:
        reopened.close()


def test_sequences_count_per_kind_and_year(ctx: AppContext) -> None:
    assert [_issue(ctx) for _ in range(3)] == [1, 2, 3]
    assert _issue(ctx, "order") == 1
    assert _issue(ctx, year=2027) == 1
    assert _issue(ctx) == 4
    stored = json.loads((ctx.data_dir.root / numbering.SEQUENCE_FILE).read_text("utf-8"))
    assert stored == {"order": {"2026": 1}, "record": {"2026": 4, "2027": 1}}


def test_a_failed_transaction_leaves_a_gap_not_a_repeat(ctx: AppContext) -> None:
    assert _issue(ctx) == 1
    with pytest.raises(RuntimeError), ctx.db.transaction() as session:
        assert numbering.issue_number(session, ctx.data_dir, "record", 2026) == 2
        raise RuntimeError("rendering failed")
    assert _issue(ctx) == 3


def test_restoring_an_old_backup_does_not_reuse_numbers(ctx: AppContext) -> None:
    _issue(ctx)
    backup = ctx.db.backup()
    assert [_issue(ctx), _issue(ctx)] == [2, 3]
    database = ctx.data_dir.database
    ctx.close()
    shutil.copyfile(backup, database)  # the database goes back to when 1 was the last
    for side in ("-wal", "-shm"):
        database.with_name(database.name + side).unlink(missing_ok=True)
    restored = open_context(ctx.data_dir.root)
    try:
        assert _issue(restored) == 4
    finally:
        restored.close()


def test_a_lost_sequence_file_is_covered_by_the_database(ctx: AppContext) -> None:
    _issue(ctx)
    _issue(ctx)
    (ctx.data_dir.root / numbering.SEQUENCE_FILE).write_text("{not json", "utf-8")
    assert _issue(ctx) == 3


def test_numbers_carried_by_signed_records_are_never_issued_again(ctx: AppContext) -> None:
    # Database counter and file both lost: the records themselves still hold their numbers.
    site_id = create_site(ctx, "雁塔项目")
    inspector_id = add_inspector(ctx, "李明")
    numbered = start_inspection(ctx, site_id, [inspector_id])
    imported = start_inspection(ctx, site_id, [inspector_id])
    with ctx.db.transaction() as session:
        for inspection_id, seq, origin in ((numbered, 41, "local"), (imported, 90, "import")):
            inspection = session.get(m.Inspection, inspection_id)
            assert inspection is not None
            inspection.document_year, inspection.document_seq = 2026, seq
            inspection.origin = origin  # another office's numbers are not ours
    assert _issue(ctx) == 42
    with ctx.db.transaction() as session:
        session.add(m.DocumentSequence(kind="record", year=2025, last_issued=9))
    assert _issue(ctx, year=2025) == 10


def test_each_kind_has_its_pattern_and_all_share_the_short_name(ctx: AppContext) -> None:
    numbering.set_numbering(ctx, "", "雁塔")
    numbering.set_numbering(ctx, "{unit_short}令〔{year}〕{seq}号", kind="order")
    assert numbering.numbering_settings(ctx, "order").format(2026, 3) == "雁塔令〔2026〕3号"
    assert numbering.numbering_settings(ctx).format(2026, 3) == "雁塔监检〔2026〕003号"
