"""`inspector inspections amend INSPECTION --reason TEXT`."""

from __future__ import annotations

import pytest

from inspector_app.cli.main import main
from inspector_app.services.context import AppContext
from inspector_app.services.inspection import lifecycle as inspections


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_amend_by_uuid_prefix_makes_revision_two(
    demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    uuid = inspections.inspection_detail(demo_ctx, 3).uuid
    code, out, err = _run(
        capsys, "--data-dir", root, "inspections", "amend", uuid[:8], "--reason", "金额有误"
    )
    assert code == 0, err
    assert "revision 2" in out and "replaces revision 1" in out
    rows = [r for r in inspections.list_inspections(demo_ctx) if r.uuid == uuid]
    assert [(r.revision, r.status) for r in rows] == [(2, "draft")]
    new = inspections.inspection_detail(demo_ctx, rows[0].id)
    assert new.amend_reason == "金额有误"


def test_amend_refuses_a_draft_and_needs_a_reason(
    demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_ctx.data_dir.root)
    code, _out, err = _run(capsys, "--data-dir", root, "inspections", "amend", "1", "--reason", "x")
    assert code == 1 and "signed" in err
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", root, "inspections", "amend", "3"])
    assert usage.value.code == 2
    code, _out, err = _run(capsys, "--data-dir", root, "inspections", "amend", "3", "--reason", " ")
    assert code == 1 and "Say why" in err
